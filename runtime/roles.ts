// The role calls of Backendless.UserService: a user's roles, the users of a role, assigning and unassigning
// roles. SDK v8's arguments, messages, URLs and results.
import { checkArgument, isId, isText } from './errors.ts';
import { segment } from './http.ts';
import { isObject } from './storage.ts';
import { asUser } from './user.ts';
import type { Call } from './http.ts';

/**
 * A find query as URL parameters, as the SDK's `DataQueryBuilder.toQueryString` writes its keys (`pageSize`,
 * `offset`, `properties`, `excludeProps`, `where`, `having`, `sortBy`, `groupBy`, `relations`, `relationsDepth`,
 * `relationsPageSize`, `distinct`, `fileReferencePrefix`): numbers when above 0, texts when not empty (escaped),
 * `true` (which is above 0 too), lists joined with commas, one `property=` per property, `relations` as `loadRelations` (`*` when empty).
 * Keys come in the object's order — the SDK's order for a builder's `toJSON()` and for an object written in it.
 */
function queryParameters(query: object): string[] {
  const parameters: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    const list = Array.isArray(value) && value.map(segment);
    if (list ? list.length || key === 'relations' : value > 0 || isText(value)) {
      parameters.push(
        key === 'properties'
          ? 'property=' + (list as string[]).join('&property=')
          : (key === 'relations' ? 'loadRelations' : key) + '=' + (list ? list.join() || '*' : segment(value)),
      );
    }
  }
  return parameters;
}

/** The calls above, for `createUserService` to add to the service. */
export function roleCalls(request: Call) {
  const changeRole = (operation: string, user: unknown, roleName: unknown) => {
    checkArgument(isId(user), 'User identity must be a string or number and can not be empty.');
    checkArgument(isText(roleName), 'Role Name must be a string and can not be empty.');
    return request('POST', 'users/' + operation, undefined, { user, roleName });
  };

  return {
    getUserRoles: (userId?: unknown) =>
      request('GET', 'users/userroles' + (userId ? '/' + segment(userId) : ''), Array.isArray),

    async findByRole(roleName: unknown, loadRoles?: unknown, query?: unknown) {
      checkArgument(isText(roleName), 'Role Name must be a string and can not be empty');
      checkArgument(
        loadRoles == null || typeof loadRoles === 'boolean',
        'The second argument "loadRoles" can be a boolean only',
      );
      checkArgument(
        query == null || isObject(query),
        'The third argument "query" can be an instance of DataQueryBuilder or a plain object only',
      );
      const parameters = typeof loadRoles === 'boolean' ? ['loadRoles=' + loadRoles] : [];
      if (query) parameters.push(...queryParameters(query));
      const path = 'users/role/' + segment(roleName) + (parameters.length ? '?' + parameters.join('&') : '');
      const users = await request('GET', path, (data) => Array.isArray(data) && data.every(isObject));
      return (users as object[]).map(asUser);
    },

    assignRole: (identity: unknown, roleName: unknown) => changeRole('assignRole', identity, roleName),
    unassignRole: (identity: unknown, roleName: unknown) => changeRole('unassignRole', identity, roleName),
  };
}
