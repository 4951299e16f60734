// OAuth2 sign-ins that come back to the page, handled as a Backendless web app handles them.
//  - Backendless' own flow (Get Authorization URL with this page as "redirect after login"): the browser comes back
//    to `?userToken=…&userId=…`; the page keeps that session as "stay logged in" keeps a login (the runtime's
//    session record), so the panel, "Logged in:" and the next run's current user are that person, and takes the
//    query out of the address bar.
//  - The implicit grant (Login with OAuth2 needs the provider's access token): what a provider's SDK does in a
//    browser — a popup on the provider's consent page (the emulator's local provider), which comes back to this page
//    with `#access_token=…&state=…`; that page hands the token to the page that opened it and closes, and the token
//    goes into the Login with OAuth2 block that asked for it. Only for an emulator: a real provider needs the app's
//    own client registration, which a Backendless app does in the provider's SDK.
import type { BackendPanel } from './backend-panel.ts';
import type { BlocklyNS } from './blockly.ts';
import type { ConsolePanel } from './console-panel.ts';
import type { BackendSource } from './settings-form.ts';
import { fill } from './ui-messages.ts';
import type { WorkspaceEditor } from './workspace-editor.ts';

// What the popup posts to the page that opened it.
const HANDOVER = 'codeless-oauth-access-token';
const LOGIN_WITH_OAUTH2 = /^backendless_users_login_with_oauth2(_statement)?$/;
// What a token or an objectId is made of: visible ASCII, as the runtime requires of a user token.
const VISIBLE_ASCII = /^[!-~]{1,200}$/;

interface Handover {
  type: typeof HANDOVER;
  state: string | null;
  accessToken: string | null;
  error: string | null;
}

/**
 * In the popup of an implicit grant (the page came back with `#access_token` or `#error`, and was opened by a page
 * of this origin): hands what came back to that page and closes. True when it did (the page does not start).
 */
export function handOverAccessToken(): boolean {
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (!fragment.has('access_token') && !fragment.has('error')) return false;
  history.replaceState(history.state, '', location.pathname + location.search);
  const opener = window.opener as Window | null;
  if (!opener) return false;
  const message: Handover = {
    type: HANDOVER,
    state: fragment.get('state'),
    accessToken: fragment.get('access_token'),
    error: fragment.get('error'),
  };
  opener.postMessage(message, location.origin);
  window.close();
  return true;
}

/** The page's parts a sign-in reports to. */
export interface SignInParts {
  panel: BackendPanel;
  output: ConsolePanel;
  backends: BackendSource;
}

/** Takes the session a Backendless sign-in came back with (`?userToken=…&userId=…`, or `?error=…`), if any. */
export async function takeSignIn({ panel, output, backends }: SignInParts): Promise<void> {
  const url = new URL(location.href);
  const [token, userId, error] = ['userToken', 'userId', 'error'].map((name) => url.searchParams.get(name));
  if (token == null && userId == null && error == null) return;
  for (const name of ['userToken', 'userId', 'error']) url.searchParams.delete(name);
  history.replaceState(history.state, '', url.href);
  if (!token || !userId || !VISIBLE_ASCII.test(token) || !VISIBLE_ASCII.test(userId)) {
    output.append([({ text }) => fill(text.signInRefused, { error: error ?? '?' })], 'info');
  } else if (!backends.backend) {
    output.append([({ text }) => text.signInNoBackend], 'error');
  } else {
    const who = await panel.adoptSession(token, userId);
    output.append([({ text }) => fill(text.signedIn, { who })], 'info');
  }
}

/** Gets Login with OAuth2 its access token from the emulator's local provider, in a popup. */
export class AccessTokenGrant {
  private readonly parts: SignInParts & { editor: WorkspaceEditor };
  private pending: { state: string; provider: string; blockId: string; popup: Window | null } | null = null;

  constructor(parts: SignInParts & { editor: WorkspaceEditor }) {
    this.parts = parts;
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (event.origin === location.origin && isHandover(event.data)) this.received(event.data, event.source);
    });
  }

  /**
   * After a failed run: when it failed at a Login with OAuth2 whose access token is empty text, and the backend is an
   * emulator, offers to get one (a button in the console).
   */
  offerAfterFailure(blockId: string | null): void {
    const block = blockId ? this.parts.editor.workspace.getBlockById(blockId) : null;
    const backend = this.parts.backends.backend;
    if (!block || !LOGIN_WITH_OAUTH2.test(block.type) || !backend?.adminURL) return;
    const provider = textOf(block, 'PROVIDER');
    if (!provider || textOf(block, 'ACCESS_TOKEN') !== '') return;
    const action = () => this.start(backend.serverURL, provider, block.id);
    this.parts.output.append(
      [({ text }) => [`${text.accessTokenNeeded} `, { text: fill(text.getAccessToken, { provider }), action }]],
      'info',
    );
  }

  private start(serverURL: string, provider: string, blockId: string): void {
    const state = crypto.randomUUID();
    const consent = new URL(`${serverURL}/_emulator/oauth/${encodeURIComponent(provider)}/authorize`);
    consent.searchParams.set('response_type', 'token');
    consent.searchParams.set('redirect_uri', location.origin + location.pathname);
    consent.searchParams.set('state', state);
    const popup = window.open(consent.href, '_blank', 'popup,width=520,height=680');
    this.pending = { state, provider, blockId, popup };
  }

  private received(message: Handover, source: MessageEventSource | null): void {
    const pending = this.pending;
    // Only the popup this page opened, answering the sign-in it started (OAuth2's `state`), is listened to.
    if (!pending || message.state !== pending.state || (pending.popup && source !== pending.popup)) return;
    this.pending = null;
    const { output, editor } = this.parts;
    const target = editor.workspace.getBlockById(pending.blockId)?.getInputTargetBlock('ACCESS_TOKEN');
    if (!message.accessToken || !VISIBLE_ASCII.test(message.accessToken) || target?.type !== 'text') {
      output.append([({ text }) => fill(text.accessTokenRefused, { error: message.error ?? '?' })], 'info');
      return;
    }
    target.setFieldValue(message.accessToken, 'TEXT');
    output.append([({ text }) => fill(text.accessTokenReady, { provider: pending.provider })], 'info');
  }
}

function isHandover(data: unknown): data is Handover {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HANDOVER;
}

/** The text of the plain text block in `input`, or null when something else is plugged in there. */
function textOf(block: BlocklyNS.Block, input: string): string | null {
  const target = block.getInputTargetBlock(input);
  if (target?.type !== 'text') return null;
  const value: unknown = target.getFieldValue('TEXT');
  return typeof value === 'string' ? value : null;
}
