// set Response Result to …: an after handler replaces what the client receives (`res.result = …`). To add or change
// one property of the user, set property … of user (Response User) does.
import { blockFile } from './block-file.ts';
import { nullShadow } from './call-block.ts';
import { HANDLERS_DOCS, SERVER_LOGIC_ONLY } from './server-logic.ts';
import { USER_OBJECT_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of set Response Result. */
export const SET_RESPONSE_RESULT = 'backendless_users_set_response_result';

/** JSON definition of set Response Result. */
const setResponseResultBlock: JsonBlockDefinition = {
  type: SET_RESPONSE_RESULT,
  message0: '%{BKY_CODELESS_USERS_SET_RESPONSE_RESULT}',
  args0: [{ type: 'input_value', name: 'VALUE' }],
  previousStatement: null,
  nextStatement: null,
  style: USER_OBJECT_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_SET_RESPONSE_RESULT_TOOLTIP}',
  helpUrl: HANDLERS_DOCS,
  extensions: [SERVER_LOGIC_ONLY],
};

export const setResponseResultFile = blockFile({
  definitions: [setResponseResultBlock],
  toolbox: {
    category: 'serverLogic',
    position: 1080,
    entries: [{ kind: 'block', type: SET_RESPONSE_RESULT, inputs: { VALUE: nullShadow() } }],
  },
  messages: {
    CODELESS_USERS_SET_RESPONSE_RESULT: 'set Response Result to %1',
    CODELESS_USERS_SET_RESPONSE_RESULT_TOOLTIP:
      'In an after handler of Register, Login, Update or Describe: the client receives this instead of the result.',
  },
});
