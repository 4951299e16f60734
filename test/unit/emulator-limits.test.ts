// The HTTP server's bounds as one object: the constants of limits.ts by default, smaller ones for tests, each
// checked. test/integration/slow-clients.test.ts shows them reaching the server through startEmulator's `limits`.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, IDLE_TIMEOUT_MS, MAX_CONNECTIONS, resolveLimits } from '../../emulator/limits.ts';

describe('resolveLimits', () => {
  it('gives the constants of limits.ts unless told otherwise', () => {
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
    expect(resolveLimits()).toMatchObject({ maxConnections: MAX_CONNECTIONS, idleTimeoutMs: IDLE_TIMEOUT_MS });
  });

  it('takes smaller bounds, and shortens the head time with a shorter request time', () => {
    expect(resolveLimits({ idleTimeoutMs: 300, bodyGraceMs: 100 })).toMatchObject({
      idleTimeoutMs: 300,
      bodyGraceMs: 100,
      maxConnections: MAX_CONNECTIONS,
    });
    expect(resolveLimits({ requestTimeoutMs: 600 })).toMatchObject({ requestTimeoutMs: 600, headersTimeoutMs: 600 });
  });

  it('refuses an unknown limit, a bound that is not a positive whole number, and a head longer than the request', () => {
    expect(() => resolveLimits({ idleTimeout: 5 } as never)).toThrow(/unknown limit "idleTimeout"/);
    for (const value of [0, -1, 1.5, Number.NaN, Infinity, '5' as never])
      expect(() => resolveLimits({ maxConnections: value }), String(value)).toThrow(/positive whole number/);
    expect(() => resolveLimits({ headersTimeoutMs: 2_000, requestTimeoutMs: 1_000 })).toThrow(/must not exceed/);
  });
});
