// The pages behind the outbox's links and the local OAuth2 provider, for this machine only (they are registered
// among the local routes, so the admin API's Host and Origin rules apply):
//
//   GET  /_emulator/confirm-email/<token>         a page asking to confirm the address (HEAD: does the link work)
//   POST /_emulator/confirm-email/<token>         its form → the address is confirmed
//   GET  /_emulator/reset-password/<token>        a form for a new password
//   POST /_emulator/reset-password/<token>        form: password, repeat → the password is set
//   GET  /_emulator/oauth/<provider>/authorize     the consent page (?request=<id>, or ?response_type=token&…)
//   POST /_emulator/oauth/<provider>/authorize     form: email, name, decision → 303 to the app, or a page
//
// Forms post `application/x-www-form-urlencoded`, the one body besides JSON the emulator reads, here only.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { EmulatedApp } from '../app.ts';
import { codeMessage } from '../contract.ts';
import { EmulatorError } from '../errors.ts';
import { MAX_BODY_BYTES } from '../limits.ts';
import type { ConsentRequest } from '../oauth-service.ts';
import { escapeHtml, field, originOf, paragraph, sendPage, type Page } from './html.ts';
import { route, type Handler } from './routes.ts';

/** What the pages need: the app. */
export interface PageRoutesOptions {
  app: EmulatedApp;
}

const DEAD_LINK = 'This link does not work (any more): it was used already, it expired, or it never existed.';

/** A Fastify plugin with the pages; register it among the local routes, with the prefix `/_emulator`. */
export async function pageRoutes(server: FastifyInstance, { app }: PageRoutesOptions): Promise<void> {
  server.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: MAX_BODY_BYTES },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  confirmEmailRoute(server, app);
  resetPasswordRoute(server, app);
  consentRoute(server, app);
}

/** The fields of a posted form (none when the request sent no form). */
function form(request: FastifyRequest): Record<string, string> {
  return typeof request.body === 'object' && request.body !== null ? (request.body as Record<string, string>) : {};
}

/** The page of a link that does not work. */
function sendDeadLink(reply: FastifyReply): FastifyReply {
  return sendPage(reply, { status: 404, title: 'Link not valid', body: paragraph(DEAD_LINK) });
}

/**
 * Opening the link shows a page; its form confirms. A GET confirms nothing, so a foreign page that loads the link
 * (an <img>, a prefetch, a link scanner) cannot confirm an address for someone who never read the e-mail.
 */
function confirmEmailRoute(server: FastifyInstance, app: EmulatedApp): void {
  route(server, '/confirm-email/:token', {
    GET: async (request, reply) => {
      const target = app.email.linkTarget(request.params.token, 'confirm-email');
      // A HEAD (a link checker's) says whether the link works without using it up.
      if (request.method === 'HEAD') {
        return reply
          .code(target ? 200 : 404)
          .header('cache-control', 'no-store')
          .send();
      }
      if (!target) return sendDeadLink(reply);
      return sendPage(reply, {
        status: 200,
        title: 'Confirm your email address',
        body:
          paragraph(`Confirm that ${target.email} is your address, so you can log in with it.`) +
          `<form method="post"><button type="submit" name="confirm" value="yes">Confirm ${escapeHtml(
            target.email,
          )}</button></form>`,
      });
    },
    POST: async (request, reply) => {
      const confirmed = await app.email.confirmEmail(request.params.token);
      if (!confirmed) return sendDeadLink(reply);
      return sendPage(reply, {
        status: 200,
        title: 'Email address confirmed',
        body: paragraph(`${confirmed.email} is confirmed. You can log in now.`),
      });
    },
  });
}

/** The reset link's page: a form for the new password, typed twice. */
function resetPasswordRoute(server: FastifyInstance, app: EmulatedApp): void {
  route(server, '/reset-password/:token', {
    GET: (request, reply) => {
      const target = app.email.linkTarget(request.params.token, 'reset-password');
      return target ? sendPage(reply, resetForm(200, target.email)) : sendDeadLink(reply);
    },
    POST: async (request, reply) => {
      const target = app.email.linkTarget(request.params.token, 'reset-password');
      if (!target) return sendDeadLink(reply);
      const { password = '', repeat = '' } = form(request);
      if (password === '') return sendPage(reply, resetForm(400, target.email, 'Type a new password.'));
      if (password !== repeat) return sendPage(reply, resetForm(400, target.email, 'The two passwords differ.'));
      let done;
      try {
        done = await app.email.resetPassword(request.params.token, password);
      } catch (error) {
        if (!(error instanceof EmulatorError) || error.status >= 500) throw error;
        return sendPage(reply, resetForm(400, target.email, passwordMessage(error)));
      }
      if (!done) return sendDeadLink(reply);
      return sendPage(reply, {
        status: 200,
        title: 'Password changed',
        body: paragraph(`The password of ${done.email} is changed. Log in with the new one.`),
      });
    },
  });
}

/** The new-password form for `email`, with what was wrong with the last try. */
function resetForm(status: number, email: string, error?: string): Page {
  return {
    status,
    title: 'Set a new password',
    body:
      paragraph(`For ${email}.`) +
      (error ? paragraph(error, 'error') : '') +
      `<form method="post">` +
      field({ id: 'password', label: 'New password', type: 'password', autocomplete: 'new-password', required: true }) +
      field({
        id: 'repeat',
        label: 'Repeat the new password',
        type: 'password',
        autocomplete: 'new-password',
        required: true,
      }) +
      `<button type="submit">Set password</button></form>`,
  };
}

/** The local OAuth2 provider's consent page: who signs in, and whether they allow it. */
function consentRoute(server: FastifyInstance, app: EmulatedApp): void {
  const answerConsent: Handler<{ provider: string }> = async (request, reply) => {
    let consent: ConsentRequest;
    try {
      consent = app.oauth.consentRequest(request.params.provider, request.query as Record<string, unknown>);
    } catch (error) {
      return sendPage(reply, { status: 400, title: 'Sign-in not possible', body: paragraph(messageOf(error)) });
    }
    if (request.method === 'GET') return sendPage(reply, consentPage(consent, 200, {}));
    const values = form(request);
    try {
      const person = { email: values.email, name: values.name };
      const outcome = await app.oauth.consent(consent, values.decision !== 'deny', person, { key: 'client' });
      if ('redirect' in outcome)
        return reply.code(303).header('cache-control', 'no-store').header('location', outcome.redirect).send();
      return sendPage(reply, { status: 200, title: `Sign in with ${consent.provider}`, body: paragraph(outcome.done) });
    } catch (error) {
      if (!(error instanceof EmulatorError) || error.status >= 500) throw error;
      return sendPage(reply, consentPage(consent, 400, values, messageOf(error)));
    }
  };
  route(server, '/oauth/:provider/authorize', { GET: answerConsent, POST: answerConsent });
}

/** The consent page for `consent`, the form filled with `values`, with what was wrong with the last answer. */
function consentPage(consent: ConsentRequest, status: number, values: Record<string, string>, error?: string): Page {
  const asking = consent.flow === 'backendless' ? 'The app asks you to sign in' : 'An app asks for your account';
  const target = consent.flow === 'backendless' ? consent.request.redirectAfterLoginUrl : consent.redirectUri;
  return {
    status,
    title: `Sign in with ${consent.provider}`,
    formTargets: target ? [originOf(target)] : [],
    body:
      paragraph(
        `${asking} with ${consent.provider}. This is the emulator's own stand-in for that provider: type who ` +
          'signs in.',
        'note',
      ) +
      paragraph(
        target
          ? `When you answer, this page sends you${consent.flow === 'token' ? ' and an access token' : ', signed in,'} ` +
              `to ${originOf(target)} (${target.slice(0, 300)}).`
          : 'When you answer, the sign-in ends on this page; nothing is sent anywhere else.',
        'target',
      ) +
      (consent.flow === 'backendless' && consent.request.scope
        ? paragraph(`Scope: ${consent.request.scope}`, 'note')
        : '') +
      (error ? paragraph(error, 'error') : '') +
      `<form method="post">` +
      field({
        id: 'email',
        label: 'Email address',
        type: 'email',
        value: values.email,
        autocomplete: 'email',
        required: true,
      }) +
      field({ id: 'name', label: 'Name', type: 'text', value: values.name, autocomplete: 'name' }) +
      `<button type="submit" name="decision" value="allow">Allow</button>` +
      `<button type="submit" name="decision" value="deny" class="secondary" formnovalidate>Deny</button></form>`,
  };
}

/** The rule a refused password broke, in words (`a password has at least 8 characters` → a sentence). */
function passwordMessage(error: EmulatorError): string {
  const rule = /'password': (.*)$/.exec(error.message)?.[1];
  return rule ? `${rule[0]!.toUpperCase()}${rule.slice(1)}.` : messageOf(error);
}

function messageOf(error: unknown): string {
  return error instanceof EmulatorError ? codeMessage(error.code, error.message) : 'The request could not be read.';
}
