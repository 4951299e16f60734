// The local OAuth2 provider's memory: sign-ins started by Get Authorization URL and waiting on the consent page,
// and the access tokens the provider has handed out (what Login with OAuth2 exchanges for a session). Both are
// short-lived and bounded; neither is written to the data file (a restart simply asks again).
import { createHash, randomBytes } from 'node:crypto';
import {
  MAX_PENDING_OAUTH_REQUESTS,
  MAX_PROVIDER_TOKENS,
  OAUTH_REQUEST_LIFETIME_MS,
  PROVIDER_TOKEN_LIFETIME_MS,
} from './limits.ts';
import { normalizeIdentity } from './users.ts';

/** A sign-in started by `POST users/oauth/<provider>/request_url`, waiting for the person's consent. */
export interface OAuthRequest {
  id: string;
  provider: string;
  /** Provider property → Users column. */
  fieldsMapping: Record<string, string>;
  scope: string | null;
  /** Where the browser goes once signed in (with `userToken` and `userId`); null: a page says it is done. */
  redirectAfterLoginUrl: string | null;
  expires: number;
}

/** What the provider knows of the person who consented. */
export interface ProviderProfile {
  /** The provider's id for the person: the same for the same e-mail address, so a second sign-in finds the account. */
  id: string;
  email: string | null;
  name: string | null;
}

/** An access token the local provider handed out. */
export interface ProviderToken {
  token: string;
  provider: string;
  profile: ProviderProfile;
  expires: number;
}

/** The provider's id for a person: a digest of provider and e-mail address (or a random one without an address). */
export function providerIdFor(provider: string, email: string | null): string {
  if (email === null) return randomBytes(12).toString('hex');
  return createHash('sha256')
    .update(`${provider}\n${normalizeIdentity(email)}`)
    .digest('hex')
    .slice(0, 24);
}

/** Pending sign-ins and live provider tokens. */
export class OAuthStore {
  readonly #requests = new Map<string, OAuthRequest>();
  readonly #tokens = new Map<string, ProviderToken>();

  /** Keeps a sign-in for the consent page; the oldest waiting one goes past the limit. */
  addRequest(request: Omit<OAuthRequest, 'id' | 'expires'>, now: number): OAuthRequest {
    const stored: OAuthRequest = {
      ...request,
      id: randomBytes(18).toString('base64url'),
      expires: now + OAUTH_REQUEST_LIFETIME_MS,
    };
    this.#requests.set(stored.id, stored);
    trim(this.#requests, MAX_PENDING_OAUTH_REQUESTS);
    return stored;
  }

  /** A sign-in still waiting (an expired one is forgotten). */
  findRequest(id: string, now: number): OAuthRequest | undefined {
    const request = this.#requests.get(id);
    if (request && request.expires <= now) this.#requests.delete(id);
    return request && request.expires > now ? request : undefined;
  }

  /** Ends a sign-in: each can be answered once. */
  endRequest(id: string): void {
    this.#requests.delete(id);
  }

  /**
   * Takes a waiting sign-in out to answer it: true for the one caller that got it, false when another answer took it
   * first (or it expired). {@link returnRequest} puts it back when the answer was refused.
   */
  claimRequest(id: string, now: number): boolean {
    if (!this.findRequest(id, now)) return false;
    this.#requests.delete(id);
    return true;
  }

  /** Puts a claimed sign-in back, to be answered again (its expiry unchanged). */
  returnRequest(request: OAuthRequest): void {
    this.#requests.set(request.id, request);
  }

  /** Hands out an access token for a person; the oldest token goes past the limit. */
  issueToken(provider: string, profile: ProviderProfile, now: number): ProviderToken {
    const token: ProviderToken = {
      token: `local-${provider}-${randomBytes(24).toString('base64url')}`,
      provider,
      profile,
      expires: now + PROVIDER_TOKEN_LIFETIME_MS,
    };
    this.#tokens.set(token.token, token);
    trim(this.#tokens, MAX_PROVIDER_TOKENS);
    return token;
  }

  /** A token the provider honours, for that provider. */
  findToken(token: string, provider: string, now: number): ProviderToken | undefined {
    const found = this.#tokens.get(token);
    if (found && found.expires <= now) this.#tokens.delete(token);
    return found && found.expires > now && found.provider === provider ? found : undefined;
  }

  clear(): void {
    this.#requests.clear();
    this.#tokens.clear();
  }
}

/** Drops the oldest entries (a Map iterates in insertion order) until at most `limit` remain. */
function trim(map: Map<string, unknown>, limit: number): void {
  for (const key of map.keys()) {
    if (map.size <= limit) return;
    map.delete(key);
  }
}
