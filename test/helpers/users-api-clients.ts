// The clients `test/integration/users-api.test.ts` runs its table of cases with: each makes an app instance shaped
// like the official SDK's (`UserService`, `User`) for an emulator address. The official SDK is here; a client of
// our own is added to `usersApiClients` and then has to pass every case unchanged.
import Backendless from 'backendless';
import type { EmulatorAddress } from '../../emulator/contract.ts';
import { createBackendless } from '../../runtime/index.ts';

/** A user object as the SDK hands it out (a `Backendless.User`): any properties. */
export type ClientUser = Record<string, unknown> & { objectId: string };

/** The part of the SDK's `UserService` the cases call, with the SDK's arguments. */
export interface ClientUserService {
  login(login: string | number, password?: string | boolean, stayLoggedIn?: boolean): Promise<ClientUser>;
  loginAsGuest(stayLoggedIn?: boolean): Promise<ClientUser>;
  loginWithOauth2(
    providerCode: string,
    accessToken: string,
    guestUser?: unknown,
    fieldsMapping?: unknown,
    stayLoggedIn?: boolean,
  ): Promise<ClientUser>;
  logout(): Promise<void>;
  register(user: Record<string, unknown>): Promise<ClientUser>;
  update(user: Record<string, unknown>): Promise<ClientUser>;
  restorePassword(identity: string): Promise<unknown>;
  resendEmailConfirmation(identity: string | number): Promise<unknown>;
  createEmailConfirmationURL(identity: string | number): Promise<{ confirmationURL: string }>;
  verifyPassword(password: string): Promise<boolean>;
  getUserRoles(userId?: string): Promise<string[]>;
  findByRole(role: string, loadRoles?: boolean | null, query?: Record<string, unknown> | null): Promise<ClientUser[]>;
  assignRole(identity: string, role: string): Promise<unknown>;
  unassignRole(identity: string, role: string): Promise<unknown>;
  enableUser(objectId: string): Promise<unknown>;
  disableUser(objectId: string): Promise<unknown>;
  getAuthorizationUrlLink(
    providerCode: string,
    fieldsMapping?: Record<string, string> | null,
    scope?: string | null,
    redirect?: boolean,
    redirectAfterLoginUrl?: string,
    callbackUrlDomain?: string,
  ): Promise<string>;
  describeUserClass(): Promise<Array<{ name: string; type: string }>>;
  isValidLogin(): Promise<boolean>;
  getCurrentUser(reload?: boolean): Promise<ClientUser | null>;
  getCurrentUserToken(): string | null;
  setCurrentUser(user: Record<string, unknown> | null, stayLoggedIn?: boolean): unknown;
  loggedInUser(): string | null;
}

/** An app instance of a client: its user service and its user class. */
export interface ClientApp {
  UserService: ClientUserService;
  User: new (properties?: Record<string, unknown>) => ClientUser;
}

/** A client the table runs with. */
export interface UsersApiClient {
  name: string;
  /** A new, independent app instance (its own current user) for an emulator's address and key. */
  create(address: EmulatorAddress): ClientApp;
}

/** The official `backendless` SDK (v8), standalone instances. */
export const officialSdk: UsersApiClient = {
  name: 'official SDK (backendless@8)',
  create: ({ url, appId, apiKey }) =>
    (Backendless as unknown as { initApp(config: object): ClientApp }).initApp({
      appId,
      apiKey,
      serverURL: url,
      standalone: true,
    }),
};

/** Our runtime (`codeless-blocks/runtime`), independent instances with its defaults. */
export const ourRuntime: UsersApiClient = {
  name: 'codeless-blocks runtime',
  create: ({ url, appId, apiKey }) => createBackendless({ appId, apiKey, serverURL: url }) as unknown as ClientApp,
};

/** Every client the users-api table runs with. */
export const usersApiClients: UsersApiClient[] = [officialSdk, ourRuntime];
