// One HTTP request to an emulator through node:http, exactly as given: the path is not normalised or
// re-encoded and the Host header can be anything (fetch would fix both up), so tests can send what a
// hostile page, a rebound DNS name or a broken client sends.
import { request as httpRequest } from 'node:http';

/** What came back: status, headers (lower-case names) and the body, parsed as JSON when it is JSON. */
export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  text: string;
}

/** Options of {@link rawRequest}. */
export interface RawRequestInit {
  method?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}

/** Sends one request on its own connection to the server at `url` (only its host and port are used). */
export function rawRequest(url: string, path: string, init: RawRequestInit = {}): Promise<RawReply> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: hostname.replace(/^\[|\]$/g, ''),
        port,
        path,
        method: init.method ?? 'GET',
        headers: init.headers,
        agent: false,
      },
      (response) => {
        const parts: Buffer[] = [];
        response.on('data', (chunk: Buffer) => parts.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: the text is the body
          }
          resolve({ status: response.statusCode!, headers: response.headers, body, text });
        });
      },
    );
    request.on('error', reject);
    request.end(init.body);
  });
}
