// The backend a golden program runs against: the emulator reset to its seed, then the case's settings and custom
// roles, and the key it runs with (the server key for the server-only blocks, as CloudCode has).
import type { Emulator } from '../../emulator/index.ts';
import type { GoldenCase } from '../fixtures/golden-cases.ts';

async function admin(emulator: Emulator, method: string, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} /_emulator/${path}: HTTP ${response.status} ${await response.text()}`);
}

/**
 * Resets the emulator for one golden program (the register cases create users, the role cases assign roles) and
 * sets it up as the case says.
 *
 * @returns The API key the program's `initApp` gets.
 */
export async function prepareBackend(emulator: Emulator, golden: GoldenCase): Promise<string> {
  await admin(emulator, 'POST', 'reset');
  if (golden.settings) await admin(emulator, 'PATCH', 'settings', golden.settings);
  for (const name of golden.roles ?? []) await admin(emulator, 'POST', 'roles', { name });
  return golden.key === 'server' ? emulator.serverKey : emulator.apiKey;
}
