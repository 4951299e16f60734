// get property … of user …: reads one property of a user object ("name", "email", "user-token", …).
import { blockFile, REST_DOCS, textShadow, type ToolboxBlock } from './block-file.ts';
import { currentUserBlock } from './get_current_user.ts';
import { USER_CHECK, USER_OBJECT_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of get property. */
export const GET_PROPERTY = 'backendless_users_get_property';

/** The inputs get property and set property share, and need filled: which property, of which user object. */
export const PROPERTY_OF_USER = [
  { type: 'input_value', name: 'PROPERTY', check: 'String' },
  { type: 'input_value', name: 'USER', check: USER_CHECK },
] as const;

/** JSON definition of get property. The output is unchecked: a property can hold any type. */
const getPropertyBlock: JsonBlockDefinition = {
  type: GET_PROPERTY,
  message0: '%{BKY_CODELESS_USERS_GET_PROPERTY}',
  args0: [...PROPERTY_OF_USER],
  inputsInline: true,
  output: null,
  style: USER_OBJECT_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_GET_PROPERTY_TOOLTIP}',
  helpUrl: REST_DOCS + 'users_user_properties.html',
};

/**
 * `get property "objectId" of user` with the `user` variable plugged in: what the toolbox puts in an object id
 * input (Enable User, Login by Object Id, …), so the block shows where an id comes from and works once `user` holds
 * a user object.
 *
 * @returns The input's content, a real block (it can be dragged out or replaced).
 */
export function objectIdOfUser(): { block: ToolboxBlock } {
  const user = { type: 'variables_get', fields: { VAR: { name: 'user' } } };
  return { block: { type: GET_PROPERTY, inputs: { PROPERTY: textShadow('objectId'), USER: { block: user } } } };
}

/** In the toolbox it reads the current user's name. */
export const getPropertyFile = blockFile({
  definitions: [getPropertyBlock],
  toolbox: {
    position: 100,
    entries: [
      {
        kind: 'block',
        type: GET_PROPERTY,
        inputs: { PROPERTY: textShadow('name'), USER: { block: currentUserBlock() } },
      },
    ],
  },
  requiredInputs: PROPERTY_OF_USER.map(({ name }) => name),
  messages: {
    CODELESS_USERS_GET_PROPERTY: 'get property %1 of user %2',
    CODELESS_USERS_GET_PROPERTY_TOOLTIP:
      'The value of one property of a user object, e.g. "name", "email", "objectId" or "user-token".',
  },
});
