// code / message of error …: reads what a program reacts to, e.g. 3003 "Invalid login or password".
import { ERROR_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of code / message of error. */
export const GET_ERROR = 'backendless_users_get_error';

/** The dropdown's values; generators map them through a table, never splice them. */
export const ERROR_PARTS = ['CODE', 'MESSAGE'] as const;

/** JSON definition of code / message of error. */
export const getErrorBlock: JsonBlockDefinition = {
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
  helpUrl: '%{BKY_CODELESS_USERS_GET_ERROR_HELPURL}',
};
