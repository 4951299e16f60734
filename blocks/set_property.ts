// set property … of user … to …: changes one property of a user object locally.
import { blockFile, REST_DOCS, textShadow } from './block-file.ts';
import { currentUserBlock } from './get_current_user.ts';
import { PROPERTY_OF_USER } from './get_property.ts';
import { USER_OBJECT_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of set property. */
export const SET_PROPERTY = 'backendless_users_set_property';

/** JSON definition of set property. */
const setPropertyBlock: JsonBlockDefinition = {
  type: SET_PROPERTY,
  message0: '%{BKY_CODELESS_USERS_SET_PROPERTY}',
  args0: [...PROPERTY_OF_USER, { type: 'input_value', name: 'VALUE' }],
  inputsInline: true,
  previousStatement: null,
  nextStatement: null,
  style: USER_OBJECT_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_SET_PROPERTY_TOOLTIP}',
  helpUrl: REST_DOCS + 'users_user_properties.html',
};

/** In the toolbox it sets the current user's name. */
export const setPropertyFile = blockFile({
  definitions: [setPropertyBlock],
  toolbox: {
    position: 110,
    entries: [
      {
        kind: 'block',
        type: SET_PROPERTY,
        inputs: { PROPERTY: textShadow('name'), USER: { block: currentUserBlock() }, VALUE: textShadow('') },
      },
    ],
  },
  // An empty value is `undefined`, a value a property can be given.
  requiredInputs: PROPERTY_OF_USER.map(({ name }) => name),
  messages: {
    CODELESS_USERS_SET_PROPERTY: 'set property %1 of user %2 to %3',
    CODELESS_USERS_SET_PROPERTY_TOOLTIP: 'Sets one property of a user object (locally; Register User sends it).',
  },
});
