// The Outbox tab: every e-mail the user service would have sent (confirmations, password-reset links, generated
// passwords), newest first, as text, with their links — which open the emulator's own pages in a new tab (only
// http(s) links are made links). Delete one e-mail, or clear the outbox.
import { emulatorLinkProblem, type AdminOutboxMessage, type OutboxMessage } from '../emulator/contract.ts';
import type { ConsoleContext, ConsoleView } from './view.ts';
import { actionButton, el, formatTime } from './dom.ts';

const KINDS: Record<OutboxMessage['kind'], string> = {
  'email-confirmation': 'Email confirmation',
  'password-reset-link': 'Password reset link',
  'generated-password': 'Generated password',
};

/** The Outbox tab. */
export function outboxView(context: ConsoleContext): ConsoleView {
  const { client, say, confirm, attempt } = context;
  const list = el('div', { class: 'messages' });
  const clear = el('button', {
    type: 'button',
    class: 'danger',
    text: 'Clear outbox',
    onclick: () =>
      void confirm('Delete every e-mail in the outbox? Their links keep working.', 'Clear outbox').then(
        (yes) =>
          yes &&
          attempt(async () => {
            await client.clearOutbox();
            await refresh();
            say('The outbox is empty.');
          }),
      ),
  });
  const panel = el(
    'section',
    {},
    el(
      'div',
      { class: 'view-tools' },
      clear,
      el('button', { type: 'button', text: 'Refresh', onclick: () => void refresh().catch(context.fail) }),
    ),
    list,
  );

  async function refresh(): Promise<void> {
    const messages = [...(await client.outbox())].sort((a, b) => b.created - a.created);
    clear.disabled = messages.length === 0;
    if (messages.length === 0) {
      list.replaceChildren(
        el('p', { class: 'empty', text: 'No e-mails yet. Restore Password and e-mail confirmation put theirs here.' }),
      );
      return;
    }
    list.replaceChildren(
      el('h3', { class: 'visually-hidden', text: `E-mails (${messages.length})` }),
      ...messages.map((message) =>
        article(message, () => {
          void attempt(async () => {
            await client.clearOutbox(message.id);
            await refresh();
            say(`Deleted the e-mail to ${message.to}.`);
          });
        }),
      ),
    );
  }

  return { label: 'Outbox', panel, refresh };
}

/** One e-mail: its subject, kind, addressee and time, its text, its links, and Delete. */
function article(message: AdminOutboxMessage, remove: () => void): HTMLElement {
  const heading = el('h3', { text: message.subject, id: `mail-${message.id}` });
  return el(
    'article',
    { class: 'message', 'aria-labelledby': heading.id },
    heading,
    el(
      'p',
      { class: 'meta' },
      `${KINDS[message.kind] ?? message.kind} · to ${message.to} · ${formatTime(message.created)}`,
    ),
    el('pre', { text: message.text }),
    el('ul', { class: 'links' }, ...message.links.map((link) => el('li', {}, linkItem(link)))),
    actionButton('Delete e-mail', `Delete e-mail "${message.subject}" to ${message.to}`, remove),
  );
}

/**
 * An e-mailed link: a link while it works and is the emulator's own page; one that was used, replaced by a newer
 * e-mail or expired is said to be so, and is not a link; anything else (an imported message) stays text.
 */
function linkItem(link: AdminOutboxMessage['links'][number]): Node | string {
  if (emulatorLinkProblem(link.url) !== undefined) return `${link.label}: ${link.url}`;
  if (link.state === 'open') {
    return el('a', { href: link.url, target: '_blank', rel: 'noopener noreferrer', text: link.label });
  }
  const why = link.state === 'expired' ? 'expired' : 'used, or replaced by a newer e-mail';
  return el('span', { class: 'closed-link' }, el('s', { text: link.label }), ` (no longer works: ${why})`);
}
