// One program run, isolated in a module Web Worker: the page can end it at any moment with
// worker.terminate(), which stops even `while (true) {}` without freezing the page. The worker imports our
// runtime, runs the generated function body, and posts print / highlight / session / storage / error / done.
import { createBackendless } from '../runtime/index.ts';
import type { RunEvent, RunRequest, RunUser } from './run-protocol.ts';
import { HIGHLIGHT_FUNCTION } from './run-protocol.ts';
import { errorMessage } from './error-message.ts';

// How often a busy program may post to the page: a tight loop must not flood the main thread.
const FLUSH_EVERY_MS = 50;
// Lines kept between two flushes; older ones are counted as skipped instead of queued without bound. 200 per 50 ms
// (4,000 lines a second, more than anyone reads) keeps a loop printing flat out from saturating the page: at 500 the
// page laid out lines for most of every frame and answered a click only after seconds.
const MAX_PENDING_LINES = 200;

function post(event: RunEvent): void {
  postMessage(event);
}

let pendingLines: string[] = [];
let skippedLines = 0;
let lastFlush = 0;

function flushOutput(): void {
  if (pendingLines.length > 0 || skippedLines > 0) {
    post({ type: 'print', lines: pendingLines, skipped: skippedLines });
  }
  pendingLines = [];
  skippedLines = 0;
  lastFlush = performance.now();
}

/** Text of one printed value, the way a developer console would show it (never HTML). */
function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.message;
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return String(value);
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

function print(...values: unknown[]): void {
  pendingLines.push(values.map(formatValue).join(' '));
  if (pendingLines.length > MAX_PENDING_LINES) {
    skippedLines += pendingLines.length - MAX_PENDING_LINES;
    pendingLines = pendingLines.slice(-MAX_PENDING_LINES);
  }
  if (performance.now() - lastFlush >= FLUSH_EVERY_MS) flushOutput();
}

// The `console` the program sees: every method prints to the page's console panel.
const programConsole = { log: print, info: print, warn: print, error: print, debug: print };

/**
 * The worker has no localStorage, but "stay logged in" must be stored where the official SDK keeps it
 * (localStorage `Backendless_<appId>`). So the runtime gets a Map-backed Web Storage seeded with the page's
 * entries, and every write goes back to the page, which writes the real localStorage.
 */
function forwardingStorage(initial: Record<string, string>) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      items.set(key, value);
      post({ type: 'storage', key, value });
    },
    removeItem(key: string) {
      items.delete(key);
      post({ type: 'storage', key, value: null });
    },
  };
}

function describeUser(user: unknown): RunUser | null {
  if (!user || typeof user !== 'object') return null;
  const record = user as Record<string, unknown>;
  const field = (name: string) => (typeof record[name] === 'string' ? (record[name] as string) : null);
  return { objectId: field('objectId'), email: field('email'), name: field('name') };
}

type Backendless = ReturnType<typeof createBackendless>;

/** The calls that log a user in and resolve that user (login by objectId is `login` with one argument). */
const LOGINS = new Set(['login', 'loginAsGuest', 'loginWithOauth2']);

/**
 * `backendless` as the program sees it, with the user of each login (LOGINS) and setCurrentUser passed to `seen` on the way
 * (the calls themselves, their results and their errors are untouched).
 */
function observed(backendless: Backendless, seen: (user: RunUser | null) => void): Backendless {
  const users = new Proxy(backendless.UserService, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof key === 'string' && LOGINS.has(key) && typeof value === 'function') {
        return (...args: unknown[]) => {
          const result = (value as (...args: unknown[]) => Promise<unknown>).apply(target, args);
          result.then(
            (user) => seen(describeUser(user)),
            () => {},
          );
          return result;
        };
      }
      if (key === 'setCurrentUser' && typeof value === 'function') {
        return (...args: unknown[]) => {
          const result: unknown = (value as (...args: unknown[]) => unknown).apply(target, args);
          seen(describeUser(args[0]));
          return result;
        };
      }
      return value;
    },
  });
  return new Proxy(backendless, {
    get: (target, key, receiver) => (key === 'UserService' ? users : Reflect.get(target, key, receiver)),
  });
}

async function run(request: RunRequest): Promise<void> {
  const backendless = createBackendless({ ...request.backend, storage: forwardingStorage(request.storage) });
  const users = backendless.UserService;

  let lastToken: string | null = users.getCurrentUserToken();
  // Who the program last logged in as (or set as current user): the page names them without asking the backend
  // during the run, which could race the program's own logout.
  let lastUser: RunUser | null = null;
  const reportSession = () => {
    const token = users.getCurrentUserToken();
    if (token !== lastToken) {
      lastToken = token;
      const objectId = token ? users.loggedInUser() : null;
      const user = objectId && lastUser?.objectId === objectId ? lastUser : null;
      post({ type: 'session', token, objectId, user });
    }
  };

  // Highlighting is throttled with a trailing post, so the block that waits on the network stays lit.
  let highlighted: string | null = null;
  let lastHighlightPost = 0;
  let trailingHighlight: ReturnType<typeof setTimeout> | undefined;
  const postHighlight = () => {
    trailingHighlight = undefined;
    lastHighlightPost = performance.now();
    post({ type: 'highlight', blockId: highlighted });
  };
  const highlightBlock = (blockId: unknown) => {
    highlighted = typeof blockId === 'string' ? blockId : null;
    reportSession();
    if (performance.now() - lastHighlightPost >= FLUSH_EVERY_MS) postHighlight();
    else trailingHighlight ??= setTimeout(postHighlight, FLUSH_EVERY_MS);
    if (performance.now() - lastFlush >= FLUSH_EVERY_MS) flushOutput();
  };

  // Output of a program that awaits (and so lets timers run) still reaches the page promptly.
  const flushTimer = setInterval(flushOutput, FLUSH_EVERY_MS);
  try {
    const AsyncFunction = (async () => {}).constructor as new (
      ...parameters: string[]
    ) => (...args: unknown[]) => Promise<unknown>;
    const program = new AsyncFunction('Backendless', 'console', HIGHLIGHT_FUNCTION, request.body);
    await program(
      observed(backendless, (user) => (lastUser = user ?? lastUser)),
      programConsole,
      highlightBlock,
    );
  } catch (error) {
    flushOutput();
    const record = (error ?? {}) as { code?: unknown; message?: unknown };
    post({
      type: 'error',
      code: typeof record.code === 'number' ? record.code : null,
      message: typeof record.message === 'string' ? record.message : String(error),
      // The statement that was running when it failed: each one announces itself before it runs.
      blockId: highlighted,
    });
  } finally {
    clearInterval(flushTimer);
    if (trailingHighlight !== undefined) clearTimeout(trailingHighlight);
    flushOutput();
  }
  reportSession();
  const token = users.getCurrentUserToken();
  let user: RunUser | null = null;
  if (token) {
    try {
      user = describeUser(await users.getCurrentUser());
    } catch {
      // Who is logged in is a courtesy; the program's own result has been reported already.
    }
  }
  post({ type: 'done', token, user });
}

onmessage = (event: MessageEvent<RunRequest>) => {
  void run(event.data).catch((error: unknown) => {
    post({ type: 'error', code: null, message: errorMessage(error), blockId: null });
    post({ type: 'done', token: null, user: null });
  });
};
