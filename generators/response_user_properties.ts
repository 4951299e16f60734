// Response UserProperties → `res.result`: the columns a Describe call answers with.
import { handlerValueGenerators } from './handler-context.ts';

export const responseUserPropertiesGenerators = handlerValueGenerators(
  'backendless_users_response_user_properties',
  'res.result',
);
