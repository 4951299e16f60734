// Deploys the Server logic workspace to the page's emulator as a person edits it: a moment after the last change
// (debounced), the emulator module generated from the blocks goes to `PUT /_emulator/logic` through the admin API's
// one client. The status line says what happened: deploying, deployed (which handlers), or not deployed and why — a
// block the generator refuses (one outside its handler, two handlers of one event) or the emulator's refusal (a module
// that does not load). A Backendless app has no admin API: there server logic is deployed with CodeRunner, and the
// line says so. Only the latest deployment's answer is shown.
import type { ResolvedBackend } from './backend-settings.ts';
import { errorMessage } from './error-message.ts';
import { fill, type TextSource } from './ui-messages.ts';

// How long after the last change the logic is deployed: one deployment for a burst of edits (a drag, a paste).
const DEPLOY_DELAY_MS = 400;
// What the admin API shows as the deployed logic's name.
const DEPLOYED_NAME = 'playground';

type DeployState =
  | { kind: 'idle' }
  | { kind: 'deploying' }
  | { kind: 'deployed'; handlers: string[] }
  | { kind: 'refused'; reason: string }
  | { kind: 'not-here' };

/** What the deployer reads: the status line, the page's text, the applied backend and the module to deploy. */
export interface LogicDeployParts {
  status: HTMLElement;
  language: TextSource;
  backend(): ResolvedBackend | null;
  /** The emulator module generated from the blocks; throws (with the reason) when they cannot be generated. */
  source(): string;
}

/** Deploys the server logic to the emulator after changes, and says how it went. */
export class LogicDeployer {
  private readonly parts: LogicDeployParts;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private state: DeployState = { kind: 'idle' };
  // Counts deployments: an answer that is not the latest one's is not shown.
  private latest = 0;

  constructor(parts: LogicDeployParts) {
    this.parts = parts;
  }

  /** Deploys `delayMs` after the last call (several calls in a row deploy once). */
  schedule(delayMs = DEPLOY_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.deploy(), delayMs);
  }

  /** Deploys now; resolves once the emulator answered (or the reason not to deploy is shown). */
  async deploy(): Promise<void> {
    clearTimeout(this.timer);
    const attempt = ++this.latest;
    const settle = (state: DeployState) => {
      if (attempt === this.latest) this.show(state);
    };
    const backend = this.parts.backend();
    if (!backend) return settle({ kind: 'idle' });
    if (!backend.adminURL) return settle({ kind: 'not-here' });
    let source: string;
    try {
      source = this.parts.source();
    } catch (error) {
      return settle({ kind: 'refused', reason: errorMessage(error) });
    }
    settle({ kind: 'deploying' });
    try {
      // The admin API's one client, in the chunk the backend panel and the console load it from.
      const { AdminClient } = await import('../console/admin-client.ts');
      const client = new AdminClient(backend.adminURL);
      const view = await client.deployLogic(source, DEPLOYED_NAME);
      settle({ kind: 'deployed', handlers: view.handlers.map((handler) => handler.event) });
    } catch (error) {
      settle({ kind: 'refused', reason: errorMessage(error) });
    }
  }

  /** After a language switch: the status in the page's language. */
  relabel(): void {
    this.show(this.state);
  }

  private show(state: DeployState): void {
    this.state = state;
    const { status, language } = this.parts;
    const text = language.text;
    status.dataset.state = state.kind;
    switch (state.kind) {
      case 'idle':
        status.textContent = '';
        break;
      case 'deploying':
        status.textContent = text.logicDeploying;
        break;
      case 'deployed':
        status.textContent = state.handlers.length
          ? fill(text.logicDeployed, { handlers: state.handlers.join(', ') })
          : text.logicDeployedNone;
        break;
      case 'refused': {
        // The reason is the generator's or the emulator's English sentence: marked so.
        const [before = '', after = ''] = text.logicRefused.split('{reason}');
        const reason = document.createElement('span');
        reason.lang = 'en';
        reason.textContent = state.reason;
        status.replaceChildren(before, reason, after);
        break;
      }
      case 'not-here':
        status.textContent = text.logicNotHere;
    }
  }
}
