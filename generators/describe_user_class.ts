// Describe User Class → `await Backendless.UserService.describeUserClass()`; waits for the server.
import { describeUserClassFile } from '../blocks/describe_user_class.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const describeUserClassGenerators = sdkCallGenerators(describeUserClassFile, {
  call: 'describeUserClass()',
  awaits: true,
});
