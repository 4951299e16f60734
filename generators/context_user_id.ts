// Context User ID → `req.context.userId`: CodeRunner's invocation context names the calling user so.
import { handlerValueGenerators } from './handler-context.ts';

export const contextUserIdGenerators = handlerValueGenerators(
  'backendless_users_context_user_id',
  'req.context.userId',
);
