// Security roles: Backendless' system roles, which follow from how a request is made and never are stored, and the
// app's custom roles, which are defined (seed, data file, admin API) and assigned to users (server key or admin API).
import { roleNameProblem } from './contract.ts';
import { errors } from './errors.ts';
import { MAX_CUSTOM_ROLES } from './limits.ts';
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

/**
 * A new custom role name's problem, or undefined: the contract's rule of its shape, then no system role's name. The
 * one check of a role name, wherever it comes from (the admin API, the start options, the data file, an import).
 */
export function customRoleNameProblem(name: unknown): string | undefined {
  const problem = roleNameProblem(name);
  if (problem !== undefined) return problem;
  return typeof name === 'string' && isSystemRole(name) ? `${name} is a system role` : undefined;
}

/** A list of custom role names' problem, naming the entry at fault (`roles[2]: …`), or undefined. */
export function roleListProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'roles must be an array of role names';
  if (value.length > MAX_CUSTOM_ROLES) return `roles holds more than ${MAX_CUSTOM_ROLES} roles`;
  for (const [index, name] of value.entries()) {
    const problem = customRoleNameProblem(name);
    if (problem !== undefined) return `roles[${index}]: ${problem}`;
  }
  return undefined;
}

/** The app's custom roles. */
export class RoleStore {
  #custom = new Set<string>();

  /** Custom roles, in the order they were added. */
  custom(): string[] {
    return [...this.#custom];
  }

  hasCustom(name: string): boolean {
    return this.#custom.has(name);
  }

  /**
   * Throws unless `name` is one of the app's custom roles: `systemRole(name)` for a system role (each caller has
   * Backendless' own error for it), 2005 for a role the app lacks.
   */
  requireCustom(name: string, systemRole: (name: string) => Error): void {
    if (isSystemRole(name)) throw systemRole(name);
    if (!this.#custom.has(name)) throw errors.roleNotFound(name);
  }

  /** Adds a custom role (8008 for a bad or system name, or past the limit); false when it existed. */
  add(name: string): boolean {
    const problem = customRoleNameProblem(name);
    if (problem !== undefined) throw errors.invalidParameter(`'name': ${problem}`);
    if (this.#custom.has(name)) return false;
    if (this.#custom.size >= MAX_CUSTOM_ROLES) {
      throw errors.invalidParameter(`'name': an app has at most ${MAX_CUSTOM_ROLES} custom roles`);
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
