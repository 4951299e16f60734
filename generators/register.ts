// Register User → `await Backendless.UserService.register(user)`, both shapes; waits for the server. An empty
// socket registers an empty object: the server answers with its own clear error (3011 and co).
import { registerFile } from '../blocks/register.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const registerGenerators = sdkCallGenerators(registerFile, { call: 'register(USER|{})', awaits: true });
