// The Backendless error table the emulator reproduces. Every failure leaves the server as
// `{ code, message }` JSON with a non-2xx status; clients branch on `code`, never on the status.
// Messages follow the official "Backendless Error Codes" page
// (https://backendless.com/docs/js/backendless_error_codes.html) except where the real server is
// known to say something else (3064: the JS-SDK e2e tests record the live server's wording).
// Statuses: 400 unless Backendless is known to use another (403 for 3009, recorded by the SDK's e2e
// tests); only the emulator's own routing errors use 403 / 404 / 405 / 413 / 415 / 431, and a failed write 500.
// Where a message is recorded by the SDK's e2e spec (2014, 3054, 3064, 3122) it is that message word for word;
// elsewhere the documented meaning, or ours where the code is known only by number (2005, 2007, 2008, 2011, 3087).

import { errorMessage } from './contract.ts';

/** An error the emulator answers with as Backendless-style JSON. */
export class EmulatorError extends Error {
  readonly code: number;
  readonly status: number;

  constructor(code: number, message: string, status = 400) {
    super(message);
    this.name = 'EmulatorError';
    this.code = code;
    this.status = status;
  }

  /** The wire body: exactly the two documented fields. */
  toJSON(): { code: number; message: string } {
    return { code: this.code, message: this.message };
  }
}

// One factory per situation, so a route reads like the behaviour it implements and the wording of a
// code lives in exactly one place.
export const errors = {
  wrongApplication: () =>
    new EmulatorError(2002, 'Unable to find application. Check application id and/or API key.', 400),
  wrongApplicationOnLogout: () => new EmulatorError(3007, 'Unable to logout. Invalid application-id or version.', 400),
  loginByObjectIdNotAllowed: () =>
    new EmulatorError(2014, 'Login by object id is allowed only for Code Runner API key', 400),
  roleNotFound: (role: string) => new EmulatorError(2005, `Role not found: ${JSON.stringify(role.slice(0, 80))}`, 400),
  systemRoleNotAssignable: (role: string) =>
    new EmulatorError(2007, `Unable to assign a system role to a user: ${role}`, 400),
  systemRoleNotUnassignable: (role: string) =>
    new EmulatorError(2008, `Unable to unassign a system role from a user: ${role}`, 400),
  rolesOnlyWithServerKey: () =>
    new EmulatorError(
      2011,
      'Roles can be assigned, unassigned and read for other users only with the CloudCode API key',
      400,
    ),

  userCannotLogin: () => new EmulatorError(3000, 'User cannot be logged in', 400),
  alreadyLoggedInElsewhere: () =>
    new EmulatorError(
      3002,
      'User is already logged in from another device/computer. The application is configured to disable multiple concurrent logins with the same user credentials.',
      400,
    ),
  invalidLoginOrPassword: () => new EmulatorError(3003, 'Invalid login or password', 400),
  loginOrPasswordEmpty: () => new EmulatorError(3006, 'Login or password is missing or null', 400),
  registrationDisabled: () =>
    new EmulatorError(3009, 'User registration is denied for this version of application', 403),
  passwordRequired: () => new EmulatorError(3011, "Property 'password' is required", 400),
  identityTaken: () =>
    new EmulatorError(3018, 'Unable to update user: another user already has this value of the identity property', 400),
  unknownIdentity: () => new EmulatorError(3020, 'Unable to find user with the specified identity', 400),
  updateFailed: (detail: string) => new EmulatorError(3024, `Unable to update user: ${detail}`, 400),
  notLoggedIn: () => new EmulatorError(3028, 'User is not logged in', 400),
  anotherUser: () => new EmulatorError(3029, 'Cannot modify properties of another user', 400),
  userIdNotFound: (id: string) =>
    new EmulatorError(3030, `Unable to find user with the specified objectId: ${id.slice(0, 80)}`, 400),
  requiredPropertyEmpty: (property: string) =>
    new EmulatorError(3045, `Required property '${property}' must have a value`, 400),
  identityMissing: (identity: string) =>
    new EmulatorError(3013, `Unable to register user. Missing identity value for '${identity}'`, 400),
  reservedProperty: (property: string) =>
    new EmulatorError(3016, `Property name is reserved for system purposes: '${property}'`, 400),
  userAlreadyExists: () => new EmulatorError(3033, 'Unable to register user. User already exists.', 400),
  loginsDisabled: () => new EmulatorError(3034, 'Unable to login. User login is disabled.', 400),
  lockedOut: () =>
    new EmulatorError(3036, 'Unable to login. User account is locked out due to too many failed logins.', 400),
  requiredParameterNull: (parameter: string) =>
    new EmulatorError(3038, `Some of required parameters are null: '${parameter}'`, 400),
  objectIdNotAllowed: () =>
    new EmulatorError(
      3039,
      '"objectId" is a reserved system property and is not allowed when registering a user.',
      400,
    ),
  wrongEmailFormat: (detail?: string) =>
    new EmulatorError(3040, `Provided email has wrong format.${detail ? ` (${detail})` : ''}`, 400),
  multipleLoginLimit: () =>
    new EmulatorError(3044, 'Unable to login. Multiple login limit for the same user account has been reached', 400),
  passwordNotString: () => new EmulatorError(3050, 'Password should be string', 400),
  onlyForServerCode: () => new EmulatorError(3054, 'Operation allowed only for BL logic.', 400),
  emailNotConfirmed: () =>
    new EmulatorError(3087, 'Unable to login. The email address of the user account is not confirmed', 400),
  emailAlreadyConfirmed: () =>
    new EmulatorError(3102, 'User has already confirmed the email address. Email confirmation will not be sent.', 400),
  emailConfirmationOff: () =>
    new EmulatorError(
      3103,
      'Unable to send email confirmation. The "Require Email Confirmation" option must be enabled (emulator setting emailConfirmationRequired)',
      400,
    ),
  emailConfirmationUserMissing: () =>
    new EmulatorError(3104, 'Unable to send email confirmation - user account with the email cannot be found.', 400),
  noAuthenticatedUser: () => new EmulatorError(3121, 'No authenticated user is associated with request', 400),
  passwordVerificationOnlyInCloudCode: () =>
    new EmulatorError(3122, 'Password verification allowed only from CloudCode', 400),
  notExistingUserToken: (token: string) =>
    new EmulatorError(3064, `Not existing user token - ${token}. Relogin user to update your user token`, 400),
  updatedNotAllowed: () =>
    new EmulatorError(3076, '"updated" is a reserved system property and is not allowed while registration', 400),
  createdNotAllowed: () =>
    new EmulatorError(3077, '"created" is a reserved system property and is not allowed while registration', 400),
  userDisabled: () => new EmulatorError(3090, 'User account is disabled', 400),

  userNotFound: (id: string) => new EmulatorError(3057, `Could not find user by id or identity: ${id}`, 404),
  // The same, answered on a Backendless route (where every error is HTTP 400 but 3009's).
  unknownUser: (id: string) =>
    new EmulatorError(3057, `Could not find user by id or identity: ${id.slice(0, 100)}`, 400),
  entityNotFound: (id: string) =>
    new EmulatorError(1000, `Entity with the specified ID cannot be found: Id - ${id}`, 400),

  unparsableRequest: (detail: string, status = 400) =>
    new EmulatorError(8002, `Could not parse request with message: ${detail}`, status),
  invalidParameter: (detail: string) => new EmulatorError(8008, `Invalid parameter ${detail}`, 400),
  // `route` is the path below the app's base (`/users/login`): never the app id or API key the URL holds.
  methodNotAllowed: (method: string, route: string) =>
    new EmulatorError(4064, `Invalid HTTP method. ${method} is not supported for ${route}`, 405),
  // The emulator's own routes answer this machine only (see http/access.ts).
  untrustedOrigin: (origin: string) =>
    new EmulatorError(
      403,
      `The emulator's own routes answer its console and the pages it was started with (adminOrigins, ` +
        `--admin-origin) only, not ${origin.slice(0, 200)}`,
      403,
    ),
  untrustedHost: (host: string | undefined) =>
    new EmulatorError(
      403,
      `The emulator's own routes answer requests addressed to this machine only (localhost, 127.0.0.1 or [::1]), ` +
        `not ${host === undefined ? 'a request without a Host header' : JSON.stringify(host.slice(0, 200))}`,
      403,
    ),
  // No Backendless code exists for "no such route"; 404 in both places says it plainly.
  unknownRoute: (method: string, route: string) =>
    new EmulatorError(404, `Not found: ${method} ${route} is not a route the emulator serves`, 404),
  // A change that could not be written to the data file has been undone; the client may simply retry.
  storageFailed: (cause: unknown) =>
    new EmulatorError(
      3027,
      `Unknown error: the change could not be saved to the emulator's data file and was undone (${
        (cause as NodeJS.ErrnoException | null)?.code ?? errorMessage(cause)
      })`,
      500,
    ),
  internal: (cause: unknown) => new EmulatorError(3027, `Unknown error: ${errorMessage(cause)}`, 500),
} as const;
