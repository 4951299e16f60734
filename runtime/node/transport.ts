// The Node transport: one request through undici's `dispatch` on one keep-alive Agent for the process, reading at
// most MAX_RESPONSE_BYTES of an answer within the timeout.
import { Agent, type Dispatcher } from 'undici';
import { MAX_RESPONSE_BYTES, noAnswer, tooLarge, type Transport } from '../io.ts';

/**
 * undici's low-level `dispatch` on one keep-alive Agent for the process (it keeps one connection pool per origin;
 * sessions do not mix, as each request carries its own token header). undici follows no redirects. An answer whose
 * declared length is over the limit is refused before its body is read; one that grows past it without declaring a
 * length is cut off there by the Agent's `maxResponseSize`.
 *
 * `dispatch` rather than `request`: a user-service answer is a few hundred bytes, read whole, so `request`'s body
 * stream and its AbortSignal plumbing are pure cost — about a fifth of a call's client time against a server that
 * answers at once (`bench/runtime.bench.ts`). The timeout is one timer that aborts through the dispatch controller.
 */
export function nodeTransport(): Transport {
  const dispatcher = new Agent({ maxResponseSize: MAX_RESPONSE_BYTES });
  return (origin, path, method, headers, body, timeout) =>
    new Promise((resolve, reject) => {
      let controller: Dispatcher.DispatchController | undefined;
      let failure: Error | undefined;
      let status = 0;
      let responseHeaders: Record<string, string | string[] | undefined> = {};
      const chunks: Buffer[] = [];
      // Ends the exchange early: stops reading (now, or as soon as the request starts) and rejects.
      const stop = (error: Error) => {
        failure ??= error;
        clearTimeout(timer);
        controller?.abort(error);
        reject(error);
      };
      const timer = setTimeout(() => stop(noAnswer(timeout)), timeout);
      dispatcher.dispatch(
        { origin, path, method: method as Dispatcher.HttpMethod, headers, body },
        {
          onRequestStart(started) {
            controller = started;
            if (failure) started.abort(failure);
          },
          onResponseStart(_controller, statusCode, answerHeaders) {
            // 1xx answers come first and are not the answer.
            if (statusCode < 200) return;
            status = statusCode;
            responseHeaders = answerHeaders as typeof responseHeaders;
            if (Number(answerHeaders['content-length']) > MAX_RESPONSE_BYTES) stop(tooLarge());
          },
          onResponseData(_controller, chunk) {
            chunks.push(chunk);
          },
          onResponseEnd() {
            clearTimeout(timer);
            // Decoded once, whole: a character split across two chunks stays one character.
            const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString();
            resolve({ status, headers: responseHeaders, body: text });
          },
          onResponseError(_controller, error) {
            stop((error as { code?: unknown }).code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE' ? tooLarge() : error);
          },
        },
      );
    });
}
