// try / catch, Codeless style: the caught error lands in a real workspace variable (named "error" by default,
// as in Codeless), so the catch branch reads it with the ordinary variable block and "code / message of error".
import { ERROR_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of try / catch. */
export const TRY_CATCH = 'backendless_users_try_catch';

/** JSON definition of try / catch. */
export const tryCatchBlock: JsonBlockDefinition = {
  type: TRY_CATCH,
  message0: '%{BKY_CODELESS_USERS_TRY}',
  args0: [{ type: 'input_statement', name: 'DO' }],
  message1: '%{BKY_CODELESS_USERS_CATCH}',
  args1: [
    { type: 'field_variable', name: 'ERROR', variable: '%{BKY_CODELESS_USERS_CATCH_VARIABLE}' },
    { type: 'input_statement', name: 'CATCH' },
  ],
  previousStatement: null,
  nextStatement: null,
  style: ERROR_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_TRY_CATCH_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_TRY_CATCH_HELPURL}',
};
