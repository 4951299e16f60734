// Request Login → `req.login`: the identity a Login call sends.
import { handlerValueGenerators } from './handler-context.ts';

export const requestLoginGenerators = handlerValueGenerators('backendless_users_request_login', 'req.login');
