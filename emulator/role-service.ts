// Roles on the user service's routes: Get User Roles, Find Users by Role (with loadRoles and a data query's
// where clause, paging, properties and sorting), and Assign / Unassign Role — server key only, refused with Backendless' 2011 for
// the client key; system roles cannot be assigned (2007) or unassigned (2008), unknown ones are 2005.
import type { AppState, Caller } from './app-state.ts';
import type { JsonValue, PublicUser } from './contract.ts';
import { errors } from './errors.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './limits.ts';
import { rolesOf } from './roles.ts';
import { toPublicUser, type StoredUser } from './users.ts';
import { parseWhere } from './where.ts';

/** A query string as the router hands it over: each parameter once or repeated. */
export type QueryParameters = Record<string, string | string[] | undefined>;

// Parts of a data query the emulator has nothing to apply to (the Users table has no relations) and ignores.
const IGNORED_PARAMETERS = new Set([
  'loadRelations',
  'relationsDepth',
  'relationsPageSize',
  'distinct',
  'fileReferencePrefix',
]);
// Parts it does not evaluate (aggregates): refused with a message rather than answered as if they had been applied.
const UNSUPPORTED_PARAMETERS = new Set(['having', 'groupBy']);
// Properties every object keeps whatever a query selects.
const ALWAYS_KEPT = ['objectId', '___class'];

/** The role operations of the user service. */
export class RoleService {
  readonly #state: AppState;

  constructor(state: AppState) {
    this.#state = state;
  }

  /**
   * `GET users/userroles[/<userId>]`: the roles of the signed-in user (a guest's, or nobody's: NotAuthenticatedUser);
   * another user's with the server key only (2011).
   */
  getUserRoles(caller: Caller, userId?: string): string[] {
    const state = this.#state;
    if (userId !== undefined) {
      if (caller.key !== 'server') throw errors.rolesOnlyWithServerKey();
      state.callerUser(caller);
      const user = state.users.findById(userId);
      if (!user) throw errors.unknownUser(userId);
      return rolesOf(user);
    }
    const user = state.callerUser(caller);
    return user ? rolesOf(user) : ['NotAuthenticatedUser'];
  }

  /** `GET users/role/<role>`: the users who hold a role (2005 for an unknown role), a page at a time. */
  findByRole(role: string, query: QueryParameters, caller: Caller): PublicUser[] {
    const state = this.#state;
    state.callerUser(caller);
    // "Works only with custom roles, otherwise an error message will be returned" (Backendless' documentation).
    state.roles.requireCustom(role, () =>
      errors.invalidParameter(
        `'role': Find Users by Role works with custom roles only; ${role.slice(0, 80)} is a system role`,
      ),
    );
    const options = readQuery(query);
    const members = state.users
      .all()
      .filter((user) => rolesOf(user).includes(role) && options.where(toPublicUser(user)));
    const sorted = options.sortBy.length === 0 ? members : [...members].sort(compareBy(options.sortBy));
    return sorted
      .slice(options.offset, options.offset + options.pageSize)
      .map((user) => select(toPublicUser(user), options, options.loadRoles ? rolesOf(user) : undefined));
  }

  /** `POST users/assignRole` with `{ user: identity or objectId, roleName }`: 2007 for a system role. */
  async assignRole(body: Record<string, unknown>, caller: Caller): Promise<void> {
    const { user, roleName } = this.#roleCall(body, caller, errors.systemRoleNotAssignable);
    await this.giveRole(user, roleName);
  }

  /** `POST users/unassignRole` with `{ user: identity or objectId, roleName }`: 2008 for a system role. */
  async unassignRole(body: Record<string, unknown>, caller: Caller): Promise<void> {
    const { user, roleName } = this.#roleCall(body, caller, errors.systemRoleNotUnassignable);
    await this.takeRole(user, roleName);
  }

  /** Gives a user a custom role, committed (the admin API uses this too); nothing when the user holds it. */
  async giveRole(user: StoredUser, role: string): Promise<void> {
    if (!user.roles.includes(role)) await this.#commitRoles(user, [...user.roles, role]);
  }

  /** Takes a custom role from a user, committed (the admin API uses this too); nothing when the user lacks it. */
  async takeRole(user: StoredUser, role: string): Promise<void> {
    if (user.roles.includes(role))
      await this.#commitRoles(
        user,
        user.roles.filter((held) => held !== role),
      );
  }

  /** Who and which role a role call names, checked: the server key, a custom role, an existing user. */
  #roleCall(
    body: Record<string, unknown>,
    caller: Caller,
    systemRoleError: (roleName: string) => Error,
  ): { user: StoredUser; roleName: string } {
    const state = this.#state;
    if (caller.key !== 'server') throw errors.rolesOnlyWithServerKey();
    state.callerUser(caller);
    const { user: identity, roleName } = body;
    if (typeof roleName !== 'string' || roleName === '') throw errors.requiredParameterNull('roleName');
    if (typeof identity !== 'string' && typeof identity !== 'number') throw errors.requiredParameterNull('user');
    state.roles.requireCustom(roleName, systemRoleError);
    const user = state.users.findByIdentityOrId(String(identity));
    if (!user) throw errors.unknownUser(String(identity));
    return { user, roleName };
  }

  async #commitRoles(user: StoredUser, roles: string[]): Promise<void> {
    const state = this.#state;
    const next: StoredUser = { ...user, roles };
    state.users.replace(user, next);
    await state.commit(() => state.putBack(next, user));
  }
}

interface QueryOptions {
  where: (user: PublicUser) => boolean;
  loadRoles: boolean;
  pageSize: number;
  offset: number;
  properties: string[];
  excludeProps: string[];
  sortBy: Array<{ property: string; descending: boolean }>;
}

/** Reads a data query's parameters; 8008 naming one the emulator cannot apply or a value it cannot use. */
function readQuery(query: QueryParameters): QueryOptions {
  const options: QueryOptions = {
    where: () => true,
    loadRoles: false,
    pageSize: DEFAULT_PAGE_SIZE,
    offset: 0,
    properties: [],
    excludeProps: [],
    sortBy: [],
  };
  for (const [name, raw] of Object.entries(query)) {
    const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    const last = values.at(-1) ?? '';
    const list = values
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean);
    if (IGNORED_PARAMETERS.has(name)) continue;
    if (UNSUPPORTED_PARAMETERS.has(name)) {
      throw errors.invalidParameter(`'${name}': the emulator does not evaluate ${name} clauses in Find Users by Role`);
    }
    switch (name) {
      case 'where':
        options.where = parseWhere(last);
        break;
      case 'loadRoles':
        if (last !== 'true' && last !== 'false') throw errors.invalidParameter("'loadRoles': must be true or false");
        options.loadRoles = last === 'true';
        break;
      case 'pageSize':
        options.pageSize = wholeNumber(name, last, 1, MAX_PAGE_SIZE);
        break;
      case 'offset':
        options.offset = wholeNumber(name, last, 0, Number.MAX_SAFE_INTEGER);
        break;
      case 'property':
      case 'props':
        options.properties.push(...list);
        break;
      case 'excludeProps':
        options.excludeProps.push(...list);
        break;
      case 'sortBy':
        options.sortBy = list.map((entry) => {
          const [property = '', direction = 'asc'] = entry.split(/\s+/);
          if (!/^(asc|desc)$/i.test(direction)) throw errors.invalidParameter(`'sortBy': ${entry.slice(0, 80)}`);
          return { property, descending: direction.toLowerCase() === 'desc' };
        });
        break;
      default:
        throw errors.invalidParameter(`'${name.slice(0, 80)}': not a parameter of Find Users by Role`);
    }
  }
  return options;
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const number = /^\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max))
    throw errors.invalidParameter(`'${name}': a whole number from ${min} to ${max}`);
  return number;
}

/** Orders users by the given properties; absent values (null) sort first, as databases put NULL first ascending. */
function compareBy(sortBy: QueryOptions['sortBy']): (a: StoredUser, b: StoredUser) => number {
  return (a, b) => {
    const left = toPublicUser(a);
    const right = toPublicUser(b);
    for (const { property, descending } of sortBy) {
      const order = compareValues(left[property] ?? null, right[property] ?? null);
      if (order !== 0) return descending ? -order : order;
    }
    return 0;
  };
}

function compareValues(a: JsonValue, b: JsonValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** The properties a query selects (all but excluded ones when it names none), plus the roles when asked for. */
function select(user: PublicUser, options: QueryOptions, roles: string[] | undefined): PublicUser {
  let selected = user;
  if (options.properties.length > 0 && !options.properties.includes('*')) {
    const keep = new Set([...options.properties, ...ALWAYS_KEPT]);
    selected = Object.fromEntries(Object.entries(user).filter(([key]) => keep.has(key)));
  }
  if (options.excludeProps.length > 0) {
    selected = Object.fromEntries(
      Object.entries(selected).filter(([key]) => ALWAYS_KEPT.includes(key) || !options.excludeProps.includes(key)),
    );
  }
  return roles === undefined ? selected : { ...selected, roles };
}
