// Logout Current User: Codeless' own block. A statement; it returns nothing.
import { callBlockFile } from './call-block.ts';

export const logoutFile = callBlockFile({
  type: 'backendless_users_logout',
  shapes: 'statement',
  inputs: [],
  docs: 'users_logout.html',
  position: 30,
  messages: {
    CODELESS_USERS_LOGOUT: 'Logout Current User',
    CODELESS_USERS_LOGOUT_TOOLTIP:
      'Ends the current session on the server and forgets it here; its token stops working.',
  },
});
