// The emulator console's static files (`console/`, built by Vite into `dist/console/`), served at
// `/_emulator/console/` among the local routes — so only this machine's pages reach it, judged on the decoded path
// like every admin route. A file name must be plain (letters, digits, `._-`, no segment starting with a dot): `..`,
// `%2e%2e`, backslashes and anything else a traversal needs are refused before the disk is touched. Pages get a
// strict Content-Security-Policy (scripts and styles of the console's own origin only, requests only to it).
import { access, readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EmulatorError, errors } from '../errors.ts';
import { route, type ParamsOf } from './routes.ts';

/** The Content-Security-Policy of every console file (the page is all of the console's code). */
const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Where the built console is: `dist/console/` beside the built emulator, or in the repository's `dist/`. */
export function defaultConsoleDir(): string {
  // Built: dist/emulator/http/console-route.js → dist/console/. From source: emulator/http/ → dist/console/.
  const fromDist = import.meta.url.endsWith('.js');
  return fileURLToPath(new URL(fromDist ? '../../console/' : '../../dist/console/', import.meta.url));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

// Segments of letters, digits, `.`, `_`, `-`, none starting with a dot: no `..`, no hidden file, no `\` or `%`.
const PLAIN_PATH = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}\/){0,4}[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

/** What the console's route needs: the folder holding the built console. */
export interface ConsoleRouteOptions {
  consoleDir: string;
}

/** A Fastify plugin serving the console; register it among the local routes with the prefix `/_emulator`. */
export async function consoleRoute(server: FastifyInstance, { consoleDir }: ConsoleRouteOptions): Promise<void> {
  const root = resolve(consoleDir);
  const serve = async (request: FastifyRequest<{ Params: Partial<ParamsOf<'/*'>> }>, reply: FastifyReply) => {
    const rawPath = request.url.split('?')[0]!;
    // Relative asset URLs need the trailing slash: `/_emulator/console` would load `/_emulator/assets/…`.
    if (/\/console$/i.test(rawPath)) {
      return reply.code(308).header('cache-control', 'no-store').header('location', '/_emulator/console/').send();
    }
    const rest = request.params['*'] ?? '';
    const name = rest === '' ? 'index.html' : rest;
    if (!PLAIN_PATH.test(name)) throw errors.invalidParameter(': not a file of the emulator console');
    const file = join(root, name);
    if (!file.startsWith(root + sep)) throw errors.invalidParameter(': not a file of the emulator console');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      throw (await isBuilt(root))
        ? errors.unknownRoute(request.method, '/_emulator/console/<file>')
        : new EmulatorError(
            404,
            'The emulator console is not built: run `npm run build` and start the emulator again.',
            404,
          );
    }
    return reply
      .code(200)
      .header('content-type', TYPES[extname(file)] ?? 'application/octet-stream')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CONSOLE_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('x-frame-options', 'DENY')
      .header('referrer-policy', 'no-referrer')
      .send(body);
  };
  route(server, '/console', { GET: serve });
  route(server, '/console/*', { GET: serve }, { name: '/_emulator/console/<file>' });
}

async function isBuilt(root: string): Promise<boolean> {
  return access(join(root, 'index.html')).then(
    () => true,
    () => false,
  );
}
