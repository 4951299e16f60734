// Writes docs/emulator-console-1440x900.png, docs/emulator-console-1024x768.png and docs/emulator-console-390x844.png:
// the emulator console `codeless emulator` serves, showing its Users tab with a few users (one of them locked out
// after failed logins, one disabled) and a live session, at the three sizes the playground's pictures use. Run it
// with `npx node scripts/console-screenshot.ts` after `npm run build` (the console is served from dist/console/).
import { launchChromium, screenshotToDocs } from './chromium.ts';
import { startEmulator } from '../emulator/index.ts';

const SCREENSHOT_SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

const emulator = await startEmulator({
  maxFailedLogins: 3,
  users: [
    { email: 'alice@wonderland.com', password: 'wonderland', name: 'Alice' },
    { email: 'bob@example.com', password: 'builder1', name: 'Bob' },
    { email: 'carol@example.com', password: 'carol-pass', name: 'Carol' },
  ],
});
const app = `${emulator.url}/${emulator.appId}/${emulator.apiKey}`;
const login = (login: string, password: string) =>
  fetch(`${app}/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
await login('alice@wonderland.com', 'wonderland');
for (let attempt = 0; attempt < 3; attempt += 1) await login('bob@example.com', 'wrong');
const { users } = (await (await fetch(`${emulator.url}/_emulator/users`)).json()) as {
  users: { user: { objectId: string; email: string } }[];
};
const carol = users.find((view) => view.user.email === 'carol@example.com')!;
await fetch(`${emulator.url}/_emulator/users/${carol.user.objectId}`, {
  method: 'PATCH',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ userStatus: 'DISABLED' }),
});

const browser = await launchChromium();
try {
  for (const viewport of SCREENSHOT_SIZES) {
    const context = await browser.newContext({ viewport, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${emulator.url}/_emulator/console/`);
    await page
      .getByRole('table', { name: /^Users/ })
      .getByText('carol@example.com')
      .waitFor();
    await screenshotToDocs(page, 'emulator-console');
    await context.close();
  }
} finally {
  await browser.close();
  await emulator.close();
}
