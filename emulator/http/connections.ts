// Bounds what connections can hold, so neither idle sockets nor slow bodies lock clients out:
// - a connection with no request in flight (a socket that never sends a request included, and one whose request
//   head is still arriving: Node sees a request only once its head is complete) is closed after the idle time;
// - a request body must arrive within the whole request's time, and once the body's grace time has passed, at
//   least at the minimum pace on average since its head (Apache's mod_reqtimeout rule); a slower one is answered
//   408 and its connection closed;
// - at most `maxConnections` are open: past it the connection that has wasted the most time makes room for the
//   newcomer — the one idle the longest, or the one whose body is furthest behind the minimum pace; only when
//   every connection is busy at a fair pace is the newcomer turned away. Busy ones then end within the request time.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { errors } from '../errors.ts';
import type { Limits } from '../limits.ts';

/** The limits this file applies. */
export type ConnectionLimits = Pick<
  Limits,
  'maxConnections' | 'idleTimeoutMs' | 'bodyGraceMs' | 'minBodyBytesPerSecond' | 'requestTimeoutMs'
>;

/** A request whose body is still arriving. */
interface Arriving {
  request: IncomingMessage;
  response: ServerResponse;
  /** When its head was complete (performance.now()). */
  since: number;
  /** The socket's bytesRead then. */
  bytesBefore: number;
}

/** Applies the connection limit, the idle time and the body's pace and time to `server`. */
export function limitConnections(server: Server, limits: ConnectionLimits): void {
  const connections = new Connections(limits);
  // One sweep for every arriving body, a few times per grace period (at most once a second).
  const sweep = setInterval(
    () => connections.sweep(),
    Math.max(10, Math.min(1_000, Math.floor(limits.bodyGraceMs / 4))),
  );
  sweep.unref();
  server.once('close', () => clearInterval(sweep));
  server.on('connection', (socket: Socket) => connections.open(socket));
  server.on('request', (request: IncomingMessage, response: ServerResponse) => connections.request(request, response));
}

/** What one server's connections are doing: which are idle since when, which requests are in flight or arriving. */
class Connections {
  readonly #limits: ConnectionLimits;
  /** Sockets with no request in flight, least recently active first (a Map iterates in insertion order). */
  readonly #idle = new Map<Socket, { timer: NodeJS.Timeout; since: number }>();
  readonly #requestsInFlight = new Map<Socket, number>();
  readonly #arriving = new Map<Socket, Arriving>();
  #open = 0;

  constructor(limits: ConnectionLimits) {
    this.#limits = limits;
  }

  /** A new connection: counted, and idle until its first request; past the limit, room is made or it is closed. */
  open(socket: Socket): void {
    this.#open += 1;
    socket.once('close', () => {
      this.#open -= 1;
      this.#leaveIdle(socket);
      this.#requestsInFlight.delete(socket);
      this.#arriving.delete(socket);
    });
    if (this.#open > this.#limits.maxConnections && !this.#makeRoom()) {
      socket.destroy();
      return;
    }
    this.#markIdle(socket);
  }

  /** A request whose head is complete: its connection is busy until the response closes; its body is watched. */
  request(request: IncomingMessage, response: ServerResponse): void {
    const socket = request.socket;
    this.#leaveIdle(socket);
    this.#requestsInFlight.set(socket, (this.#requestsInFlight.get(socket) ?? 0) + 1);
    if (!request.complete)
      this.#arriving.set(socket, { request, response, since: performance.now(), bytesBefore: socket.bytesRead });
    response.once('close', () => {
      const remaining = (this.#requestsInFlight.get(socket) ?? 1) - 1;
      if (remaining > 0) {
        this.#requestsInFlight.set(socket, remaining);
      } else {
        this.#requestsInFlight.delete(socket);
        if (!socket.destroyed) this.#markIdle(socket);
      }
    });
  }

  /** Forgets the bodies that arrived and refuses those too slow. */
  sweep(): void {
    const now = performance.now();
    for (const [socket, entry] of this.#arriving) {
      if (entry.request.complete) this.#arriving.delete(socket);
      else if (this.#tooSlow(entry, now)) this.#refuse(socket, entry);
    }
  }

  #markIdle(socket: Socket): void {
    const timer = setTimeout(() => socket.destroy(), this.#limits.idleTimeoutMs);
    timer.unref();
    this.#idle.set(socket, { timer, since: performance.now() });
  }

  #leaveIdle(socket: Socket): void {
    clearTimeout(this.#idle.get(socket)?.timer);
    this.#idle.delete(socket);
  }

  /** Bytes the body is short of the minimum pace since its head, ignoring the grace time (> 0: behind). */
  #shortfall({ request, since, bytesBefore }: Arriving, now: number): number {
    return (this.#limits.minBodyBytesPerSecond * (now - since)) / 1000 - (request.socket.bytesRead - bytesBefore);
  }

  #tooSlow(entry: Arriving, now: number): boolean {
    const { requestTimeoutMs, bodyGraceMs, minBodyBytesPerSecond } = this.#limits;
    const elapsed = now - entry.since;
    if (elapsed > requestTimeoutMs) return true;
    const received = entry.request.socket.bytesRead - entry.bytesBefore;
    return elapsed > bodyGraceMs && received < (minBodyBytesPerSecond * (elapsed - bodyGraceMs)) / 1000;
  }

  /** Ends a request whose body came too slowly: 408 when nothing was answered yet, and the connection closed. */
  #refuse(socket: Socket, { response }: Arriving): void {
    this.#arriving.delete(socket);
    if (response.headersSent || response.writableEnded) {
      socket.destroy();
      return;
    }
    const body = JSON.stringify(errors.unparsableRequest('the request body did not arrive in time', 408).toJSON());
    response.shouldKeepAlive = false;
    response.once('finish', () => socket.destroy());
    response
      .writeHead(408, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        connection: 'close',
      })
      .end(body);
  }

  /** The connection whose body is furthest behind the minimum pace, if any is behind it. */
  #slowest(now: number): [Socket, Arriving] | undefined {
    let found: [Socket, Arriving] | undefined;
    let worst = 0;
    for (const [socket, entry] of this.#arriving) {
      if (entry.request.complete) continue;
      const behind = this.#shortfall(entry, now);
      if (behind > worst) [found, worst] = [[socket, entry], behind];
    }
    return found;
  }

  /**
   * Closes the connection that has wasted the most time — idle the longest, or furthest behind the minimum pace
   * (its shortfall in seconds of body) — so a newcomer, which has wasted none, is never the one to go. False when
   * no connection is idle or behind.
   */
  #makeRoom(): boolean {
    const now = performance.now();
    const longestIdle = this.#idle.entries().next().value;
    const idleFor = longestIdle === undefined ? -1 : now - longestIdle[1].since;
    const behind = this.#slowest(now);
    const behindFor =
      behind === undefined ? -1 : (this.#shortfall(behind[1], now) / this.#limits.minBodyBytesPerSecond) * 1000;
    if (idleFor < 0 && behindFor < 0) return false;
    if (idleFor >= behindFor) {
      this.#leaveIdle(longestIdle![0]);
      longestIdle![0].destroy();
    } else {
      this.#refuse(...behind!);
    }
    return true;
  }
}
