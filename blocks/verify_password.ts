// Verify Password: whether a password is the logged-in user's, e.g. before a password change. A CloudCode block:
// Backendless allows it with the server key only and answers a client key with 3122.
import { textShadow } from './block-file.ts';
import { callBlockFile } from './call-block.ts';

export const verifyPasswordFile = callBlockFile({
  type: 'backendless_users_verify_password',
  shapes: 'value',
  output: 'Boolean',
  inputs: [['PASSWORD', 'String', textShadow('wonderland')]],
  docs: 'users_password_verification.html',
  position: 210,
  texts: {
    label: 'Verify Password %1 password %2',
    tooltip: "CloudCode (server key; a client key gets 3122): whether it is the logged-in user's password.",
  },
});
