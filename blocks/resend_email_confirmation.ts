// Resend Email Confirmation: sends the confirmation e-mail again, for an app that requires confirmed addresses.
import { textShadow } from './block-file.ts';
import { callBlockFile } from './call-block.ts';

export const resendEmailConfirmationFile = callBlockFile({
  type: 'backendless_users_resend_email_confirmation',
  shapes: 'statement',
  inputs: [['IDENTITY', 'String', textShadow('alice@wonderland.com')]],
  docs: 'users_resend_email_confirmation.html',
  position: 150,
  texts: {
    label: 'Resend Email Confirmation %1 identity %2',
    tooltip: 'Sends the e-mail with the confirmation link again. 3102: already confirmed.',
  },
});
