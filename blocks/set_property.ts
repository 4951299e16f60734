// set property … of user … to …: changes one property of a user object locally.
import { USER_CHECK, USER_OBJECT_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of set property. */
export const SET_PROPERTY = 'backendless_users_set_property';

/** JSON definition of set property. */
export const setPropertyBlock: JsonBlockDefinition = {
  type: SET_PROPERTY,
  message0: '%{BKY_CODELESS_USERS_SET_PROPERTY}',
  args0: [
    { type: 'input_value', name: 'PROPERTY', check: 'String' },
    { type: 'input_value', name: 'USER', check: USER_CHECK },
    { type: 'input_value', name: 'VALUE' },
  ],
  inputsInline: true,
  previousStatement: null,
  nextStatement: null,
  style: USER_OBJECT_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_SET_PROPERTY_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_SET_PROPERTY_HELPURL}',
};
