// throw error: fails on purpose with a code and message of one's own (e.g. 4001 "Choose a longer password"). A
// try / catch — or try / catch code — around it catches it like a Backendless error; uncaught, it ends the program
// with its one-line report "4001 Choose a longer password". Nothing can follow it in its stack.
import { textShadow } from './block-file.ts';
import { callBlockFile } from './call-block.ts';
import { ERROR_STYLE } from './types.ts';

/** Block type of throw error. */
export const THROW_ERROR = 'backendless_users_throw_error';

export const throwErrorFile = callBlockFile({
  type: THROW_ERROR,
  shapes: 'last',
  style: ERROR_STYLE,
  inputs: [
    ['CODE', 'Number', { shadow: { type: 'math_number', fields: { NUM: 4001 } } }],
    ['MESSAGE', 'String', textShadow('Choose a longer password')],
  ],
  docs: 'shared_error_handling.html',
  position: 330,
  texts: {
    label: 'throw error %1 code %2 message %3',
    tooltip: 'Stops with an error of your own, caught by try / catch like a server error.',
  },
});
