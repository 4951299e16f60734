// Response UserProperties: the Users table's columns a Describe call answers with (`res.result`).
import { blockFile } from './block-file.ts';
import { HANDLERS_DOCS, serverLogicValue } from './server-logic.ts';

export const responseUserPropertiesFile = blockFile({
  definitions: [serverLogicValue('backendless_users_response_user_properties', 'Array', HANDLERS_DOCS)],
  toolbox: {
    category: 'serverLogic',
    position: 1070,
    entries: [{ kind: 'block', type: 'backendless_users_response_user_properties' }],
  },
  messages: {
    CODELESS_USERS_RESPONSE_USER_PROPERTIES: 'Response UserProperties',
    CODELESS_USERS_RESPONSE_USER_PROPERTIES_TOOLTIP:
      "After Describe: the list of the Users table's columns the client receives.",
  },
});
