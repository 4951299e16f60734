// Create Confirmation URL: the link of the confirmation e-mail, for a program that sends it its own way (a text
// message, its own e-mail). A value: the URL as text.
import { textShadow } from './block-file.ts';
import { callBlockFile } from './call-block.ts';

export const createConfirmationUrlFile = callBlockFile({
  type: 'backendless_users_create_confirmation_url',
  shapes: 'value',
  output: 'String',
  inputs: [['IDENTITY', 'String', textShadow('alice@wonderland.com')]],
  docs: 'users_create_email_confirmation.html',
  position: 160,
  texts: {
    label: 'Create Confirmation URL %1 identity %2',
    tooltip: 'The link that confirms the e-mail address, as text.',
  },
});
