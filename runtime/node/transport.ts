// The Node transport: undici's `request` on one keep-alive Agent for the process.
import { Agent, request } from 'undici';
import type { Transport } from '../io.ts';

/**
 * undici's `request` on one keep-alive Agent for the process (it keeps one connection pool per origin;
 * sessions do not mix, as each request carries its own token header). undici follows no redirects.
 */
export function nodeTransport(): Transport {
  const dispatcher = new Agent();
  return async (url, method, headers, body, signal) => {
    const response = await request(url, { method: method as 'GET', headers, body, signal, dispatcher });
    return { status: response.statusCode, text: await response.body.text() };
  };
}
