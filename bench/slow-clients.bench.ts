// Slow clients: can ordinary clients still get in while about 1,000 sockets hold the emulator's connections?
// `codeless emulator` runs in its own process with its default limits. Two attacks, each for a bounded time on
// 127.0.0.1, each socket reopened as soon as the emulator closes it (an attacker keeps up the pressure):
// - slow bodies: full headers with `Content-Length: 1000`, then one byte every 2 s;
// - idle sockets: connect and send nothing.
// Meanwhile a client sends a login or a token check every 200 ms, each on a new connection (a newcomer, the hard
// case), and times it. A run without an attack comes first, for comparison. Stops by itself; exit code 1 when
// fewer than 90% of the client's requests under an attack are answered within 3 s.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { EmulatorAddress } from '../emulator/contract.ts';
import { percentile } from '../test/helpers/load.ts';

const ATTACK_SOCKETS = 1_000;
const BYTE_EVERY_MS = 2_000;
const WARM_UP_MS = 3_000;
const MEASURE_MS = 20_000;
const REQUEST_EVERY_MS = 200;
const ANSWERED_WITHIN_MS = 3_000;
const REQUEST_TIMEOUT_MS = 10_000;
const REQUIRED_SHARE = 0.9;

/** Why requests went unanswered, per phase (error codes or statuses). */
let failures: string[] = [];

const root = fileURLToPath(new URL('../', import.meta.url));

/** Starts `codeless emulator --json` (default limits); resolves with its address and a stop function. */
async function startEmulatorProcess(): Promise<{ target: EmulatorAddress; stop: () => Promise<void> }> {
  const child = spawn(
    `${root}node_modules/.bin/node`,
    [`${root}bin/codeless.ts`, 'emulator', '--port', '0', '--json'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`codeless emulator exited with ${code} before listening`)));
  });
  return {
    target: JSON.parse(line) as EmulatorAddress,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

type Attack = 'slow bodies' | 'idle sockets';

/** Keeps `count` attack sockets open against `target` until stopped; counts those the emulator closed. */
function attack(target: EmulatorAddress, kind: Attack, count: number) {
  const { hostname, port } = new URL(target.url);
  const head =
    `POST /${target.appId}/${target.apiKey}/users/login HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
    'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n';
  const sockets = new Set<Socket>();
  let running = true;
  let closedByServer = 0;
  const samples: number[] = [];

  const openOne = (): Promise<void> =>
    new Promise((connected) => {
      const socket = connect(Number(port), hostname);
      let trickle: NodeJS.Timeout | undefined;
      sockets.add(socket);
      socket.once('connect', () => {
        connected();
        if (kind === 'slow bodies') {
          socket.write(head);
          trickle = setInterval(() => socket.write('x'), BYTE_EVERY_MS);
        }
      });
      socket.on('data', () => undefined);
      socket.on('error', () => connected());
      socket.once('close', () => {
        clearInterval(trickle);
        sockets.delete(socket);
        if (!running) return;
        closedByServer += 1;
        // Reopened at once, as an attacker would (a short pause keeps a refused socket from spinning).
        setTimeout(() => void openOne(), 20);
      });
    });

  const sampler = setInterval(() => samples.push(sockets.size), 250);
  return {
    /** Opens the sockets in waves of 100 (a thousand SYNs at once overflow the kernel's accept queue). */
    async ramp(): Promise<void> {
      for (let opened = 0; opened < count; opened += 100)
        await Promise.all(Array.from({ length: Math.min(100, count - opened) }, openOne));
    },
    resetCounts(): void {
      closedByServer = 0;
      samples.length = 0;
    },
    stop(): { meanOpen: number; closedByServer: number } {
      running = false;
      clearInterval(sampler);
      for (const socket of sockets) socket.destroy();
      const meanOpen = samples.reduce((sum, value) => sum + value, 0) / Math.max(1, samples.length);
      return { meanOpen, closedByServer };
    },
  };
}

/** One request on a new connection; resolves with its latency in ms, or NaN when it failed or timed out. */
function timedRequest(target: EmulatorAddress, index: number): Promise<number> {
  const login = index % 2 === 0;
  const path = login
    ? `/${target.appId}/${target.apiKey}/users/login`
    : `/${target.appId}/${target.apiKey}/users/isvalidusertoken/not-a-token`;
  const body = login ? JSON.stringify({ login: 'alice@wonderland.com', password: 'wonderland' }) : undefined;
  const started = performance.now();
  return new Promise((resolve) => {
    const outgoing = request(
      `${target.url}${path}`,
      {
        method: login ? 'POST' : 'GET',
        agent: false,
        headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {},
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          if (response.statusCode !== 200) failures.push(`HTTP ${response.statusCode}`);
          resolve(response.statusCode === 200 ? performance.now() - started : NaN);
        });
        response.on('error', () => resolve(NaN));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy());
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      failures.push(error.code ?? error.message);
      resolve(NaN);
    });
    outgoing.end(body);
  });
}

/** Sends the client's requests for MEASURE_MS; resolves with every latency (NaN: not answered). */
async function measure(target: EmulatorAddress): Promise<number[]> {
  const pending: Promise<number>[] = [];
  const deadline = performance.now() + MEASURE_MS;
  for (let index = 0; performance.now() < deadline; index += 1) {
    pending.push(timedRequest(target, index));
    await new Promise((tick) => setTimeout(tick, REQUEST_EVERY_MS));
  }
  return Promise.all(pending);
}

interface Phase {
  name: string;
  latencies: number[];
  meanOpen?: number;
  closedByServer?: number;
}

const answeredWithin = (latencies: number[]) =>
  latencies.filter((latency) => latency <= ANSWERED_WITHIN_MS).length / latencies.length;

function row({ name, latencies, meanOpen, closedByServer }: Phase): string {
  const answered = latencies.filter((latency) => !Number.isNaN(latency));
  const ms = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`);
  return (
    `| ${name} | ${meanOpen === undefined ? '–' : meanOpen.toFixed(0)} | ${closedByServer ?? '–'} | ` +
    `${latencies.length} | ${(answeredWithin(latencies) * 100).toFixed(1)}% | ${latencies.length - answered.length} | ` +
    `${ms(percentile(answered, 0.5))} | ${ms(percentile(answered, 0.99))} |`
  );
}

export default async function (): Promise<void> {
  const { target, stop } = await startEmulatorProcess();
  const phases: Phase[] = [];
  try {
    phases.push({ name: 'no attack', latencies: await measure(target) });
    for (const kind of ['slow bodies', 'idle sockets'] as const) {
      const attacker = attack(target, kind, ATTACK_SOCKETS);
      await attacker.ramp();
      await new Promise((tick) => setTimeout(tick, WARM_UP_MS));
      attacker.resetCounts();
      failures = [];
      const latencies = await measure(target);
      phases.push({ name: kind, latencies, ...attacker.stop() });
      if (failures.length > 0) console.error(`${kind}: ${failures.join(', ')}`);
      // Let the emulator close what the attack left before the next phase.
      await new Promise((tick) => setTimeout(tick, 1_000));
    }
  } finally {
    await stop();
  }

  console.log(
    `emulator: \`codeless emulator\` in its own process, default limits (1,000 connections, 5 s idle, a body's ` +
      `5 s grace then 500 bytes/s). Attacks: ${ATTACK_SOCKETS} sockets from one process, each reopened when ` +
      `closed — slow bodies send full headers with Content-Length 1000 then a byte every ${BYTE_EVERY_MS / 1000} s; ` +
      `idle sockets send nothing. Meanwhile a login or a token check every ${REQUEST_EVERY_MS} ms, each on a new ` +
      `connection, for ${MEASURE_MS / 1000} s (after ${WARM_UP_MS / 1000} s of attack).\n`,
  );
  console.log(
    '| attack | attack sockets open (mean) | attack sockets closed by the emulator | requests | answered within 3 s | not answered | p50 | p99 |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const phase of phases) console.log(row(phase));
  const attacked = phases.slice(1);
  const held = attacked.every((phase) => answeredWithin(phase.latencies) >= REQUIRED_SHARE);
  console.log(
    `\nUnder each attack ${held ? 'at least' : 'FEWER than'} ${REQUIRED_SHARE * 100}% of the other requests were ` +
      `answered within ${ANSWERED_WITHIN_MS / 1000} s.`,
  );
  if (!held) process.exitCode = 1;
}
