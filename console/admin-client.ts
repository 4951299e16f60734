// The console's way to the emulator: the admin API's one client, which the playground's backend panel uses too.
export { AdminClient, AdminError } from '../emulator/admin-client.ts';
