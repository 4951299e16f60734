// try / catch, Codeless style: the caught error lands in a real workspace variable (named "error" by default,
// as in Codeless), so the catch branch reads it with the ordinary variable block and "code / message of error".
import { blockFile, JS_DOCS, textShadow } from './block-file.ts';
import { ERROR_VARIABLE, errorPartBlock } from './get_error.ts';
import { ERROR_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of try / catch. */
export const TRY_CATCH = 'backendless_users_try_catch';

/** JSON definition of try / catch. */
const tryCatchBlock: JsonBlockDefinition = {
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
  helpUrl: JS_DOCS + 'shared_error_handling.html',
};

/** In the toolbox its catch branch prints "<code> <message>". */
export const tryCatchFile = blockFile({
  definitions: [tryCatchBlock],
  toolbox: {
    position: 120,
    entries: [
      {
        kind: 'block',
        type: TRY_CATCH,
        fields: { ERROR: ERROR_VARIABLE },
        inputs: {
          CATCH: {
            block: {
              type: 'text_print',
              inputs: {
                TEXT: {
                  block: {
                    type: 'text_join',
                    extraState: { itemCount: 3 },
                    inputs: {
                      ADD0: { block: errorPartBlock('CODE') },
                      ADD1: textShadow(' '),
                      ADD2: { block: errorPartBlock('MESSAGE') },
                    },
                  },
                },
              },
            },
          },
        },
      },
    ],
  },
  messages: {
    CODELESS_USERS_TRY: 'try %1',
    CODELESS_USERS_CATCH: 'catch %1 %2',
    CODELESS_USERS_CATCH_VARIABLE: 'error',
    CODELESS_USERS_TRY_CATCH_TOOLTIP:
      'If a "try" block fails, runs the "catch" blocks with the error in the variable (e.g. code 3003).',
  },
});
