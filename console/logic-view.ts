// The Server logic tab: the event handlers deployed to the emulator (which event, before or after, in the call's
// chain or asynchronous) and their latest runs, newest first — when, how long, how each ended (a refusal with the
// code and message the client got) and the lines it logged. Read only: server logic is deployed with
// `codeless emulator --logic`, `startEmulator({ logic })` or the playground's Server logic workspace.
import type { AdminLogicRunView, AdminLogicView } from '../emulator/contract.ts';
import { el, formatTime, table, viewSection } from './dom.ts';
import { fill, type ConsoleMessages } from './messages/index.ts';
import type { ConsoleContext, ConsoleView } from './view.ts';

/** The Server logic tab. */
export function logicView(context: ConsoleContext): ConsoleView {
  const { client, text: t, locale } = context;
  const summary = el('p', { class: 'logic-summary' });
  const handlers = el('div');
  const runs = el('div');
  const panel = viewSection(
    [el('button', { type: 'button', text: t.refresh, onclick: () => void refresh().catch(context.fail) })],
    summary,
    handlers,
    runs,
  );

  async function refresh(): Promise<void> {
    show(await client.logic());
  }

  function show(logic: AdminLogicView): void {
    summary.textContent =
      logic.name === null && logic.handlers.length === 0
        ? t.logicNone
        : fill(t.logicDeployed, { name: logic.name ?? '—', seconds: logic.timeLimitMs / 1000 });
    handlers.replaceChildren(
      table(
        fill(t.logicHandlersCaption, { count: logic.handlers.length }),
        [t.columnHandler, t.columnMode],
        logic.handlers.map((handler) => [
          el('code', { text: handler.event }),
          handler.async ? t.logicAsync : t.logicSync,
        ]),
        t.logicNoHandlers,
      ),
    );
    runs.replaceChildren(
      table(
        fill(t.logicRunsCaption, { count: logic.runs.length }),
        [t.columnAt, t.columnHandler, t.columnOutcome, t.columnDuration, t.columnLog],
        logic.runs.map((run) => [
          formatTime(Date.parse(run.at), locale),
          el('code', { text: run.event }),
          outcomeOf(run, t),
          fill(t.logicDuration, { ms: Math.round(run.durationMs) }),
          run.logs.length ? el('pre', { class: 'logic-log', text: run.logs.join('\n') }) : '—',
        ]),
        t.logicNoRuns,
      ),
    );
  }

  return { id: 'logic', label: t.tabLogic, panel, refresh };
}

/** How a run ended, in words; a refusal or failure with the code and message the client got (the emulator's). */
function outcomeOf(run: AdminLogicRunView, t: ConsoleMessages): HTMLElement {
  const words = { ok: t.outcomeOk, refused: t.outcomeRefused, failed: t.outcomeFailed, 'timed-out': t.outcomeTimedOut };
  const cell = el('span', { class: `logic-outcome logic-${run.outcome}`, text: words[run.outcome] });
  if (run.error) cell.append(': ', el('span', { lang: 'en', text: `${run.error.code} ${run.error.message}` }));
  return cell;
}
