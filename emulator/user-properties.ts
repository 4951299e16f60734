// What a client may put into a user: the checks of register (and of the admin API and seed users) with the
// codes Backendless uses, and the bounds on each property so that one request cannot make the emulator hold
// or write much (see limits.ts).
import {
  SYSTEM_PROPERTIES,
  columnNameProblem,
  emailProblem,
  nameProblem,
  normalizeEmail,
  passwordProblem,
  type JsonValue,
} from './contract.ts';
import { errors } from './errors.ts';
import { jsonDepth } from './json.ts';
import {
  MAX_CUSTOM_COLUMNS,
  MAX_JSON_PROPERTY_BYTES,
  MAX_JSON_PROPERTY_DEPTH,
  MAX_TEXT_PROPERTY_LENGTH,
  MAX_USER_PROPERTIES_BYTES,
} from './limits.ts';

/** Properties of a user to create, validated: what register and seeding both produce. */
export interface NewUserProperties {
  email: string;
  password: string;
  name: string | null;
  blUserLocale: string;
  columns: Record<string, JsonValue>;
}

// System columns a client may not set on register; each has its own Backendless error.
const SERVER_OWNED = new Set([
  'ownerId',
  'userStatus',
  'lastLogin',
  'socialAccount',
  'user-token',
  '___class',
  'password',
  // What roles a user holds is the server's to say (loadRoles); a column of that name would let a client seem to hold one.
  'roles',
]);
export { COLUMN_NAME } from './contract.ts';
const DEFAULT_LOCALE = 'en';

/**
 * Validates the properties of a user to register (the body of `POST users/register`, or a seed user)
 * and splits them into identity, password and custom columns. Throws {@link EmulatorError}s with the
 * codes Backendless uses.
 */
export function validateNewUser(body: Record<string, unknown>, minPasswordLength = 1): NewUserProperties {
  if ('objectId' in body) throw errors.objectIdNotAllowed();
  if ('created' in body) throw errors.createdNotAllowed();
  if ('updated' in body) throw errors.updatedNotAllowed();

  const { password, email, name, blUserLocale } = body;
  if (password === undefined || password === null || password === '') throw errors.passwordRequired();
  if (typeof password !== 'string') throw errors.passwordNotString();
  checkPassword(password, minPasswordLength);
  if (email === undefined || email === null || email === '') throw errors.identityMissing('email');
  checkEmail(email);
  checkName(name);
  checkLocale(blUserLocale);

  const columns = customColumns(body, ['password', 'email', 'name', 'blUserLocale', '___class']);
  return {
    email: normalizeEmail(email),
    password,
    name: typeof name === 'string' ? name : null,
    blUserLocale: typeof blUserLocale === 'string' && blUserLocale !== '' ? blUserLocale : DEFAULT_LOCALE,
    columns,
  };
}

/** The body without the properties the server keeps (what a client sends back of an object it received). */
export function withoutSystemProperties(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => !SYSTEM_PROPERTIES.includes(key)));
}

/** Validated changes to a user: what Update User and the admin API may change. */
export interface UserChanges {
  email?: string;
  password?: string;
  name?: string | null;
  blUserLocale?: string;
  /** Custom columns to set; null removes one. */
  columns: Record<string, JsonValue>;
}

/**
 * Validates changes to a user (a system property is 3016: the Backendless route takes them out before, as the
 * server ignores what a client sends back of them; the admin API names them): the identity and the password may be changed
 * but not emptied (3045), the identity keeps register's format (3040), a password is a string (3050), columns keep
 * register's names and bounds (8008).
 */
export function validateUserChanges(body: Record<string, unknown>, minPasswordLength = 1): UserChanges {
  const system = SYSTEM_PROPERTIES.find((key) => key in body);
  if (system !== undefined) throw errors.reservedProperty(system);
  const { email, password, name, blUserLocale } = body;
  const changes: UserChanges = { columns: customColumns(body, ['password', 'email', 'name', 'blUserLocale']) };
  if (email !== undefined) {
    if (email === null || email === '') throw errors.requiredPropertyEmpty('email');
    checkEmail(email);
    changes.email = normalizeEmail(email);
  }
  if (password !== undefined) {
    if (password === null || password === '') throw errors.requiredPropertyEmpty('password');
    if (typeof password !== 'string') throw errors.passwordNotString();
    checkPassword(password, minPasswordLength);
    changes.password = password;
  }
  if (name !== undefined) {
    checkName(name);
    changes.name = name as string | null;
  }
  if (blUserLocale !== undefined && blUserLocale !== null) {
    checkLocale(blUserLocale);
    changes.blUserLocale = blUserLocale as string;
  }
  return changes;
}

/**
 * Checks the custom columns of a stored record (a data file's, an import's) as register checks a body's: names,
 * reserved names, bounded values. Throws the same errors.
 */
export function validateStoredColumns(columns: Record<string, unknown>): Record<string, JsonValue> {
  return customColumns(columns, []);
}

/** Custom columns after `changes` (null removes a column), within the bounds of one user's properties. */
export function mergeColumns(
  current: Record<string, JsonValue>,
  changes: Record<string, JsonValue>,
): Record<string, JsonValue> {
  const merged: Record<string, JsonValue> = { ...current };
  for (const [column, value] of Object.entries(changes)) {
    if (value === null) delete merged[column];
    else merged[column] = value;
  }
  checkColumnsSize(merged);
  return merged;
}

/** A non-empty string password within the app's rule (contract.ts's passwordProblem); 8008 naming the rule otherwise. */
export function checkPassword(password: string, minPasswordLength: number): void {
  const problem = passwordProblem(password, minPasswordLength);
  if (problem !== undefined) throw errors.invalidParameter(`'password': ${problem}`);
}

/** An identity in the shape register accepts; 3040 otherwise. */
export function checkEmail(email: unknown): asserts email is string {
  const problem = emailProblem(email);
  if (problem !== undefined) throw errors.wrongEmailFormat(problem);
}

function checkLocale(blUserLocale: unknown): void {
  if (
    blUserLocale !== undefined &&
    blUserLocale !== null &&
    (typeof blUserLocale !== 'string' || blUserLocale.length > 35)
  ) {
    throw errors.invalidParameter("'blUserLocale': must be a language tag such as 'en'");
  }
}

/** `name`: a text property like any other, or null. */
export function checkName(name: unknown): void {
  const problem = nameProblem(name);
  if (problem !== undefined) throw errors.invalidParameter(`'name': ${problem}`);
}

/**
 * The custom columns of a body (every key not in `known`): checked names, bounded values, as own data
 * properties (`Object.fromEntries` defines them, so a column can never reach `Object.prototype`).
 */
function customColumns(body: Record<string, unknown>, known: readonly string[]): Record<string, JsonValue> {
  const custom = Object.entries(body).filter(([key]) => !known.includes(key));
  if (custom.length > MAX_CUSTOM_COLUMNS) {
    throw errors.invalidParameter(`: at most ${MAX_CUSTOM_COLUMNS} custom columns`);
  }
  for (const [key, value] of custom) {
    if (SERVER_OWNED.has(key)) throw errors.reservedProperty(key);
    const problem = columnNameProblem(key);
    if (problem !== undefined) throw errors.invalidParameter(`'${key.slice(0, 80)}': ${problem}`);
    checkPropertyValue(key, value);
  }
  const columns = Object.fromEntries(custom) as Record<string, JsonValue>;
  checkColumnsSize(columns);
  return columns;
}

/** All custom columns of one user together stay within {@link MAX_USER_PROPERTIES_BYTES}. */
function checkColumnsSize(columns: Record<string, JsonValue>): void {
  if (Buffer.byteLength(JSON.stringify(columns)) > MAX_USER_PROPERTIES_BYTES) {
    throw errors.invalidParameter(`: a user's custom properties may take at most ${MAX_USER_PROPERTIES_BYTES} bytes`);
  }
}

/** One property value within the bounds: text as long as a STRING column holds, objects small and shallow. */
function checkPropertyValue(key: string, value: unknown): void {
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT_PROPERTY_LENGTH) throw textTooLong(key);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (jsonDepth(value, MAX_JSON_PROPERTY_DEPTH) > MAX_JSON_PROPERTY_DEPTH) {
    throw errors.invalidParameter(`'${key}': objects and arrays may nest at most ${MAX_JSON_PROPERTY_DEPTH} levels`);
  }
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_JSON_PROPERTY_BYTES) {
    throw errors.invalidParameter(`'${key}': an object or array may take at most ${MAX_JSON_PROPERTY_BYTES} bytes`);
  }
}

function textTooLong(key: string) {
  return errors.invalidParameter(
    `'${key}': text may be at most ${MAX_TEXT_PROPERTY_LENGTH} characters long (a Backendless STRING column)`,
  );
}
