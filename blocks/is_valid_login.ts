// Is Valid Login: asks the server whether the current user token is still valid.
import { callBlockFile } from './call-block.ts';

export const isValidLoginFile = callBlockFile({
  type: 'backendless_users_is_valid_login',
  shapes: 'value',
  output: 'Boolean',
  inputs: [],
  docs: 'users_validating_user_login.html',
  position: 40,
  texts: {
    label: 'Is Valid Login',
    tooltip: 'Whether the server still accepts the current user token (false, without asking, when there is none).',
  },
});
