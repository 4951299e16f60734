// The Outbox tab: every e-mail the user service would have sent (confirmations, password-reset links, generated
// passwords), newest first, as text, with their links — which open the emulator's own pages in a new tab (only
// http(s) links are made links). Delete one e-mail, or clear the outbox.
import { emulatorLinkProblem, type AdminOutboxMessage, type OutboxMessage } from '../emulator/contract.ts';
import type { ConsoleContext, ConsoleView } from './view.ts';
import { actionButton, el, formatTime, viewSection } from './dom.ts';
import { fill, type ConsoleMessages } from './messages/index.ts';

const KINDS: Record<OutboxMessage['kind'], keyof ConsoleMessages> = {
  'email-confirmation': 'kindConfirmation',
  'password-reset-link': 'kindResetLink',
  'generated-password': 'kindGeneratedPassword',
};

/** The Outbox tab. */
export function outboxView(context: ConsoleContext): ConsoleView {
  const { client, say, confirm, attempt, text: t } = context;
  const list = el('div', { class: 'messages' });
  const clear = el('button', {
    type: 'button',
    class: 'danger',
    text: t.clearOutbox,
    onclick: () =>
      void confirm(t.clearOutboxQuestion, t.clearOutbox).then(
        (yes) =>
          yes &&
          attempt(async () => {
            await client.clearOutbox();
            await refresh();
            say(t.outboxCleared);
          }),
      ),
  });
  const panel = viewSection(
    [clear, el('button', { type: 'button', text: t.refresh, onclick: () => void refresh().catch(context.fail) })],
    list,
  );

  async function refresh(): Promise<void> {
    const messages = [...(await client.outbox())].sort((a, b) => b.created - a.created);
    clear.disabled = messages.length === 0;
    if (messages.length === 0) {
      list.replaceChildren(el('p', { class: 'empty', text: t.noEmails }));
      return;
    }
    list.replaceChildren(
      el('h3', { class: 'visually-hidden', text: fill(t.emailsHeading, { count: messages.length }) }),
      ...messages.map((message) =>
        article(context, message, () => {
          void attempt(async () => {
            await client.clearOutbox(message.id);
            await refresh();
            say(fill(t.emailDeleted, { to: message.to }));
          });
        }),
      ),
    );
  }

  return { id: 'outbox', label: t.tabOutbox, panel, refresh };
}

/** One e-mail: its subject, kind, addressee and time, its text, its links, and Delete. */
function article({ text: t, locale }: ConsoleContext, message: AdminOutboxMessage, remove: () => void): HTMLElement {
  // The e-mail itself is the emulator's, in English whatever the console speaks: marked so.
  const heading = el('h3', { text: message.subject, id: `mail-${message.id}`, lang: 'en' });
  return el(
    'article',
    { class: 'message', 'aria-labelledby': heading.id },
    heading,
    el(
      'p',
      { class: 'meta' },
      fill(t.emailMeta, {
        kind: t[KINDS[message.kind]] ?? message.kind,
        to: message.to,
        time: formatTime(message.created, locale),
      }),
    ),
    el('pre', { text: message.text, lang: 'en' }),
    el('ul', { class: 'links' }, ...message.links.map((link) => el('li', {}, linkItem(link, t)))),
    actionButton(t.deleteEmail, fill(t.deleteEmailOf, { subject: message.subject, to: message.to }), remove),
  );
}

/**
 * An e-mailed link: a link while it works and is the emulator's own page; one that was used, replaced by a newer
 * e-mail or expired is said to be so, and is not a link; anything else (an imported message) stays text.
 */
function linkItem(link: AdminOutboxMessage['links'][number], t: ConsoleMessages): Node {
  if (emulatorLinkProblem(link.url) !== undefined)
    return el('span', { lang: 'en', text: `${link.label}: ${link.url}` });
  if (link.state === 'open') {
    return el('a', { href: link.url, target: '_blank', rel: 'noopener noreferrer', text: link.label, lang: 'en' });
  }
  const why = link.state === 'expired' ? t.linkExpired : t.linkClosed;
  return el('span', { class: 'closed-link' }, el('s', { text: link.label, lang: 'en' }), why);
}
