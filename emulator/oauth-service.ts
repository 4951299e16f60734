// The local OAuth2 provider, so that Get Authorization URL and Login with OAuth2 run end to end offline. Every
// provider code is played by the emulator itself: its consent page (`/_emulator/oauth/<provider>/authorize`) asks
// who signs in and hands back what the real flows hand back —
//  - a sign-in started by `POST users/oauth/<provider>/request_url` (Backendless' "login without the provider's
//    SDK") ends signed in to the app: the browser goes to `redirectAfterLoginUrl` with `userToken` and `userId`;
//  - a page that asks the provider itself (`?response_type=token&redirect_uri=…`, OAuth2's implicit grant, what a
//    provider's SDK does in a browser) gets an access token in the fragment, for Login with OAuth2.
import type { AppState, Caller } from './app-state.ts';
import { errors } from './errors.ts';
import { MAX_OAUTH_SCOPE_LENGTH, MAX_REDIRECT_URL_LENGTH, PROVIDER_TOKEN_LIFETIME_MS } from './limits.ts';
import { checkFieldsMapping, checkProviderCode, type LoginService } from './login-service.ts';
import { providerIdFor, type OAuthRequest } from './oauth.ts';
import { checkEmail, checkName } from './user-properties.ts';

/** What `POST users/oauth/<provider>/request_url` answers: the consent page's URL, to return or redirect to. */
export interface AuthorizationURL {
  url: string;
  /** false when the client asked for the URL itself (`redirect: false`); otherwise the server redirects to it. */
  redirect: boolean;
}

/** A consent page to show: for a sign-in to the app, or for an app asking the provider for an access token. */
export type ConsentRequest =
  | { flow: 'backendless'; provider: string; request: OAuthRequest }
  | { flow: 'token'; provider: string; redirectUri: string; state: string | null };

/** Where the browser goes after the consent page, or the text of the page that ends the flow. */
export type ConsentOutcome = { redirect: string } | { done: string };

/** The local provider's operations. */
export class OAuthService {
  readonly #state: AppState;
  readonly #login: LoginService;

  constructor(state: AppState, login: LoginService) {
    this.#state = state;
    this.#login = login;
  }

  /** `POST users/oauth/<provider>/request_url`: keeps the sign-in and answers the consent page's URL. */
  requestUrl(providerCode: string, body: Record<string, unknown>): AuthorizationURL {
    const provider = checkProviderCode(providerCode);
    const { fieldsMapping, permissions, redirect, redirectAfterLoginUrl, callbackUrlDomain } = body;
    if (redirect !== undefined && redirect !== null && typeof redirect !== 'boolean') {
      throw errors.invalidParameter("'redirect': must be true or false");
    }
    if (callbackUrlDomain !== undefined && callbackUrlDomain !== null && typeof callbackUrlDomain !== 'string') {
      throw errors.invalidParameter("'callbackUrlDomain': must be a string");
    }
    const request = this.#state.oauth.addRequest(
      {
        provider,
        fieldsMapping: checkFieldsMapping(fieldsMapping),
        scope: checkScope(permissions),
        redirectAfterLoginUrl:
          redirectAfterLoginUrl === undefined || redirectAfterLoginUrl === null
            ? null
            : this.#allowedRedirect(
                'redirectAfterLoginUrl',
                checkRedirectUrl('redirectAfterLoginUrl', redirectAfterLoginUrl),
              ),
      },
      this.#state.now(),
    );
    const url = `${this.#state.serverURL}/_emulator/oauth/${provider}/authorize?request=${request.id}`;
    // "If the parameter is omitted, the server performs an HTTP redirect" (Backendless' documentation).
    return { url, redirect: redirect !== false };
  }

  /** A checked redirect URL the consent page may send a person to; 8008 saying why otherwise. */
  #allowedRedirect(name: string, url: string): string {
    const { redirectOrigins } = this.#state.settings;
    if (!isAllowedRedirect(url, redirectOrigins)) {
      throw errors.invalidParameter(
        `'${name}': the consent page sends a person (and a token) only to this machine or to an origin the app lists; ` +
          `${new URL(url).origin} is neither. List it in the setting redirectOrigins (codeless emulator ` +
          `--redirect-origin ORIGIN, or the console's Settings) if it is yours`,
      );
    }
    return url;
  }

  /**
   * What a consent page is for, from its query: `request=<id>` (a sign-in to the app) or `response_type=token`
   * with `redirect_uri` (and `state`). 8008 naming what is missing or wrong; 8008 for an expired sign-in too.
   */
  consentRequest(providerCode: string, query: Record<string, unknown>): ConsentRequest {
    const provider = checkProviderCode(providerCode);
    if (query.request !== undefined) {
      const request =
        typeof query.request === 'string' ? this.#state.oauth.findRequest(query.request, this.#state.now()) : undefined;
      if (!request || request.provider !== provider) {
        throw errors.invalidParameter(
          "'request': this sign-in is unknown, finished or expired (10 minutes): start it again",
        );
      }
      if (request.redirectAfterLoginUrl !== null)
        this.#allowedRedirect('redirectAfterLoginUrl', request.redirectAfterLoginUrl);
      return { flow: 'backendless', provider, request };
    }
    if (query.response_type !== 'token') {
      throw errors.invalidParameter(
        "'response_type': the local provider hands out access tokens (response_type=token)",
      );
    }
    const state = query.state;
    if (state !== undefined && (typeof state !== 'string' || state.length > 500)) {
      throw errors.invalidParameter("'state': at most 500 characters");
    }
    return {
      flow: 'token',
      provider,
      redirectUri: this.#allowedRedirect('redirect_uri', checkRedirectUrl('redirect_uri', query.redirect_uri)),
      state: state ?? null,
    };
  }

  /**
   * The consent page's answer. Allowed: the person (an e-mail address, a name) signs in — to the app, or the app gets
   * an access token. Denied: the app hears `error=access_denied`, as OAuth2 says.
   */
  async consent(
    consent: ConsentRequest,
    allowed: boolean,
    person: { email: unknown; name: unknown },
    caller: Caller,
  ): Promise<ConsentOutcome> {
    const state = this.#state;
    if (allowed) {
      checkEmail(person.email);
      checkName(person.name);
    }
    // The first answer ends a sign-in: taken before anything waits, so answers that overlap cannot all pass.
    if (consent.flow === 'backendless' && !state.oauth.claimRequest(consent.request.id, state.now())) {
      throw errors.invalidParameter("'request': this sign-in was answered already, or it expired: start it again");
    }
    if (!allowed) {
      if (consent.flow === 'token')
        return { redirect: withFragment(consent.redirectUri, { error: 'access_denied', state: consent.state }) };
      const back = consent.request.redirectAfterLoginUrl;
      return back ? { redirect: withQuery(back, { error: 'access_denied' }) } : { done: 'The sign-in was cancelled.' };
    }
    const email = person.email as string;
    const name = typeof person.name === 'string' && person.name !== '' ? person.name : null;
    const profile = { id: providerIdFor(consent.provider, email), email, name };
    if (consent.flow === 'token') {
      const token = state.oauth.issueToken(consent.provider, profile, state.now());
      return {
        redirect: withFragment(consent.redirectUri, {
          access_token: token.token,
          token_type: 'Bearer',
          expires_in: String(PROVIDER_TOKEN_LIFETIME_MS / 1000),
          state: consent.state,
        }),
      };
    }
    const { request } = consent;
    let user;
    try {
      user = await this.#login.signInWithProvider(consent.provider, profile, request.fieldsMapping, caller);
    } catch (error) {
      // A refusal (a disabled account, registration off…) leaves the page able to ask again, as the page says.
      state.oauth.returnRequest(request);
      throw error;
    }
    const signedIn = `Signed in to the app as ${email}.`;
    if (!request.redirectAfterLoginUrl) return { done: `${signedIn} You can close this page.` };
    return {
      redirect: withQuery(request.redirectAfterLoginUrl, {
        userToken: String(user['user-token']),
        userId: String(user.objectId),
      }),
    };
  }
}

/** Whether the consent page may send a person to a URL: a loopback origin, or one the app lists. */
export function isAllowedRedirect(url: string, redirectOrigins: readonly string[]): boolean {
  const { origin, hostname } = new URL(url);
  return isLoopbackHost(hostname) || redirectOrigins.includes(origin);
}

/** `localhost` (and names under it), `127.x.x.x` and `[::1]`: names that reach this machine only. */
function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

function checkScope(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const scope = Array.isArray(value) && value.every((entry) => typeof entry === 'string') ? value.join(' ') : value;
  if (typeof scope !== 'string' || scope.length > MAX_OAUTH_SCOPE_LENGTH) {
    throw errors.invalidParameter(`'permissions': a scope of at most ${MAX_OAUTH_SCOPE_LENGTH} characters`);
  }
  return scope;
}

/** An absolute http(s) URL a browser may be sent to; 8008 otherwise. */
function checkRedirectUrl(name: string, value: unknown): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' && value.length <= MAX_REDIRECT_URL_LENGTH ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '') {
    throw errors.invalidParameter(`'${name}': an http or https URL of at most ${MAX_REDIRECT_URL_LENGTH} characters`);
  }
  return url.href;
}

/** A URL with parameters added to its query (its fragment kept last). */
function withQuery(url: string, parameters: Record<string, string>): string {
  const target = new URL(url);
  for (const [name, value] of Object.entries(parameters)) target.searchParams.set(name, value);
  return target.href;
}

/** A URL with parameters in its fragment, as OAuth2's implicit grant hands a token back (never to the server). */
function withFragment(url: string, parameters: Record<string, string | null>): string {
  const target = new URL(url);
  const fragment = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) if (value !== null) fragment.set(name, value);
  target.hash = fragment.toString();
  return target.href;
}
