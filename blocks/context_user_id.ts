// Context User ID: the objectId of the user whose call the handler runs for (`req.context.userId`), or nothing.
import { blockFile } from './block-file.ts';
import { CONTEXT_DOCS, serverLogicValue } from './server-logic.ts';

export const contextUserIdFile = blockFile({
  definitions: [serverLogicValue('backendless_users_context_user_id', 'String', CONTEXT_DOCS)],
  toolbox: {
    category: 'serverLogic',
    position: 1090,
    entries: [{ kind: 'block', type: 'backendless_users_context_user_id' }],
  },
  messages: {
    CODELESS_USERS_CONTEXT_USER_ID: 'Context User ID',
    CODELESS_USERS_CONTEXT_USER_ID_TOOLTIP:
      'The objectId of the logged-in user who made the call; empty when nobody is logged in.',
  },
});
