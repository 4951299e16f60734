// A fault-injecting HTTP proxy for runtime tests: it forwards requests to a real backend (the emulator) until a
// fault is armed, then misbehaves the way real networks and proxies do — refuses connections, resets
// mid-answer, answers an HTML 500 or an empty 200, or never answers. Listens on 127.0.0.1 only.
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The ways the proxy can fail a request. */
export type Fault =
  /** Drop the connection (TCP reset) before any answer. */
  | 'reset-before-answer'
  /** Send the status line, headers and half of a JSON body, then reset. */
  | 'reset-mid-response'
  /** Forward the request (the backend acts on it), then reset instead of passing the answer on. */
  | 'reset-after-forward'
  /** 500 with an HTML error page, as a reverse proxy sends. */
  | 'html-500'
  /** 200 with an empty body and a JSON content type. */
  | 'empty-200'
  /** Accept the request and never answer. */
  | 'stall'
  /** Send the headers and the first bytes of the body, then nothing more. */
  | 'stall-mid-body';

/** A running proxy. */
export interface FaultProxy {
  /** The proxy's origin, e.g. `http://127.0.0.1:40123` (use it as serverURL). */
  url: string;
  /** Makes the next `times` requests (default: all, until heal) fail with `fault`. */
  fail(fault: Fault, times?: number): void;
  /** Forwards every request again. */
  heal(): void;
  /** Stops listening and drops every connection: the backend is "not listening". */
  goDown(): Promise<void>;
  /** Listens again on the same port (nothing happens when it is already listening). */
  comeBack(): Promise<void>;
  /** Requests seen, faulty or not. */
  readonly requests: number;
  close(): Promise<void>;
}

/** Starts a proxy in front of `backendUrl` (an `http://127.0.0.1:port` origin). */
export async function startFaultProxy(backendUrl: string): Promise<FaultProxy> {
  const backend = new URL(backendUrl);
  let fault: Fault | null = null;
  let remaining = 0;
  let requests = 0;
  const sockets = new Set<Socket>();

  function forward(request: IncomingMessage, onAnswer: (answer: IncomingMessage) => void): void {
    const outgoing = httpRequest(
      {
        host: backend.hostname,
        port: backend.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
        agent: false,
      },
      onAnswer,
    );
    outgoing.on('error', () => request.socket.destroy());
    request.pipe(outgoing);
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    requests += 1;
    const active = remaining > 0 ? fault : null;
    if (active) remaining -= 1;
    const socket = request.socket;
    switch (active) {
      case null:
        forward(request, (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        });
        return;
      case 'reset-before-answer':
        socket.resetAndDestroy();
        return;
      case 'reset-mid-response':
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': 200 });
        response.write('{"objectId":"4C1A1C0E', () => setTimeout(() => socket.resetAndDestroy(), 20));
        return;
      case 'reset-after-forward':
        forward(request, (answer) => {
          answer.resume();
          answer.on('end', () => socket.resetAndDestroy());
        });
        return;
      case 'html-500': {
        const page =
          '<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>';
        response.writeHead(500, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(page) });
        response.end(page);
        return;
      }
      case 'empty-200':
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': 0 });
        response.end();
        return;
      case 'stall':
        request.resume();
        return;
      case 'stall-mid-body':
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': 500 });
        response.write('{"objectId":');
        return;
    }
  }

  const server: Server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stop = async () => {
    if (!server.listening) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
    // Let clients see their pooled connections close, so the next request really meets a closed port.
    await new Promise((resolve) => setTimeout(resolve, 50));
  };

  await listen(0);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    fail(next, times = Number.POSITIVE_INFINITY) {
      fault = next;
      remaining = times;
    },
    heal() {
      fault = null;
      remaining = 0;
    },
    goDown: stop,
    comeBack: () => (server.listening ? Promise.resolve() : listen(port)),
    get requests() {
      return requests;
    },
    close: stop,
  };
}
