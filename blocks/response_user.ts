// Response User: the user a Register, Login or Update call answers with (`res.result`); an after handler may change its properties.
import { blockFile } from './block-file.ts';
import { USER_CHECK } from './types.ts';
import { HANDLERS_DOCS, serverLogicValue } from './server-logic.ts';

export const responseUserFile = blockFile({
  definitions: [serverLogicValue('backendless_users_response_user', USER_CHECK, HANDLERS_DOCS)],
  toolbox: {
    category: 'serverLogic',
    position: 1060,
    entries: [{ kind: 'block', type: 'backendless_users_response_user' }],
  },
  messages: {
    CODELESS_USERS_RESPONSE_USER: 'Response User',
    CODELESS_USERS_RESPONSE_USER_TOOLTIP:
      'After Register, Login or Update: the user the client receives; set its properties to change what it receives.',
  },
});
