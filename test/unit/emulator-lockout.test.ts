// The failed-login tracker behind 3036: bounded in memory, yet a flood of failures for other identities cannot
// push out a lock that is still running.
import { describe, expect, it } from 'vitest';
import { FailedLoginTracker } from '../../emulator/lockout.ts';

const MAX_FAILURES = 3;
const LOCKOUT_MS = 60_000;

describe('failed-login tracker', () => {
  it('keeps a running lock while a flood of random identities fills it up', () => {
    expect.hasAssertions();
    const tracker = new FailedLoginTracker(100);
    for (let attempt = 0; attempt < MAX_FAILURES; attempt++)
      tracker.recordFailure('alice@wonderland.com', 0, MAX_FAILURES, LOCKOUT_MS);
    expect(tracker.isLocked('alice@wonderland.com', 1)).toBe(true);
    for (let index = 0; index < 10_000; index++)
      tracker.recordFailure(`random-${index}@example.com`, 1, MAX_FAILURES, LOCKOUT_MS);
    expect(tracker.isLocked('ALICE@wonderland.com', 2)).toBe(true);
    // Bounded: the oldest unlocked identities were forgotten.
    expect(tracker.status('random-0@example.com', 2).failedLogins).toBe(0);
    expect(tracker.status('random-9999@example.com', 2).failedLogins).toBe(1);
  });

  it('stays bounded when every entry is a running lock, dropping the oldest', () => {
    expect.hasAssertions();
    const tracker = new FailedLoginTracker(10);
    for (let index = 0; index < 20; index++) tracker.recordFailure(`user-${index}`, index, 1, LOCKOUT_MS);
    expect(tracker.isLocked('user-0', 30)).toBe(false);
    expect(tracker.isLocked('user-19', 30)).toBe(true);
    expect(tracker.isLocked('user-10', 30)).toBe(true);
  });

  it('forgets an expired lock', () => {
    const tracker = new FailedLoginTracker();
    tracker.recordFailure('bob', 0, 1, 1_000);
    expect(tracker.isLocked('bob', 999)).toBe(true);
    expect(tracker.isLocked('bob', 1_000)).toBe(false);
  });
});
