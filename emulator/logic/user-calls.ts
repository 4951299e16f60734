// The UserService calls server logic makes, answered by the app's services directly: with the server key (the
// rights CodeRunner's own key has), the calling user's session when the handler has one (CodeRunner signs its SDK
// in as that user), and marked as server logic's own, so that they fire no event.
import type { AccountService } from '../account-service.ts';
import type { Caller } from '../app-state.ts';
import type { EmailService } from '../email-service.ts';
import type { LoginService } from '../login-service.ts';
import type { RoleService } from '../role-service.ts';
import { EmulatorError, errors } from '../errors.ts';
import type { CallOutcome, FromWorker } from './events.ts';

type CallMessage = Extract<FromWorker, { type: 'call' }>;
/** The services the logic's calls reach: the app's (an `EmulatedApp` is one), named here so logic/ imports no app. */
export interface LogicServices {
  readonly sessions: LoginService;
  readonly accounts: AccountService;
  readonly email: EmailService;
  readonly roles: RoleService;
}

type Call = (app: LogicServices, args: unknown[], caller: Caller) => unknown;

const object = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

const CALLS: Record<string, Call> = {
  register: (app, [user], caller) => app.accounts.register(object(user), caller),
  login: (app, [login, password], caller) => app.sessions.login({ login, password }, caller),
  loginWithObjectId: (app, [objectId], caller) => app.sessions.login({ objectId }, caller),
  loginAsGuest: (app) => app.sessions.loginAsGuest(),
  logout: (app, _args, caller) => app.sessions.logout(caller),
  update: (app, [user], caller) => app.accounts.update(text(object(user).objectId), object(user), caller),
  describeUserClass: (app, _args, caller) => app.accounts.describeUserClass(caller),
  restorePassword: (app, [identity], caller) => app.email.restorePassword(text(identity), caller),
  getUserRoles: (app, [userId], caller) =>
    app.roles.getUserRoles(caller, userId === undefined ? undefined : text(userId)),
  findByRole: (app, [role], caller) => app.roles.findByRole(text(role), {}, caller),
  assignRole: (app, [user, roleName], caller) => app.roles.assignRole({ user, roleName }, caller),
  unassignRole: (app, [user, roleName], caller) => app.roles.unassignRole({ user, roleName }, caller),
  updateUserStatus: (app, [userId, userStatus], caller) => app.accounts.setStatus(text(userId), { userStatus }, caller),
  verifyPassword: async (app, [password], caller) => (await app.accounts.verifyPassword({ password }, caller)).valid,
};

/** Answers one call of the logic worker. */
export async function answerLogicCall(app: LogicServices, message: CallMessage): Promise<CallOutcome> {
  const call = Object.hasOwn(CALLS, message.method) ? CALLS[message.method] : undefined;
  const caller: Caller = { key: 'server', token: message.context?.userToken ?? undefined, serverLogic: true };
  try {
    if (!call) throw errors.invalidParameter(`UserService.${message.method.slice(0, 60)} is not available`);
    return { ok: true, value: (await call(app, message.args, caller)) ?? null };
  } catch (error) {
    const known = error instanceof EmulatorError ? error : errors.internal(error);
    return { ok: false, error: { code: known.code, message: known.message, status: known.status } };
  }
}
