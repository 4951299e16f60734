// Create Confirmation URL → `(await Backendless.UserService.createEmailConfirmationURL(identity)).confirmationURL`:
// the SDK answers `{ confirmationURL }`, the block gives the URL itself. Waits for the server.
import { createConfirmationUrlFile } from '../blocks/create_confirmation_url.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const createConfirmationUrlGenerators = sdkCallGenerators(createConfirmationUrlFile, {
  call: 'createEmailConfirmationURL(IDENTITY)',
  awaits: true,
  result: 'confirmationURL',
});
