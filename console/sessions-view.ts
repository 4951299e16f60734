// The Sessions tab: every live session (who, its token masked as the emulator hands it out, when it started and
// was last used), each with End session, and End all sessions. An ended token answers 3064 from then on.
import type { ConsoleContext, ConsoleView } from './view.ts';
import { actionButton, el, formatTime, table, whoIs, viewSection } from './dom.ts';
import { fill } from './messages/index.ts';

/** The Sessions tab. */
export function sessionsView(context: ConsoleContext): ConsoleView {
  const { client, say, confirm, attempt, text: t, locale } = context;
  const list = el('div');
  const endAll = el('button', {
    type: 'button',
    class: 'danger',
    text: t.endAllSessions,
    onclick: () =>
      void confirm(t.endAllQuestion, t.endAllSessions).then(
        (yes) =>
          yes &&
          attempt(async () => {
            const { ended } = await client.endSessions();
            await refresh();
            say(ended === 1 ? t.endedOne : fill(t.endedMany, { count: ended }));
          }),
      ),
  });
  const panel = viewSection(
    [endAll, el('button', { type: 'button', text: t.refresh, onclick: () => void refresh().catch(context.fail) })],
    list,
  );

  async function refresh(): Promise<void> {
    const sessions = await client.sessions();
    endAll.disabled = sessions.length === 0;
    list.replaceChildren(
      table(
        fill(t.sessionsCaption, { count: sessions.length }),
        [t.columnUser, t.columnEmail, t.columnToken, t.columnStarted, t.columnLastUsed, t.actions],
        sessions.map((session) => {
          const who = whoIs(session, t);
          return [
            session.userStatus === 'GUEST' ? t.guest : (session.name ?? '—'),
            session.email ?? '—',
            el('code', { text: session.token }),
            formatTime(session.created, locale),
            formatTime(session.lastUsed, locale),
            actionButton(
              t.endSession,
              fill(t.endSessionOf, { token: session.token, who }),
              () =>
                void attempt(async () => {
                  await client.endSessions(session.sessionId);
                  await refresh();
                  say(fill(t.endedSession, { token: session.token, who }));
                }),
            ),
          ];
        }),
        t.noSessions,
      ),
    );
  }

  return { id: 'sessions', label: t.tabSessions, panel, refresh };
}
