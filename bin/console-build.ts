// Whether the emulator console's build (Vite's, in dist/console/) holds the current console sources: `npm start`
// builds it when it does not, and the test projects' global setup (test/setup/dist.ts) rebuilds it. One rule for both.
import { existsSync, readdirSync, statSync } from 'node:fs';

/**
 * Why `<root>dist/console/` does not hold a build of the current sources — the folder `console/` and
 * `emulator/contract.ts`, the one emulator file the console imports — or `undefined` when it does. `root` ends with
 * a slash.
 */
export function staleConsoleReason(root: string): string | undefined {
  const page = `${root}dist/console/index.html`;
  if (!existsSync(page)) return 'dist/console/index.html is missing';
  const built = statSync(page).mtimeMs;
  const sources = readdirSync(`${root}console`, { recursive: true, encoding: 'utf8' }).map((file) => `console/${file}`);
  const newer = [...sources, 'emulator/contract.ts'].find((source) => statSync(`${root}${source}`).mtimeMs > built);
  return newer && `dist/console/ is older than ${newer}`;
}
