// The Sessions tab: every live session (who, its token masked as the emulator hands it out, when it started and
// was last used), each with End session, and End all sessions. An ended token answers 3064 from then on.
import type { ConsoleContext, ConsoleView } from './view.ts';
import { GUEST, actionButton, el, formatTime, table, whoIs } from './dom.ts';

/** The Sessions tab. */
export function sessionsView(context: ConsoleContext): ConsoleView {
  const { client, say, confirm, attempt } = context;
  const list = el('div');
  const endAll = el('button', {
    type: 'button',
    class: 'danger',
    text: 'End all sessions',
    onclick: () =>
      void confirm('End every live session? Their tokens stop working (3064).', 'End all sessions').then(
        (yes) =>
          yes &&
          attempt(async () => {
            const { ended } = await client.endSessions();
            await refresh();
            say(`Ended ${ended} session${ended === 1 ? '' : 's'}.`);
          }),
      ),
  });
  const panel = el(
    'section',
    {},
    el(
      'div',
      { class: 'view-tools' },
      endAll,
      el('button', { type: 'button', text: 'Refresh', onclick: () => void refresh().catch(context.fail) }),
    ),
    list,
  );

  async function refresh(): Promise<void> {
    const sessions = await client.sessions();
    endAll.disabled = sessions.length === 0;
    list.replaceChildren(
      table(
        `Live sessions (${sessions.length})`,
        ['User', 'Email', 'Token', 'Started', 'Last used', 'Actions'],
        sessions.map((session) => {
          const who = whoIs(session);
          return [
            session.userStatus === 'GUEST' ? GUEST : (session.name ?? '—'),
            session.email ?? '—',
            el('code', { text: session.token }),
            formatTime(session.created),
            formatTime(session.lastUsed),
            actionButton(
              'End session',
              `End session ${session.token} of ${who}`,
              () =>
                void attempt(async () => {
                  await client.endSessions(session.sessionId);
                  await refresh();
                  say(`Ended the session ${session.token} of ${who}.`);
                }),
            ),
          ];
        }),
        'No live sessions: nobody is logged in.',
      ),
    );
  }

  return { label: 'Sessions', panel, refresh };
}
