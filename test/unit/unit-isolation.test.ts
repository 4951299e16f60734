// The `unit` project runs in-process tests only (test/setup/unit-isolation.ts): listening on a port or starting
// a process fails here and names where such a test belongs.
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';

describe('a unit test', () => {
  it('cannot listen on a port', () => {
    const server = createServer();
    expect(() => server.listen(0, '127.0.0.1')).toThrow(/may not listen on a port: move the test to test\/integration/);
    expect(server.listening).toBe(false);
  });

  it('cannot start a process, through either import style', () => {
    expect(() => spawn('true')).toThrow(/may not start a process \(child_process\.spawn\)/);
    expect(() => execFile('true')).toThrow(/may not start a process \(child_process\.execFile\)/);
  });
});
