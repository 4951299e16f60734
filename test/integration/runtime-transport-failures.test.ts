// The runtime against a stub of Backendless (test/helpers/stub-backend.ts) that fails on the way: refused and reset
// connections, garbage answers, a moved server. Each call rejects with a BackendlessError and keeps the session.
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  API_KEY,
  backendlessLikeHandler,
  closeServer,
  portOf,
  rejection,
  useStubBackend,
} from '../helpers/stub-backend.ts';

const stub = useStubBackend();

describe('failures on the way to the server', () => {
  it('a server that is not listening gives a BackendlessError naming the server, and the next call works once it is back', async () => {
    const gone = await stub.listen();
    const port = portOf(gone);
    await closeServer(gone);
    const users = stub.app({ serverURL: `http://127.0.0.1:${port}` }).UserService;
    const error = await rejection(users.login(ALICE.email, 'wonderland'));
    expect([error.code, error.status]).toEqual([undefined, undefined]);
    expect(error.message).toMatch(new RegExp(`^Backendless server http://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`));
    expect(error.message).not.toContain(API_KEY);
    expect(error.cause).toBeInstanceOf(Error);
    const back = await stub.listen(port);
    try {
      await expect(users.login(ALICE.email, 'wonderland')).resolves.toMatchObject(ALICE);
    } finally {
      await closeServer(back);
    }
  });

  it('a connection reset in the middle of the answer is a BackendlessError, and the next call works', async () => {
    stub.handler = (_request, response, socket) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      // Closed once the half answer has left: the client has the headers and part of the body, never the rest.
      response.write('{"objectId":"ALICE-ID",', () => socket.destroy());
    };
    const users = stub.app().UserService;
    const error = await rejection(users.login(ALICE.email, 'wonderland'));
    expect([error.code, error.status]).toEqual([undefined, undefined]);
    expect(error.message).toMatch(/^Backendless server http:\/\/127\.0\.0\.1:\d+: /);
    stub.handler = backendlessLikeHandler();
    await expect(users.login(ALICE.email, 'wonderland')).resolves.toMatchObject(ALICE);
  });

  it('a 500 with an HTML body is a BackendlessError with the status and a clear message', async () => {
    stub.handler = (_request, response) => {
      response.writeHead(500, { 'content-type': 'text/html' }).end('<html><body>Internal Server Error</body></html>');
    };
    const error = await rejection(stub.app().UserService.login(ALICE.email, 'wonderland'));
    expect([error.code, error.status]).toEqual([undefined, 500]);
    expect(error.message).toMatch(/: HTTP 500 without a Backendless error$/);
  });

  it('an error status with an empty body or JSON without a message is a BackendlessError too', async () => {
    stub.handler = (_request, response) => response.writeHead(502).end();
    expect((await rejection(stub.app().UserService.login(ALICE.email, 'pw'))).message).toMatch(/HTTP 502 without/);
    stub.handler = (_request, response) => response.writeHead(400).end('{"code":3003}');
    expect((await rejection(stub.app().UserService.login(ALICE.email, 'pw'))).status).toBe(400);
  });

  it('an empty 200 where JSON is expected is a BackendlessError and logs nobody in', async () => {
    stub.handler = (_request, response) => response.end();
    const users = stub.app().UserService;
    const error = await rejection(users.login(ALICE.email, 'wonderland'));
    expect([error.code, error.status]).toEqual([undefined, 200]);
    expect(error.message).toMatch(/: HTTP 200 with an unexpected answer$/);
    expect(users.getCurrentUserToken()).toBeNull();
    stub.handler = (_request, response) => response.end('<html>proxy login page</html>');
    expect((await rejection(users.register({ email: 'x@example.com', password: 'pw' }))).status).toBe(200);
  });

  it('a server slower than the timeout gives a BackendlessError, and the next call works', async () => {
    const stalled: ServerResponse[] = [];
    stub.handler = (_request, response) => void stalled.push(response);
    const users = stub.app({ timeout: 300 }).UserService;
    const started = performance.now();
    const error = await rejection(users.login(ALICE.email, 'wonderland'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(error.message).toMatch(/: no answer within 300 ms$/);
    expect([error.code, error.status]).toEqual([undefined, undefined]);
    stub.handler = backendlessLikeHandler();
    await expect(users.login(ALICE.email, 'wonderland')).resolves.toMatchObject(ALICE);
    for (const response of stalled) response.destroy();
  });

  it('the timeout also covers a body that never finishes', async () => {
    stub.handler = (_request, response) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('{');
    };
    const error = await rejection(stub.app({ timeout: 300 }).UserService.login(ALICE.email, 'wonderland'));
    expect(error.message).toMatch(/no answer within 300 ms/);
  });

  it('error messages never contain the user token', async () => {
    const users = stub.app({ timeout: 300 }).UserService;
    users.setCurrentUser({ objectId: 'U', 'user-token': 'SECRET-TOKEN' });
    stub.handler = () => undefined;
    const error = await rejection(users.isValidLogin());
    expect(error.message).not.toContain('SECRET-TOKEN');
    expect(error.message).not.toContain(API_KEY);
  });

  it('a serverURL without a scheme or with a broken host never puts the API key in the error or its cause', async () => {
    expect.hasAssertions();
    for (const [url, message] of [
      ['127.0.0.1:1', 'Backendless serverURL must start with http:// or https://'],
      ['localhost:1', 'Backendless serverURL must start with http:// or https://'],
      ['http//x', 'Backendless serverURL must start with http:// or https://'],
      ['http://exa mple.com', 'Backendless server http://exa mple.com: '],
    ] as const) {
      const error = await rejection(stub.app({ serverURL: url }).UserService.login(ALICE.email, 'wonderland'));
      expect(error.message).toContain(message);
      const seen = JSON.stringify({
        message: error.message,
        cause: error.cause ?? null,
        causeMessage: (error.cause as Error | undefined)?.message,
      });
      expect(seen).not.toContain(API_KEY);
    }
  });
});
