// Request User: the user object a Register or Update call sends (`req.user`); a before handler may change it.
import { blockFile } from './block-file.ts';
import { USER_CHECK } from './types.ts';
import { HANDLERS_DOCS, serverLogicValue } from './server-logic.ts';

export const requestUserFile = blockFile({
  definitions: [serverLogicValue('backendless_users_request_user', USER_CHECK, HANDLERS_DOCS)],
  toolbox: {
    category: 'serverLogic',
    position: 1010,
    entries: [{ kind: 'block', type: 'backendless_users_request_user' }],
  },
  messages: {
    CODELESS_USERS_REQUEST_USER: 'Request User',
    CODELESS_USERS_REQUEST_USER_TOOLTIP:
      'The user object the call sends (Register, Update): its properties can be read and changed before the call.',
  },
});
