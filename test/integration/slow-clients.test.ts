// Slow clients cannot lock everyone out. A request head must arrive within the idle time; a
// body within its grace time and then at a minimum pace (and within the whole request's time), else 408 and the
// connection closed; at the connection limit a newcomer takes the place of the connection that has wasted the most
// time: idle the longest, or furthest behind the pace. Real sockets (the socket is the point), with small limits
// so each timeout takes a fraction of a second; `npm run bench slow-clients` runs the full-size attacks.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.ts';

let emulator: Emulator | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await emulator?.close();
  emulator = undefined;
});

async function start(limits: EmulatorOptions['limits']): Promise<Emulator> {
  emulator = await startEmulator({ limits });
  return emulator;
}

/** A raw connection: what it received, and a promise of its close. */
interface Raw {
  socket: Socket;
  received: () => string;
  closed: Promise<number>;
}

function open(target: Emulator): Promise<Raw> {
  const { hostname, port } = new URL(target.url);
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = connect(Number(port), hostname);
    sockets.push(socket);
    const opened = performance.now();
    const closed = new Promise<number>((done) => socket.once('close', () => done(performance.now() - opened)));
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.once('connect', () => resolve({ socket, received: () => received, closed }));
    socket.once('error', reject);
  });
}

/** A login's head declaring a body of `length` bytes. */
const loginHead = (target: Emulator, length: number): string =>
  `POST /${target.appId}/${target.apiKey}/users/login HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
  `Content-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

/** A login body of exactly `length` bytes (a wrong password padded out). */
function loginBody(length: number): string {
  const start = '{"login":"alice@wonderland.com","password":"';
  return `${start}${'x'.repeat(length - start.length - 2)}"}`;
}

/** Sends `text` a piece at a time, one piece every `everyMs`, until done or the socket closes. */
async function trickle(socket: Socket, text: string, pieceBytes: number, everyMs: number): Promise<void> {
  for (let at = 0; at < text.length && !socket.destroyed; at += pieceBytes) {
    socket.write(text.slice(at, at + pieceBytes));
    await new Promise((tick) => setTimeout(tick, everyMs));
  }
}

async function login(target: Emulator): Promise<number> {
  const response = await fetch(`${target.url}/${target.appId}/${target.apiKey}/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'alice@wonderland.com', password: 'wonderland' }),
    signal: AbortSignal.timeout(10_000),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('a request body', () => {
  it('slower than the minimum pace once its grace time is over gets 408 and its connection closed', async () => {
    const target = await start({ bodyGraceMs: 300, minBodyBytesPerSecond: 500 });
    const raw = await open(target);
    raw.socket.write(loginHead(target, 1000));
    // One byte every 100 ms: 10 bytes a second against a minimum of 500.
    void trickle(raw.socket, loginBody(1000), 1, 100);
    const closedAfter = await raw.closed;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(raw.received()).toContain('"code":8002');
    expect(closedAfter).toBeLessThan(3_000);
  });

  it('at a fair pace is read whole and answered, though it takes longer than the grace time', async () => {
    const target = await start({ bodyGraceMs: 200, minBodyBytesPerSecond: 500 });
    const raw = await open(target);
    raw.socket.write(loginHead(target, 1000));
    // 100 bytes every 50 ms: 2,000 bytes a second, 500 ms in all.
    await trickle(raw.socket, loginBody(1000), 100, 50);
    await expect.poll(raw.received, { timeout: 5_000 }).toMatch(/\r\n\r\n\{"code":3003,/);
    expect(raw.received()).toMatch(/^HTTP\/1\.1 400 /);
  });

  it('still arriving when the whole request time is over gets 408, whatever its pace', async () => {
    const target = await start({ bodyGraceMs: 100, minBodyBytesPerSecond: 100, requestTimeoutMs: 600 });
    const raw = await open(target);
    raw.socket.write(loginHead(target, 100_000));
    // 1,000 bytes a second, ten times the pace asked for, but 100 s for the whole body.
    void trickle(raw.socket, loginBody(100_000), 50, 50);
    const closedAfter = await raw.closed;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(closedAfter).toBeLessThan(3_000);
  });
});

describe('a request head', () => {
  it('that never completes is closed after the idle time', async () => {
    const target = await start({ idleTimeoutMs: 300 });
    const raw = await open(target);
    void trickle(raw.socket, loginHead(target, 10), 1, 50);
    expect(await raw.closed).toBeLessThan(3_000);
  });
});

describe('at the connection limit', () => {
  it('a new client takes the place of the connection whose body is furthest behind, and is answered', async () => {
    expect.hasAssertions();
    // A long grace time: nothing ends the slow bodies but the room a newcomer needs.
    const target = await start({ maxConnections: 20, bodyGraceMs: 60_000, minBodyBytesPerSecond: 500 });
    const slow: Raw[] = [];
    for (let index = 0; index < 20; index += 1) {
      const raw = await open(target);
      raw.socket.write(`${loginHead(target, 1000)}{`);
      slow.push(raw);
    }
    // Let every head be read, so each connection is receiving its body.
    await new Promise((tick) => setTimeout(tick, 200));
    let closed = 0;
    for (const raw of slow) void raw.closed.then(() => (closed += 1));
    const started = performance.now();
    expect(await login(target)).toBe(200);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(closed).toBeGreaterThanOrEqual(1);
    expect(slow.some((raw) => /^HTTP\/1\.1 408 /.test(raw.received()))).toBe(true);
  });

  it('the connection idle longer than any body is behind makes room first', async () => {
    const target = await start({ maxConnections: 10, bodyGraceMs: 60_000, idleTimeoutMs: 60_000 });
    const idle = await open(target);
    await new Promise((tick) => setTimeout(tick, 500));
    const slow: Raw[] = [];
    for (let index = 0; index < 9; index += 1) {
      const raw = await open(target);
      raw.socket.write(`${loginHead(target, 1000)}{`);
      slow.push(raw);
    }
    await new Promise((tick) => setTimeout(tick, 100));
    expect(await login(target)).toBe(200);
    await idle.closed;
    expect(slow.every((raw) => !raw.socket.destroyed && raw.received() === '')).toBe(true);
  });
});
