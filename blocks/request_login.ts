// Request Login: the identity a Login call sends (`req.login`).
import { blockFile } from './block-file.ts';
import { HANDLERS_DOCS, serverLogicValue } from './server-logic.ts';

export const requestLoginFile = blockFile({
  definitions: [serverLogicValue('backendless_users_request_login', 'String', HANDLERS_DOCS)],
  toolbox: {
    category: 'serverLogic',
    position: 1020,
    entries: [{ kind: 'block', type: 'backendless_users_request_login' }],
  },
  messages: {
    CODELESS_USERS_REQUEST_LOGIN: 'Request Login',
    CODELESS_USERS_REQUEST_LOGIN_TOOLTIP: 'The identity (e.g. the e-mail) a Login call sends.',
  },
});
