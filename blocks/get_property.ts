// get property … of user …: reads one property of a user object ("name", "email", "user-token", …).
import { USER_CHECK, USER_OBJECT_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of get property. */
export const GET_PROPERTY = 'backendless_users_get_property';

/** JSON definition of get property. The output is unchecked: a property can hold any type. */
export const getPropertyBlock: JsonBlockDefinition = {
  type: GET_PROPERTY,
  message0: '%{BKY_CODELESS_USERS_GET_PROPERTY}',
  args0: [
    { type: 'input_value', name: 'PROPERTY', check: 'String' },
    { type: 'input_value', name: 'USER', check: USER_CHECK },
  ],
  inputsInline: true,
  output: null,
  style: USER_OBJECT_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_GET_PROPERTY_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_GET_PROPERTY_HELPURL}',
};
