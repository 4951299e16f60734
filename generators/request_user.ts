// Request User → `req.user`: what CodeRunner hands a Register or Update handler (a before handler may change it in place).
import { handlerValueGenerators } from './handler-context.ts';

export const requestUserGenerators = handlerValueGenerators('backendless_users_request_user', 'req.user');
