// Hostile or broken requests get a Backendless-style `{ code, message }` answer — never a crash, a hang
// or an HTML page — and the emulator keeps serving afterwards.
import { request as httpRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startEmulator, type Emulator } from '../../emulator/index.ts';

let emulator: Emulator;
const loginUrl = (): string => `${emulator.url}/${emulator.appId}/${emulator.apiKey}/users/login`;

/** A raw request with exact control over headers and body chunks (fetch would fix them up). */
function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string | number>; chunks?: Array<string | Buffer> },
): Promise<{ status: number; body: unknown; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: options.method ?? 'POST', headers: options.headers, agent: false },
      (response) => {
        const parts: Buffer[] = [];
        response.on('data', (chunk: Buffer) => parts.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          resolve({
            status: response.statusCode!,
            body: text === '' ? '' : JSON.parse(text),
            headers: response.headers,
          });
        });
        response.on('error', reject);
      },
    );
    // The server may answer and close before a large body is fully written; that is expected.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    for (const chunk of options.chunks ?? []) request.write(chunk);
    request.end();
  });
}

async function post(body: string, contentType = 'application/json'): Promise<{ status: number; body: unknown }> {
  const response = await fetch(loginUrl(), { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  emulator = await startEmulator();
});

afterAll(async () => {
  await emulator.close();
});

afterEach(async () => {
  // Whatever the previous test sent, the emulator still logs Alice in.
  const reply = await post(JSON.stringify({ login: 'alice@wonderland.com', password: 'wonderland' }));
  expect(reply.status).toBe(200);
});

describe('bad request bodies', () => {
  it('answers malformed JSON with 8002', async () => {
    const reply = await post('{"login": "alice@wonderland.com", "password": ');
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      code: 8002,
      message: expect.stringMatching(/^Could not parse request with message: the body is not valid JSON/),
    });
  });

  it('answers an empty body with 8002', async () => {
    expect((await post('')).body).toMatchObject({ code: 8002 });
  });

  it('answers a body that is not a JSON object with 8002', async () => {
    expect.hasAssertions();
    for (const body of ['[]', 'null', '"alice"', '42', 'true']) {
      const reply = await post(body);
      expect(reply.body).toMatchObject({ code: 8002, message: expect.stringContaining('must be a JSON object') });
    }
  });

  it('answers a wrong or missing content type with 8002 and HTTP 415', async () => {
    const form = await post('login=alice', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(415);
    expect(form.body).toMatchObject({
      code: 8002,
      message: expect.stringContaining('Content-Type must be application/json'),
    });
    const none = await rawRequest(loginUrl(), { chunks: ['{}'] });
    expect(none.status).toBe(415);
  });

  it('accepts a content type with a charset parameter', async () => {
    const reply = await post(
      JSON.stringify({ login: 'alice@wonderland.com', password: 'wonderland' }),
      'application/json; charset=utf-8',
    );
    expect(reply.status).toBe(200);
  });

  it('answers invalid UTF-8 with 8002', async () => {
    const reply = await rawRequest(loginUrl(), {
      headers: { 'content-type': 'application/json' },
      chunks: [Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    });
    expect(reply.body).toMatchObject({ code: 8002, message: expect.stringContaining('UTF-8') });
  });

  it('refuses a declared oversized body with 413 before reading it', async () => {
    const size = MAX_BODY_BYTES + 1;
    const reply = await rawRequest(loginUrl(), {
      headers: { 'content-type': 'application/json', 'content-length': size },
      chunks: [Buffer.alloc(size, 0x20)],
    });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({
      code: 8002,
      message: expect.stringContaining(`larger than ${MAX_BODY_BYTES} bytes`),
    });
    expect(reply.headers.connection).toBe('close');
  });

  it('stops reading a chunked body once it passes the limit', async () => {
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const reply = await rawRequest(loginUrl(), {
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      chunks: Array.from({ length: 8 }, () => chunk),
    });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({ code: 8002 });
  });

  it('answers deeply nested JSON with 8002 instead of overflowing the stack', async () => {
    const depth = 200_000;
    const reply = await post(`{"login":${'['.repeat(depth)}${']'.repeat(depth)},"password":"x"}`);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      code: 8002,
      message: expect.stringMatching(/nested deeper than 32|not valid JSON/),
    });
  });

  it('answers a login of the wrong type with 8008', async () => {
    expect((await post(JSON.stringify({ login: { $ne: '' }, password: 'x' }))).body).toMatchObject({ code: 8008 });
  });
});

describe('bad routes', () => {
  it('answers an unknown route with JSON 404', async () => {
    // (`users/<one segment>` is Update User's path: any other method of it is 405, below.)
    const response = await fetch(`${emulator.url}/${emulator.appId}/${emulator.apiKey}/users/nothing-here/at-all`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      code: 404,
      message: expect.stringContaining('/users/nothing-here/at-all'),
    });
  });

  it('answers a short unknown path with JSON 404', async () => {
    const response = await fetch(`${emulator.url}/favicon.ico`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers a known route with the wrong method with 4064 and HTTP 405', async () => {
    const response = await fetch(loginUrl());
    expect(response.status).toBe(405);
    expect(await response.json()).toMatchObject({ code: 4064 });
  });

  it('answers a malformed %-escape in the path with 8008', async () => {
    const reply = await rawRequest(
      `${emulator.url}/${emulator.appId}/${emulator.apiKey}/users/isvalidusertoken/%E0%A4%A`,
      { method: 'GET' },
    );
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 8008 });
  });

  it('survives many concurrent bad requests', async () => {
    const replies = await Promise.all(Array.from({ length: 50 }, (_, index) => post(`{"broken": ${index}`)));
    expect(replies.every((reply) => (reply.body as { code: number }).code === 8002)).toBe(true);
  });
});
