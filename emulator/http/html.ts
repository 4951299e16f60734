// The emulator's few HTML pages (a confirmed e-mail address, a form that sets a new password, the local OAuth2
// provider's consent page), made safe: every value is escaped, and a strict Content-Security-Policy allows no
// script at all, one nonce'd style, and forms only to the page itself (and where its sign-in goes next). No
// referrer leaves for another site, since the page's URL holds a one-time token (`same-origin`, not `no-referrer`:
// under `no-referrer` a browser posts the page's own form with `Origin: null`, which the local routes refuse).
import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/** Text as HTML: `& < > " '` escaped, so no value can become markup or leave an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A page: its status, title, and body markup (built with {@link escapeHtml} for every value). */
export interface Page {
  status: number;
  title: string;
  body: string;
  /** Origins a form on the page may end at besides the page itself (a sign-in redirects there). */
  formTargets?: string[];
}

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d2330; }
main { max-width: 26rem; margin: 3rem auto; padding: 1.5rem 2rem; background: #fff; border-radius: 8px;
  box-shadow: 0 1px 3px rgb(0 0 0 / 15%); }
h1 { font-size: 1.35rem; margin-top: 0; }
label { display: block; margin: 0.8rem 0 0.2rem; font-weight: 600; }
input { box-sizing: border-box; width: 100%; padding: 0.45rem; font: inherit; border: 1px solid #8a93a5; border-radius: 4px; }
button { margin: 1.2rem 0.6rem 0 0; padding: 0.5rem 1.1rem; font: inherit; border-radius: 4px; border: 1px solid #2456c6;
  background: #2f6fec; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #2456c6; }
.error { color: #a4161a; font-weight: 600; }
.note { color: #4d5566; font-size: 0.9rem; }
`;

/** Sends a page with its security headers. */
export function sendPage(reply: FastifyReply, page: Page): FastifyReply {
  const nonce = randomBytes(16).toString('base64');
  const formAction = ["'self'", ...(page.formTargets ?? [])].join(' ');
  return reply
    .code(page.status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header(
      'content-security-policy',
      `default-src 'none'; style-src 'nonce-${nonce}'; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .header('referrer-policy', 'same-origin')
    .send(
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escapeHtml(page.title)}</title><style nonce="${nonce}">${STYLE}</style></head>` +
        `<body><main><h1>${escapeHtml(page.title)}</h1>${page.body}</main></body></html>\n`,
    );
}

/** A paragraph of text (escaped), with an optional class. */
export function paragraph(text: string, className?: string): string {
  return `<p${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</p>`;
}

/** A labelled input; `value` and every attribute escaped. */
export function field(options: {
  id: string;
  label: string;
  type: 'email' | 'text' | 'password';
  value?: string;
  autocomplete: string;
  required?: boolean;
}): string {
  const { id, label, type, value = '', autocomplete, required = false } = options;
  return (
    `<label for="${id}">${escapeHtml(label)}</label>` +
    `<input id="${id}" name="${id}" type="${type}" value="${escapeHtml(value)}" autocomplete="${autocomplete}"` +
    `${required ? ' required' : ''} maxlength="500">`
  );
}

/** The origin of an http(s) URL, for a form's CSP target. */
export function originOf(url: string): string {
  return new URL(url).origin;
}
