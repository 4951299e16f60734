// Bounds what idle connections can hold: at most MAX_CONNECTIONS open at once, and none kept open past
// IDLE_TIMEOUT_MS without a request in flight — a socket that never sends a request included (Node itself times
// out only requests that have begun). At the limit the connection idle the longest makes room for the newcomer,
// so a flood of idle sockets cannot lock real clients out; only when every connection is busy is the newcomer
// turned away, and busy ones end within the header and request timeouts.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { IDLE_TIMEOUT_MS, MAX_CONNECTIONS } from '../limits.ts';

/** Applies the connection limit and the idle timeout to `server`. */
export function limitConnections(
  server: Server,
  maxConnections = MAX_CONNECTIONS,
  idleTimeoutMs = IDLE_TIMEOUT_MS,
): void {
  // Sockets with no request in flight, least recently active first (a Map iterates in insertion order).
  const idle = new Map<Socket, NodeJS.Timeout>();
  const requestsInFlight = new Map<Socket, number>();
  let open = 0;

  const markIdle = (socket: Socket): void => {
    const timer = setTimeout(() => socket.destroy(), idleTimeoutMs);
    timer.unref();
    idle.set(socket, timer);
  };
  const leaveIdle = (socket: Socket): void => {
    clearTimeout(idle.get(socket));
    idle.delete(socket);
  };

  server.on('connection', (socket: Socket) => {
    open += 1;
    socket.once('close', () => {
      open -= 1;
      leaveIdle(socket);
      requestsInFlight.delete(socket);
    });
    if (open > maxConnections) {
      const longestIdle = idle.keys().next().value;
      if (longestIdle === undefined) {
        socket.destroy();
        return;
      }
      leaveIdle(longestIdle);
      longestIdle.destroy();
    }
    markIdle(socket);
  });

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    leaveIdle(socket);
    requestsInFlight.set(socket, (requestsInFlight.get(socket) ?? 0) + 1);
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
