// One emulated Backendless app: its two keys and the services the routes call — sessions (login-service.ts),
// accounts, e-mails, roles, the local OAuth2 provider and the admin side. Pure of HTTP: the routes only read
// requests and call these. Each change is committed before it is answered and undone when its write fails.
import { AccountService } from './account-service.ts';
import { AdminService } from './admin-service.ts';
import { AppState, type Caller, type EmulatedAppConfig, type KeyKind } from './app-state.ts';
import { EmailService } from './email-service.ts';
import { ServerLogic } from './logic/server-logic.ts';
import { LoginService } from './login-service.ts';
import { OAuthService } from './oauth-service.ts';
import { RoleService } from './role-service.ts';

export type { Caller, EmulatedAppConfig, KeyKind } from './app-state.ts';

/** One emulated Backendless application. Create with {@link EmulatedApp.create}; give its data file back with close. */
export class EmulatedApp {
  readonly #state: AppState;
  readonly sessions: LoginService;
  readonly accounts: AccountService;
  readonly email: EmailService;
  readonly roles: RoleService;
  readonly oauth: OAuthService;
  readonly admin: AdminService;
  /** The server logic (Codeless / CodeRunner event handlers) the Users operations run. */
  readonly logic: ServerLogic;

  private constructor(state: AppState) {
    this.#state = state;
    this.sessions = new LoginService(state);
    this.email = new EmailService(state);
    this.accounts = new AccountService(state, this.email);
    this.roles = new RoleService(state);
    this.oauth = new OAuthService(state, this.sessions);
    this.admin = new AdminService(state, this.roles);
    this.logic = new ServerLogic(this, state);
    state.userEvents = this.logic;
  }

  /** Builds an app from its seed and, when given, its data file (see {@link AppState.create}). */
  static async create(config: EmulatedAppConfig): Promise<EmulatedApp> {
    return new EmulatedApp(await AppState.create(config));
  }

  get appId(): string {
    return this.#state.appId;
  }

  get apiKey(): string {
    return this.#state.apiKey;
  }

  get serverKey(): string {
    return this.#state.serverKey;
  }

  /** Where the emulator listens, once it does: e-mailed links and OAuth2 URLs start with it. */
  set serverURL(url: string) {
    this.#state.serverURL = url;
  }

  get serverURL(): string {
    return this.#state.serverURL;
  }

  /** Which key an API key in a path is (either case, as Backendless accepts); undefined for neither. */
  keyKind(apiKey: string): KeyKind | undefined {
    const given = apiKey.toLowerCase();
    if (given === this.#state.apiKey.toLowerCase()) return 'client';
    if (given === this.#state.serverKey.toLowerCase()) return 'server';
    return undefined;
  }

  /** Waits for pending data-file writes, then gives the file up for another emulator. Idempotent. */
  async close(): Promise<void> {
    await this.logic.close();
    await this.#state.close();
  }

  /** `GET info`: what the SDK's initApp reads (logging levels, real-time URL, the app's id and key). */
  info(caller: Caller): Record<string, unknown> {
    this.#state.callerUser(caller);
    // The SDK only opens a real-time socket when a page subscribes to something; the emulator has no real-time
    // server, so this points back at itself and such a socket would fail visibly.
    const apiKey = caller.key === 'server' ? this.serverKey : this.apiKey;
    return {
      appId: this.appId,
      apiKey,
      rtURL: this.serverURL,
      loggers: [{ name: 'Global logger', level: 'ALL' }],
      emulator: true,
    };
  }
}
