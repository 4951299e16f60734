// try / catch code …: a catch branch for chosen Backendless error codes (3003 wrong password, 3087 e-mail not
// confirmed, …). An error with another code — or none — is not caught here: it goes on to an enclosing try /
// catch, or ends the program with its one-line report, as an uncaught error does. The codes are a number or a list
// of numbers; the caught error lands in a workspace variable, as with try / catch (named "error" unless the toolbox
// or a saved workspace names it: the toolbox always does, so the name is the same in every locale).
import { blockFile, JS_DOCS } from './block-file.ts';
import { ERROR_VARIABLE } from './get_error.ts';
import { ERROR_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of try / catch code …. */
export const TRY_CATCH_CODES = 'backendless_users_try_catch_codes';

/** JSON definition of try / catch code …. */
const tryCatchCodesBlock: JsonBlockDefinition = {
  type: TRY_CATCH_CODES,
  message0: '%{BKY_CODELESS_USERS_TRY_CATCH_CODES}',
  args0: [
    { type: 'input_statement', name: 'DO' },
    { type: 'field_variable', name: 'ERROR', variable: ERROR_VARIABLE.name },
    { type: 'input_value', name: 'CODES', check: ['Number', 'Array'] },
    { type: 'input_statement', name: 'CATCH' },
  ],
  previousStatement: null,
  nextStatement: null,
  style: ERROR_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_TRY_CATCH_CODES_TOOLTIP}',
  helpUrl: JS_DOCS + 'shared_error_handling.html',
};

/** In the toolbox it catches code 3003. */
export const tryCatchCodesFile = blockFile({
  definitions: [tryCatchCodesBlock],
  toolbox: {
    position: 310,
    entries: [
      {
        kind: 'block',
        type: TRY_CATCH_CODES,
        fields: { ERROR: ERROR_VARIABLE },
        inputs: {
          CODES: { shadow: { type: 'math_number', fields: { NUM: 3003 } } },
        },
      },
    ],
  },
  messages: {
    CODELESS_USERS_TRY_CATCH_CODES: 'try %1 catch %2 with code %3 %4',
    CODELESS_USERS_TRY_CATCH_CODES_TOOLTIP:
      'Runs the "catch" blocks only for errors with these codes (e.g. 3003); any other error goes on.',
  },
});
