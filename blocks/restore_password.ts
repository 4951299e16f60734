// Restore Password: the service e-mails the user a way back in (a link to set a new password, or a generated one,
// as the app is set up). A statement: the call answers nothing.
import { textShadow } from './block-file.ts';
import { callBlockFile } from './call-block.ts';

export const restorePasswordFile = callBlockFile({
  type: 'backendless_users_restore_password',
  shapes: 'statement',
  inputs: [['IDENTITY', 'String', textShadow('alice@wonderland.com')]],
  docs: 'users_password_recovery.html',
  position: 140,
  texts: {
    label: 'Restore Password %1 identity %2',
    tooltip: 'E-mails the user a way to set a new password. 3020: no user has this identity.',
  },
});
