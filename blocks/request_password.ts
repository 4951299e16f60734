// Request Password: the password a Login call sends (`req.password`).
import { blockFile } from './block-file.ts';
import { HANDLERS_DOCS, serverLogicValue } from './server-logic.ts';

export const requestPasswordFile = blockFile({
  definitions: [serverLogicValue('backendless_users_request_password', 'String', HANDLERS_DOCS)],
  toolbox: {
    category: 'serverLogic',
    position: 1030,
    entries: [{ kind: 'block', type: 'backendless_users_request_password' }],
  },
  messages: {
    CODELESS_USERS_REQUEST_PASSWORD: 'Request Password',
    CODELESS_USERS_REQUEST_PASSWORD_TOOLTIP: 'The password a Login call sends.',
  },
});
