// Security roles: Backendless' system roles, which follow from how a request is made and never are stored, and the
// app's custom roles, which are defined (seed, data file, admin API) and assigned to users (server key or admin API).
import { roleNameProblem } from './contract.ts';
import { errors } from './errors.ts';
import { MAX_CUSTOM_ROLES, MAX_ROLE_NAME_LENGTH } from './limits.ts';
import type { StoredUser } from './users.ts';

/**
 * Backendless' system roles ("About Roles" in its documentation): by authentication, by social network, and by the
 * kind of API key a request carries.
 */
export const SYSTEM_ROLES: readonly string[] = Object.freeze([
  'NotAuthenticatedUser',
  'AuthenticatedUser',
  'SocialUser',
  'FacebookUser',
  'GooglePlusUser',
  'TwitterUser',
  'ASUser',
  'AndroidUser',
  'DotNetUser',
  'IOSUser',
  'JSUser',
  'RestUser',
  'ServerCodeUser',
]);

// The social system roles Backendless names, by the provider codes the SDK sends.
const PROVIDER_ROLES: Readonly<Record<string, string>> = {
  facebook: 'FacebookUser',
  googleplus: 'GooglePlusUser',
  twitter: 'TwitterUser',
};

/** True for one of Backendless' system roles (names compare exactly, as Backendless' do). */
export function isSystemRole(name: string): boolean {
  return SYSTEM_ROLES.includes(name);
}

/**
 * The system roles a signed-in user holds: a guest counts as not authenticated (the issue's rule for Backendless'
 * guests), everyone else as authenticated, and an account made by an OAuth2 provider as a social one too.
 */
function systemRolesOf(user: StoredUser): string[] {
  if (user.userStatus === 'GUEST') return ['NotAuthenticatedUser'];
  const roles = ['AuthenticatedUser'];
  if (user.social) {
    roles.push('SocialUser');
    const providerRole = PROVIDER_ROLES[user.social.provider];
    if (providerRole) roles.push(providerRole);
  }
  return roles;
}

/** Every role a user holds: system roles, then custom ones. */
export function rolesOf(user: StoredUser): string[] {
  return [...systemRolesOf(user), ...user.roles];
}

/** Checks a custom role name: 8008 unless it is a name of letters, digits, `_` and `-` within the length limit. */
export function checkRoleName(name: unknown): string {
  const problem = roleNameProblem(name, MAX_ROLE_NAME_LENGTH);
  if (problem !== undefined) throw errors.invalidParameter(`'roleName': ${problem}`);
  return name as string;
}

/** The app's custom roles. */
export class RoleStore {
  #custom = new Set<string>();

  /** Custom roles, in the order they were added. */
  custom(): string[] {
    return [...this.#custom];
  }

  /** True for a system role or a custom role that exists. */
  exists(name: string): boolean {
    return isSystemRole(name) || this.#custom.has(name);
  }

  hasCustom(name: string): boolean {
    return this.#custom.has(name);
  }

  /** Adds a custom role (validated; 8008 for a system role's name or past the limit); false when it existed. */
  add(name: string): boolean {
    checkRoleName(name);
    if (isSystemRole(name)) throw errors.invalidParameter(`'roleName': ${name} is a system role`);
    if (this.#custom.has(name)) return false;
    if (this.#custom.size >= MAX_CUSTOM_ROLES) {
      throw errors.invalidParameter(`'roleName': an app has at most ${MAX_CUSTOM_ROLES} custom roles`);
    }
    this.#custom.add(name);
    return true;
  }

  remove(name: string): boolean {
    return this.#custom.delete(name);
  }

  /** Replaces every custom role (a reset, an import, or undoing one). */
  replaceAll(names: Iterable<string>): void {
    this.#custom = new Set(names);
  }
}
