// The emulator console's Server logic tab on its own page: the handlers deployed (which event, in the call or beside
// it) and their latest runs, each with its outcome — a refusal with the code and message the client got — and the
// lines it logged; an emulator without server logic says so.
import { describe, expect, it } from 'vitest';
import { useConsole } from './console-harness.ts';

const harness = useConsole();

const LOGIC = `export default function (Backendless) {
  Backendless.ServerCode.User.beforeLogin(async (req) => {
    console.log('checking ' + req.login);
  });
  Backendless.ServerCode.User.beforeRegister(async (req) => {
    if (String(req.user.email).endsWith('@spam.test')) {
      throw Object.assign(new Error('Registration refused: spam'), { code: 400001 });
    }
  });
  Backendless.ServerCode.User.afterLogout(async () => {}, true);
}
`;

describe('the Server logic tab', () => {
  it('says when no server logic is deployed', async () => {
    await harness.admin('DELETE', '/logic');
    const { page } = await harness.open();
    await page.getByRole('tab', { name: 'Server logic', exact: true }).click();
    await page.getByText('No server logic deployed').waitFor();
    await page.getByRole('table', { name: 'Event handlers (0)' }).waitFor();
  });

  it('lists the handlers and each run with its outcome and log lines', async () => {
    await harness.admin('PUT', '/logic', { source: LOGIC, name: 'console-test' });
    expect((await harness.login('alice@wonderland.com', 'wonderland')).status).toBe(200);
    const { page } = await harness.open();
    await page.getByRole('tab', { name: 'Server logic', exact: true }).click();
    await page.getByText(/^Deployed: console-test/).waitFor();
    const handlers = page.getByRole('table', { name: 'Event handlers (3)' });
    await handlers.getByRole('row').filter({ hasText: 'beforeLogin' }).filter({ hasText: 'synchronous' }).waitFor();
    await handlers.getByRole('row').filter({ hasText: 'afterLogout' }).filter({ hasText: 'asynchronous' }).waitFor();
    const login = page
      .getByRole('table', { name: /^Latest runs/ })
      .getByRole('row')
      .filter({ hasText: 'beforeLogin' });
    expect(await login.textContent()).toMatch(/done.*checking alice@wonderland\.com/);

    // A refusal is shown as the client got it, after Refresh.
    const refused = await harness.rest('/users/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'x@spam.test', password: 'secret-1' }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 400001, message: 'Registration refused: spam' });
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    const register = page.getByRole('table', { name: 'Latest runs (2)' }).getByRole('row').filter({
      hasText: 'beforeRegister',
    });
    expect(await register.textContent()).toContain('refused the call: 400001 Registration refused: spam');
  });
});
