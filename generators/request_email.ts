// Request Email → `req.email`: the identity a Restore Password call sends.
import { handlerValueGenerators } from './handler-context.ts';

export const requestEmailGenerators = handlerValueGenerators('backendless_users_request_email', 'req.email');
