// Backendless.User: the class of every user object the runtime hands out, as in the official SDK.
import type { BackendlessError } from './errors.ts';

/** A user object as Backendless returns it (never with a password); `user-token` only after a login. */
export interface BackendlessUser {
  objectId?: string;
  email?: string;
  name?: string;
  'user-token'?: string;
  ___class?: string;
  [property: string]: unknown;
}

/**
 * `new Backendless.User({ email, password })`: a record of the Users table. Every user the runtime resolves with
 * (login, register, update, getCurrentUser, findByRole…) is one, so `instanceof Backendless.User` holds as with the
 * official SDK; `___class` is `'Users'`.
 */
export class User implements BackendlessUser {
  [property: string]: unknown;
  declare objectId?: string;
  declare email?: string;
  declare name?: string;
  declare 'user-token'?: string;
  declare ___class: string;

  constructor(properties?: object) {
    Object.assign(this, properties);
    this.___class = 'Users';
  }
}

/** The SDK's conversion of an answer into a User: `___class` first, then the answer's own properties. */
export const asUser = (data: unknown): User => Object.assign(new User(), data);

/**
 * The non-blocking calling style: pass it as the last argument. The call still returns its promise;
 * that promise never causes an unhandled rejection, because the fault goes to `handleFault` (a
 * responder without `handleFault` lets the fault surface as an unhandled rejection, so it is not lost).
 */
export interface Responder<T> {
  handleResponse?(result: T): void;
  handleFault?(error: BackendlessError): void;
}
