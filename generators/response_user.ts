// Response User → `res.result`: the user the client receives; an after handler may change it in place.
import { handlerValueGenerators } from './handler-context.ts';

export const responseUserGenerators = handlerValueGenerators('backendless_users_response_user', 'res.result');
