// code / message of error …: reads what a program reacts to, e.g. 3003 "Invalid login or password".
import { blockFile, JS_DOCS, type ToolboxBlock } from './block-file.ts';
import { ERROR_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of code / message of error. */
export const GET_ERROR = 'backendless_users_get_error';

/** JSON definition of code / message of error. */
const getErrorBlock: JsonBlockDefinition = {
  type: GET_ERROR,
  message0: '%{BKY_CODELESS_USERS_GET_ERROR}',
  args0: [
    {
      type: 'field_dropdown',
      name: 'PART',
      options: [
        ['%{BKY_CODELESS_USERS_ERROR_CODE}', 'CODE'],
        ['%{BKY_CODELESS_USERS_ERROR_MESSAGE}', 'MESSAGE'],
      ],
    },
    { type: 'input_value', name: 'ERROR' },
  ],
  inputsInline: true,
  output: null,
  style: ERROR_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_GET_ERROR_TOOLTIP}',
  helpUrl: JS_DOCS + 'shared_error_handling.html',
};

/**
 * The variable try / catch puts the error in, as toolbox entries name it: explicitly, so that the catch branch's
 * blocks refer to the same variable in every locale.
 */
export const ERROR_VARIABLE = { name: 'error' };

/**
 * code / message of the `error` variable, as the toolbox offers it.
 *
 * @param part Which part of the error.
 * @returns A fresh copy of the toolbox entry.
 */
export function errorPartBlock(part: 'CODE' | 'MESSAGE'): ToolboxBlock {
  return {
    kind: 'block',
    type: GET_ERROR,
    fields: { PART: part },
    inputs: { ERROR: { block: { type: 'variables_get', fields: { VAR: ERROR_VARIABLE } } } },
  };
}

export const getErrorFile = blockFile({
  definitions: [getErrorBlock],
  toolbox: { position: 130, entries: [errorPartBlock('CODE'), errorPartBlock('MESSAGE')] },
  messages: {
    CODELESS_USERS_GET_ERROR: '%1 of error %2',
    CODELESS_USERS_ERROR_CODE: 'code',
    CODELESS_USERS_ERROR_MESSAGE: 'message',
    CODELESS_USERS_GET_ERROR_TOOLTIP:
      "The error's Backendless code (e.g. 3003; null when the error did not come from the server) or message.",
  },
});
