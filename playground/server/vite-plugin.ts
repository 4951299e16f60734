// The playground's Vite plugin (Node side, run by the dev / preview server and the build, never by the page):
// serves Blockly's media from node_modules so the page needs no network, copies that media into the production
// build, and tells the page which backend its site offers (`backend.json` beside the page). The dev server and
// `vite preview` answer it live with the emulator they were given, so no rebuild is needed per port; the build
// writes `null` there (no backend: a static copy assumes nothing about where an emulator runs), which whoever
// hosts the copy may replace with their app's `{ "serverURL", "appId", "apiKey" }`.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import type { EmulatorAddress } from '../../emulator/contract.ts';

/** Options of {@link codelessPlayground}. */
export interface CodelessPlaygroundOptions {
  /**
   * The emulator the dev / preview server offers the page at `backend.json`, answered live: a function is asked on
   * every request, and given it (a server shared by several emulators can tell from it which one the page has).
   */
  emulator?: EmulatorAddress | ((request: IncomingMessage) => EmulatorAddress | undefined);
}

/** URL prefix of Blockly's media (sounds, sprites, cursors); the page injects Blockly with `media` set to it. */
export const MEDIA_PREFIX = '/blockly-media/';
/** Path of the JSON document that names the site's backend (`SiteBackend` in playground/backend-settings.ts). */
export const SITE_BACKEND_PATH = '/backend.json';

const MEDIA_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.cur': 'image/x-icon',
};

/** The directory of Blockly's media in the installed package (the same copy the page bundles). */
export function blocklyMediaDir(): string {
  const require = createRequire(import.meta.url);
  // blockly's exports map hides package.json; its main entry sits at the package root beside media/.
  return join(dirname(require.resolve('blockly')), 'media');
}

type Next = (error?: unknown) => void;

function middleware(options: CodelessPlaygroundOptions, mediaDir: string) {
  return (request: IncomingMessage, response: ServerResponse, next: Next): void => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === SITE_BACKEND_PATH) {
      const info = typeof options.emulator === 'function' ? options.emulator(request) : options.emulator;
      response.setHeader('cache-control', 'no-store');
      // `null` (not a 404) when none runs, so the page's console stays clean and it offers no backend.
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify(info ? { serverURL: info.url, appId: info.appId, apiKey: info.apiKey, emulator: true } : null),
      );
      return;
    }
    if (path.startsWith(MEDIA_PREFIX)) {
      const name = path.slice(MEDIA_PREFIX.length);
      // Only plain file names from Blockly's own media folder: no traversal, no sub-folders.
      if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) {
        response.statusCode = 404;
        response.end();
        return;
      }
      readFile(join(mediaDir, name)).then(
        (body) => {
          response.setHeader('content-type', MEDIA_TYPES[extname(name)] ?? 'application/octet-stream');
          response.setHeader('cache-control', 'max-age=3600');
          response.end(body);
        },
        () => {
          response.statusCode = 404;
          response.end();
        },
      );
      return;
    }
    next();
  };
}

/**
 * Vite plugin for the playground: `/blockly-media/*` from node_modules/blockly/media (dev and preview), the same
 * files emitted into the build, and `backend.json` naming the site's backend (live when served, `null` when built).
 */
export function codelessPlayground(options: CodelessPlaygroundOptions = {}): Plugin {
  const mediaDir = blocklyMediaDir();
  return {
    name: 'codeless-playground',
    configureServer(server) {
      server.middlewares.use(middleware(options, mediaDir));
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(options, mediaDir));
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: SITE_BACKEND_PATH.slice(1), source: 'null\n' });
      for (const name of await readdir(mediaDir)) {
        this.emitFile({
          type: 'asset',
          fileName: MEDIA_PREFIX.slice(1) + name,
          source: await readFile(join(mediaDir, name)),
        });
      }
    },
  };
}
