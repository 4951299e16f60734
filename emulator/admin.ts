// The emulator's own admin API under `/_emulator/…`, off the Backendless path namespace: list, add,
// update and delete users; list and end sessions (tokens masked); read and change settings; reset to
// the seed. It serves the playground's session view and tests. No passwords or full tokens ever leave.
//
//   GET    /_emulator                        app id, API key, URLs
//   GET    /_emulator/users                  { users: AdminUserView[] }
//   POST   /_emulator/users                  body SeedUser → 201 AdminUserView
//   GET    /_emulator/users/<objectId>       AdminUserView
//   PATCH  /_emulator/users/<objectId>       body { userStatus?, loginDisabled?, password?, email?,
//                                            name?, unlock?, ...columns } → AdminUserView
//   DELETE /_emulator/users/<objectId>       ends the user's sessions, removes the user
//   GET    /_emulator/sessions               { sessions: AdminSessionView[] }
//   DELETE /_emulator/sessions[/<sessionId>] ends every session / one session
//   GET    /_emulator/settings               EmulatorSettings
//   PATCH  /_emulator/settings               body Partial<EmulatorSettings> → EmulatorSettings
//   POST   /_emulator/reset                  back to the seed users, no sessions, initial settings
import type { IncomingMessage, ServerResponse } from 'node:http';
import { validateSettings } from './app.ts';
import { errors } from './errors.ts';
import { readJsonObject, sendJson } from './http.ts';
import { hashPassword } from './passwords.ts';
import type { RequestContext } from './server.ts';
import { maskToken } from './sessions.ts';
import { normalizeIdentity, validateNewUser, type JsonValue, type StoredUser } from './users.ts';

/** Handles `/_emulator/<segments…>`. */
export async function handleAdminRequest(
  context: RequestContext,
  request: IncomingMessage,
  response: ServerResponse,
  segments: string[],
): Promise<void> {
  const { app } = context;
  const method = request.method ?? 'GET';
  const path = `/_emulator/${segments.join('/')}`;
  const [resource, id, ...more] = segments;
  const notAllowed = (): never => {
    throw errors.methodNotAllowed(method, path);
  };
  if (more.length > 0) throw errors.unknownRoute(method, path);

  switch (resource) {
    case undefined:
      if (method !== 'GET') notAllowed();
      sendJson(response, 200, {
        appId: app.appId,
        apiKey: app.apiKey,
        serverURL: context.serverURL(),
        appBase: `${context.serverURL()}/${app.appId}/${app.apiKey}`,
      });
      return;

    case 'users': {
      if (id === undefined) {
        if (method === 'GET') {
          sendJson(response, 200, { users: app.users.all().map((user) => app.adminView(user)) });
        } else if (method === 'POST') {
          // Admin-created users skip the app's registration switch: tests seed through here.
          const properties = validateNewUser(await readJsonObject(request));
          const user = await app.users.create(properties, app.now());
          await app.persist();
          sendJson(response, 201, app.adminView(user));
        } else {
          notAllowed();
        }
        return;
      }
      const user = app.users.findById(id);
      if (!user) throw errors.userNotFound(id);
      if (method === 'GET') {
        sendJson(response, 200, app.adminView(user));
      } else if (method === 'PATCH' || method === 'PUT') {
        await updateUser(context, user, await readJsonObject(request));
        await app.persist();
        sendJson(response, 200, app.adminView(user));
      } else if (method === 'DELETE') {
        app.sessions.endAllFor(user.objectId);
        app.users.remove(user.objectId);
        app.failedLogins.clear(user.email);
        await app.persist();
        sendJson(response, 200, { deleted: user.objectId });
      } else {
        notAllowed();
      }
      return;
    }

    case 'sessions':
      if (method === 'GET' && id === undefined) {
        sendJson(response, 200, { sessions: app.sessionViews(maskToken) });
      } else if (method === 'DELETE') {
        let ended: number;
        if (id === undefined) {
          ended = app.sessionViews(maskToken).length;
          app.sessions.clear();
        } else {
          const session = app.sessions.findBySessionId(id);
          if (!session)
            throw errors.invalidParameter(`'sessionId': no live session ${JSON.stringify(id.slice(0, 40))}`);
          app.sessions.end(session.token);
          ended = 1;
        }
        await app.persist();
        sendJson(response, 200, { ended });
      } else {
        notAllowed();
      }
      return;

    case 'settings':
      if (id !== undefined) throw errors.unknownRoute(method, path);
      if (method === 'GET') {
        sendJson(response, 200, { ...app.settings });
      } else if (method === 'PATCH' || method === 'PUT') {
        sendJson(response, 200, app.updateSettings(validateSettings(await readJsonObject(request))));
      } else {
        notAllowed();
      }
      return;

    case 'reset':
      if (id !== undefined) throw errors.unknownRoute(method, path);
      if (method !== 'POST') notAllowed();
      await app.reset();
      sendJson(response, 200, { users: app.users.size, sessions: 0 });
      return;

    default:
      throw errors.unknownRoute(method, path);
  }
}

/** Applies an admin update: account state, credentials and custom columns. Validates before changing anything. */
async function updateUser({ app }: RequestContext, user: StoredUser, body: Record<string, unknown>): Promise<void> {
  const { userStatus, loginDisabled, password, email, name, unlock, ...columns } = body;
  if (userStatus !== undefined && userStatus !== 'ENABLED' && userStatus !== 'DISABLED') {
    throw errors.invalidParameter("'userStatus': must be ENABLED or DISABLED");
  }
  if (loginDisabled !== undefined && typeof loginDisabled !== 'boolean') {
    throw errors.invalidParameter("'loginDisabled': must be true or false");
  }
  if (unlock !== undefined && typeof unlock !== 'boolean')
    throw errors.invalidParameter("'unlock': must be true or false");
  if (name !== undefined && name !== null && typeof name !== 'string')
    throw errors.invalidParameter("'name': must be a string");
  // Reuse register's rules for the identity, the password and the column names.
  const checked = validateNewUser({
    email: email ?? user.email,
    password: password ?? 'unchanged',
    ...columns,
  });
  if (email !== undefined && normalizeIdentity(checked.email) !== normalizeIdentity(user.email)) {
    const holder = app.users.findByIdentity(checked.email);
    if (holder && holder !== user) throw errors.userAlreadyExists();
  }
  const passwordHash = password === undefined ? undefined : await hashPassword(checked.password);

  if (email !== undefined) app.users.changeEmail(user, checked.email);
  if (passwordHash !== undefined) user.passwordHash = passwordHash;
  if (name !== undefined) user.name = name as string | null;
  if (userStatus !== undefined) user.userStatus = userStatus;
  if (loginDisabled !== undefined) user.loginDisabled = loginDisabled;
  if (unlock === true) app.failedLogins.clear(user.email);
  for (const [column, value] of Object.entries(checked.columns)) {
    if (value === null) delete user.columns[column];
    else user.columns[column] = value as JsonValue;
  }
  user.updated = app.now();
}
