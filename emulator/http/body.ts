// Request bodies: JSON objects only. Fastify reads at most MAX_BODY_BYTES (refusing a larger declared length
// before reading, and cutting a chunked one off as it passes the limit); this parser then rejects invalid UTF-8,
// invalid JSON, nesting deeper than MAX_JSON_DEPTH and anything that is not an object — each as 8002.
import type { FastifyInstance } from 'fastify';
import { errorMessage } from '../contract.ts';
import { errors } from '../errors.ts';
import { jsonDepth } from '../json.ts';
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from '../limits.ts';

/** Makes `application/json` the only body the server reads: any other content type with a body gets 415. */
export function acceptJsonBodies(server: FastifyInstance): void {
  server.removeAllContentTypeParsers();
  server.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES },
    (_request, body, done) => {
      try {
        done(null, parseJsonObject(body as Buffer));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
}

/** Parses a request body into a JSON object, or throws the 8002 error saying what is wrong with it. */
export function parseJsonObject(body: Buffer): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw errors.unparsableRequest('the body is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw errors.unparsableRequest(`the body is not valid JSON (${errorMessage(error).slice(0, 200)})`);
  }
  if (jsonDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw errors.unparsableRequest(`the JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw errors.unparsableRequest('the body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

/** The JSON object a route reads. A request that sent none (it skipped the parser) gets 415, as a wrong type does. */
export function bodyOf(request: { body: unknown }): Record<string, unknown> {
  if (request.body === undefined || request.body === null) throw wrongContentType(undefined);
  return request.body as Record<string, unknown>;
}

/** 8002 with HTTP 415, naming the content type that was sent. */
export function wrongContentType(contentType: string | undefined) {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return errors.unparsableRequest(
    `Content-Type must be application/json (got ${type === '' ? 'none' : JSON.stringify(type.slice(0, 100))})`,
    415,
  );
}
