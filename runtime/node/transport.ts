// The Node transport: undici's `request` on one keep-alive Agent for the process, reading at most
// MAX_RESPONSE_BYTES of an answer.
import { Agent, request } from 'undici';
import { MAX_RESPONSE_BYTES, tooLarge, type Transport } from '../io.ts';

/**
 * undici's `request` on one keep-alive Agent for the process (it keeps one connection pool per origin;
 * sessions do not mix, as each request carries its own token header). undici follows no redirects. An answer
 * whose declared length is over the limit is refused before its body is read; one that grows past it without
 * declaring a length is cut off there by the Agent's `maxResponseSize`.
 */
export function nodeTransport(): Transport {
  const dispatcher = new Agent({ maxResponseSize: MAX_RESPONSE_BYTES });
  return async (url, method, headers, body, signal) => {
    const response = await request(url, { method: method as 'GET', headers, body, signal, dispatcher });
    if (Number(response.headers['content-length']) > MAX_RESPONSE_BYTES) {
      response.body.destroy();
      throw tooLarge();
    }
    try {
      return { status: response.statusCode, text: await response.body.text() };
    } catch (error) {
      throw (error as { code?: unknown }).code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE' ? tooLarge() : error;
    }
  };
}
