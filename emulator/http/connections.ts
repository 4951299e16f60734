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
  const { maxConnections, idleTimeoutMs, bodyGraceMs, minBodyBytesPerSecond, requestTimeoutMs } = limits;
  // Sockets with no request in flight, least recently active first (a Map iterates in insertion order).
  const idle = new Map<Socket, { timer: NodeJS.Timeout; since: number }>();
  const requestsInFlight = new Map<Socket, number>();
  const arriving = new Map<Socket, Arriving>();
  let open = 0;

  const markIdle = (socket: Socket): void => {
    const timer = setTimeout(() => socket.destroy(), idleTimeoutMs);
    timer.unref();
    idle.set(socket, { timer, since: performance.now() });
  };
  const leaveIdle = (socket: Socket): void => {
    clearTimeout(idle.get(socket)?.timer);
    idle.delete(socket);
  };

  /** Bytes the body is short of the minimum pace since its head, ignoring the grace time (> 0: behind). */
  const shortfall = ({ request, since, bytesBefore }: Arriving, now: number): number =>
    (minBodyBytesPerSecond * (now - since)) / 1000 - (request.socket.bytesRead - bytesBefore);

  const tooSlow = (entry: Arriving, now: number): boolean => {
    const elapsed = now - entry.since;
    if (elapsed > requestTimeoutMs) return true;
    const received = entry.request.socket.bytesRead - entry.bytesBefore;
    return elapsed > bodyGraceMs && received < (minBodyBytesPerSecond * (elapsed - bodyGraceMs)) / 1000;
  };

  /** Ends a request whose body came too slowly: 408 when nothing was answered yet, and the connection closed. */
  const refuse = (socket: Socket, { response }: Arriving): void => {
    arriving.delete(socket);
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
  };

  /** The connection whose body is furthest behind the minimum pace, if any is behind it. */
  const slowest = (now: number): [Socket, Arriving] | undefined => {
    let found: [Socket, Arriving] | undefined;
    let worst = 0;
    for (const [socket, entry] of arriving) {
      if (entry.request.complete) continue;
      const behind = shortfall(entry, now);
      if (behind > worst) [found, worst] = [[socket, entry], behind];
    }
    return found;
  };

  // One sweep for every arriving body, a few times per grace period (at most once a second).
  const sweep = setInterval(
    () => {
      const now = performance.now();
      for (const [socket, entry] of arriving) {
        if (entry.request.complete) arriving.delete(socket);
        else if (tooSlow(entry, now)) refuse(socket, entry);
      }
    },
    Math.max(10, Math.min(1_000, Math.floor(bodyGraceMs / 4))),
  );
  sweep.unref();
  server.once('close', () => clearInterval(sweep));

  /**
   * Closes the connection that has wasted the most time — idle the longest, or furthest behind the minimum pace
   * (its shortfall in seconds of body) — so a newcomer, which has wasted none, is never the one to go. False when
   * no connection is idle or behind.
   */
  const makeRoom = (): boolean => {
    const now = performance.now();
    const longestIdle = idle.entries().next().value;
    const idleFor = longestIdle === undefined ? -1 : now - longestIdle[1].since;
    const behind = slowest(now);
    const behindFor = behind === undefined ? -1 : (shortfall(behind[1], now) / minBodyBytesPerSecond) * 1000;
    if (idleFor < 0 && behindFor < 0) return false;
    if (idleFor >= behindFor) {
      leaveIdle(longestIdle![0]);
      longestIdle![0].destroy();
    } else {
      refuse(...behind!);
    }
    return true;
  };

  server.on('connection', (socket: Socket) => {
    open += 1;
    socket.once('close', () => {
      open -= 1;
      leaveIdle(socket);
      requestsInFlight.delete(socket);
      arriving.delete(socket);
    });
    if (open > maxConnections && !makeRoom()) {
      socket.destroy();
      return;
    }
    markIdle(socket);
  });

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    leaveIdle(socket);
    requestsInFlight.set(socket, (requestsInFlight.get(socket) ?? 0) + 1);
    if (!request.complete)
      arriving.set(socket, { request, response, since: performance.now(), bytesBefore: socket.bytesRead });
    response.once('close', () => {
      const remaining = (requestsInFlight.get(socket) ?? 1) - 1;
      if (remaining > 0) {
        requestsInFlight.set(socket, remaining);
      } else {
        requestsInFlight.delete(socket);
        if (!socket.destroyed) markIdle(socket);
      }
    });
  });
}
