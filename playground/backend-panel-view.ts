// What the backend panel shows, drawn from what it knows: the status line, who is logged in for this page, the
// emulator's live sessions, users locked out, and the tokens seen with their validity. Pure drawing: the panel
// (backend-panel.ts) keeps the state and hands the actions in.
import { maskToken, type AdminSessionView } from '../emulator/contract.ts';
import type { BackendStatus, UserName } from './backend-client.ts';
import { fill, formatTime, type TextSource } from './ui-messages.ts';

/** A user locked out after failed logins, as the emulator reports it. */
export interface LockedUser {
  objectId: string;
  email: string;
  until: number;
  failedLogins: number;
}

export type StatusView = { state: 'unknown' } | { state: 'checking' } | { state: 'done'; result: BackendStatus };

/** Who the page is logged in as, from the panel's state: what `whoSentence` puts in words. */
export interface WhoState {
  /** During a run: the run's user (token null = nobody). */
  running: { token: string | null; objectId: string | null } | null;
  /** The session the next run starts with ("stay logged in"). */
  remembered: { token: string; objectId: string | null } | null;
  /** After a run that did not keep its login: who that was. */
  notKept: { user: UserName; token: string } | null;
  /** Last known validity of each token seen (null: not known). */
  validity: (token: string) => boolean | null | undefined;
  /** A user in words ("Alice (alice@wonderland.com)"). */
  describe: (user: UserName | null, objectId?: string | null) => string;
}

/** "Alice (alice@wonderland.com)", or what is known of a user. */
export function describeUser(
  language: TextSource,
  known: UserName | null | undefined,
  objectId: string | null,
): string {
  const name = known?.name ?? null;
  const email = known?.email ?? null;
  if (name && email) return `${name} (${email})`;
  if (name || email) return (name ?? email)!;
  // A guest has the emulator console's name for it.
  return fill(known?.guest ? language.text.guest : language.text.aUser, { id: objectId ?? '?' });
}

/** Writes the backend's status line into `status`. */
export function drawStatus(status: HTMLElement, language: TextSource, view: StatusView, problem: string | null): void {
  const text = language.text;
  if (problem !== null) {
    status.replaceChildren(problem);
    status.dataset.state = 'error';
  } else if (view.state === 'checking') {
    status.replaceChildren(text.statusChecking);
    status.dataset.state = 'unknown';
  } else if (view.state === 'done') {
    const { result } = view;
    status.replaceChildren(
      ...(result.answers
        ? [fill(text.statusAnswers, { ms: result.ms })]
        : 'refusal' in result
          ? [english(result.refusal)]
          : [`${text.statusUnreachable} `, english(result.detail)]),
    );
    status.dataset.state = result.answers ? 'ok' : 'error';
  } else {
    status.replaceChildren();
    status.dataset.state = 'unknown';
  }
}

/** Who is logged in for this page, in a sentence. */
export function whoSentence(language: TextSource, who: WhoState): string {
  const text = language.text;
  const { running, remembered, notKept } = who;
  if (running) {
    return running.token ? fill(text.whoRunning, { who: who.describe(null, running.objectId) }) : text.whoRunningNobody;
  }
  if (remembered && who.validity(remembered.token) === false) {
    return fill(text.whoKeptEnded, { token: maskToken(remembered.token) });
  }
  if (remembered) {
    return fill(text.whoKept, { who: `${who.describe(null, remembered.objectId)} · ${maskToken(remembered.token)}` });
  }
  if (notKept) {
    const valid = who.validity(notKept.token);
    return valid === false
      ? fill(text.whoEndedInvalid, { token: maskToken(notKept.token) })
      : fill(text.whoNotKept, { who: who.describe(notKept.user) }) + (valid ? ` ${text.stillLive}` : '');
  }
  return text.whoNobody;
}

/** The emulator's live sessions, each with a button that ends it; the page's own is marked. */
export function sessionItems(
  language: TextSource,
  sessions: AdminSessionView[],
  ours: string | null,
  describe: (user: UserName) => string,
  end: (session: AdminSessionView) => Promise<void>,
): HTMLLIElement[] {
  const text = language.text;
  return sessions.map((session) => {
    const item = document.createElement('li');
    const who = describe({
      objectId: session.objectId,
      name: session.name,
      email: session.email,
      guest: session.userStatus === 'GUEST',
    });
    const line = fill(text.sessionLine, {
      who,
      token: session.token,
      time: formatTime(session.lastUsed, language.locale),
    });
    const mine = ours && session.token === maskToken(ours) ? ` · ${text.sessionOfThisPage}` : '';
    const label = document.createElement('span');
    label.textContent = line + mine;
    const ending = button(text.endSession, fill(text.endSessionOf, { token: session.token, who }), () => end(session));
    item.append(label, ' ', ending);
    return item;
  });
}

/** Users locked out after failed logins, each with a button that unlocks them. */
export function lockedItems(
  language: TextSource,
  locked: LockedUser[],
  unlock: (user: LockedUser) => Promise<void>,
): HTMLLIElement[] {
  const text = language.text;
  return locked.map((user) => {
    const item = document.createElement('li');
    const label = document.createElement('span');
    label.textContent = fill(text.lockedLine, { email: user.email, time: formatTime(user.until, language.locale) });
    item.append(
      label,
      ' ',
      button(text.unlock, fill(text.unlockUser, { email: user.email }), () => unlock(user)),
    );
    return item;
  });
}

/** Every token seen, masked, with whether the backend still accepts it. */
export function tokenItems(language: TextSource, tokens: Map<string, boolean | null>): HTMLLIElement[] {
  const text = language.text;
  if (tokens.size === 0) {
    const item = document.createElement('li');
    item.textContent = text.noTokens;
    return [item];
  }
  return [...tokens].map(([value, valid]) => {
    const item = document.createElement('li');
    const state = valid === null ? text.tokenUnknown : valid ? text.tokenValid : text.tokenInvalid;
    item.textContent = `${maskToken(value)} — ${state}`;
    item.dataset.valid = valid === null ? 'unknown' : String(valid);
    return item;
  });
}

function english(text: string): HTMLElement {
  const span = document.createElement('span');
  span.lang = 'en';
  span.textContent = text;
  return span;
}

/** A small button showing `label`, named `name` for assistive technology, doing `action` once per click. */
function button(label: string, name: string, action: () => Promise<void>): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'small';
  element.textContent = label;
  element.setAttribute('aria-label', name);
  element.addEventListener('click', () => {
    element.disabled = true;
    void action().finally(() => {
      element.disabled = false;
    });
  });
  return element;
}
