// Logout Current User: Codeless' own block. A statement; it returns nothing.
import { callBlockFile } from './call-block.ts';

export const logoutFile = callBlockFile({
  type: 'backendless_users_logout',
  shapes: 'statement',
  inputs: [],
  docs: 'users_logout.html',
  position: 30,
  texts: {
    label: 'Logout Current User',
    tooltip: 'Ends the current session on the server and forgets it here; its token stops working.',
  },
});
