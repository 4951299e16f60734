// A guest has one name on the page, the emulator console's: "Guest (objectId)" — while a run is logged in as one,
// when the page keeps its session, and in the backend panel's session list; never "a user (objectId)".
import { expect, test } from 'vitest';
import { loadWorkspaceFile, POLL, run, textOf, usePlayground } from './playground-harness.ts';

const playground = usePlayground();

test('a guest is called "Guest" in the backend panel, as in the emulator console', async () => {
  const { page } = await playground.open();
  const guestLogin = {
    type: 'backendless_users_login_as_guest_statement',
    x: 20,
    y: 20,
    inputs: { STAY_LOGGED_IN: { shadow: { type: 'logic_boolean', fields: { BOOL: 'TRUE' } } } },
  };
  await loadWorkspaceFile(page, { blocks: { languageVersion: 0, blocks: [guestLogin] } }, 'guest.json');
  expect(await run(page)).toBe('Finished.');

  const { sessions } = (await (await fetch(`${playground.emulator.url}/_emulator/sessions`)).json()) as {
    sessions: { objectId: string }[];
  };
  const guest = `Guest (${sessions[0]!.objectId})`;
  await expect.poll(textOf(page.locator('#logged-in')), POLL).toContain(`Logged in: ${guest} · `);
  const list = page.getByRole('region', { name: 'Backend' }).locator('#sessions');
  await expect.poll(textOf(list), POLL).toContain(`${guest} · `);
  expect(await textOf(page.getByRole('region', { name: 'Backend' }))()).not.toContain('a user (');
});
