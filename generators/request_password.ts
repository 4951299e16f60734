// Request Password → `req.password`: the password a Login call sends.
import { handlerValueGenerators } from './handler-context.ts';

export const requestPasswordGenerators = handlerValueGenerators('backendless_users_request_password', 'req.password');
