// Get Authorization URL: the address of a login provider's consent page ("Sign in with …"), Backendless' login
// without the provider's SDK. A page sends the person there; after consent they come back to "redirect after login"
// with userToken and userId. Against the emulator every provider code is its own local consent page.
import { textShadow } from './block-file.ts';
import { callBlockFile, nullShadow } from './call-block.ts';

export const getAuthorizationUrlFile = callBlockFile({
  type: 'backendless_users_get_authorization_url',
  shapes: 'value',
  output: 'String',
  inputs: [
    ['PROVIDER', 'String', textShadow('googleplus')],
    ['SCOPE', 'String', nullShadow()],
    ['REDIRECT_AFTER_LOGIN', 'String', nullShadow()],
  ],
  docs: 'users_get_authorization_url.html',
  position: 74,
  texts: {
    label: 'Get Authorization URL %1 provider %2 scope %3 redirect after login %4',
    tooltip: "The provider's sign-in page for this app, as text.",
  },
});
