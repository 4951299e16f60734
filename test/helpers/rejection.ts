// Awaiting a promise that must reject, in tests: the reason comes back as a value to assert on.
import { expect } from 'vitest';

/**
 * Runs `promise` to its rejection and returns the reason; fails the test when it resolves. With `type`, the
 * reason must also be an instance of it.
 */
export async function rejection<E = unknown>(
  promise: Promise<unknown>,
  type?: abstract new (...args: never[]) => E,
): Promise<E> {
  const reason = await promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
  if (type) expect(reason).toBeInstanceOf(type);
  return reason as E;
}
