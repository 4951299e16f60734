// Resend Email Confirmation → `await Backendless.UserService.resendEmailConfirmation(identity);`; waits.
import { resendEmailConfirmationFile } from '../blocks/resend_email_confirmation.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const resendEmailConfirmationGenerators = sdkCallGenerators(resendEmailConfirmationFile, {
  call: 'resendEmailConfirmation(IDENTITY)',
  awaits: true,
});
