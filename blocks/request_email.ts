// Request Email: the identity a Restore Password call sends (`req.email`).
import { blockFile } from './block-file.ts';
import { HANDLERS_DOCS, serverLogicValue } from './server-logic.ts';

export const requestEmailFile = blockFile({
  definitions: [serverLogicValue('backendless_users_request_email', 'String', HANDLERS_DOCS)],
  toolbox: {
    category: 'serverLogic',
    position: 1040,
    entries: [{ kind: 'block', type: 'backendless_users_request_email' }],
  },
  messages: {
    CODELESS_USERS_REQUEST_EMAIL: 'Request Email',
    CODELESS_USERS_REQUEST_EMAIL_TOOLTIP: 'The identity a Restore Password call sends.',
  },
});
