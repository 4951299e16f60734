// set Request … to …: a before handler replaces one argument of the call (`req.login = …`): the call goes on with
// the new value. To change one property of Request User, set property … of user (Request User) does.
import { blockFile, textShadow } from './block-file.ts';
import { HANDLERS_DOCS, SERVER_LOGIC_ONLY, SET_REQUEST_ARGUMENT } from './server-logic.ts';
import { USER_OBJECT_STYLE, type JsonBlockDefinition } from './types.ts';

/** JSON definition of set Request …. The argument names are the Codeless blocks' own (English), as in its docs. */
const setRequestArgumentBlock: JsonBlockDefinition = {
  type: SET_REQUEST_ARGUMENT,
  message0: '%{BKY_CODELESS_USERS_SET_REQUEST_ARGUMENT}',
  args0: [
    {
      type: 'field_dropdown',
      name: 'ARGUMENT',
      options: [
        ['Login', 'login'],
        ['Password', 'password'],
        ['Email', 'email'],
        ['User', 'user'],
      ],
    },
    { type: 'input_value', name: 'VALUE' },
  ],
  inputsInline: true,
  previousStatement: null,
  nextStatement: null,
  style: USER_OBJECT_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_SET_REQUEST_ARGUMENT_TOOLTIP}',
  helpUrl: HANDLERS_DOCS,
  extensions: [SERVER_LOGIC_ONLY],
};

/** In the toolbox it sets the login (e.g. to a normalised e-mail). */
export const setRequestArgumentFile = blockFile({
  definitions: [setRequestArgumentBlock],
  toolbox: {
    category: 'serverLogic',
    position: 1050,
    entries: [
      { kind: 'block', type: SET_REQUEST_ARGUMENT, fields: { ARGUMENT: 'login' }, inputs: { VALUE: textShadow('') } },
    ],
  },
  messages: {
    CODELESS_USERS_SET_REQUEST_ARGUMENT: 'set Request %1 to %2',
    CODELESS_USERS_SET_REQUEST_ARGUMENT_TOOLTIP:
      'In a before handler: the call goes on with this value instead of what the client sent.',
  },
});
