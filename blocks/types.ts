// Names shared by the block definitions: connection check types and theme style names. Hosts that build their
// own blocks around ours use the same check names so that the pieces snap together.

/** Connection check of a Backendless user object (what Login User returns, what Register User takes). */
export const USER_CHECK = 'BackendlessUser';

/** Theme block style of the calls to the user service. */
export const USERS_STYLE = 'codeless_users_blocks';

/** Theme block style of the blocks that build or read user objects locally. */
export const USER_OBJECT_STYLE = 'codeless_user_object_blocks';

/** Theme block style of the error-handling blocks. */
export const ERROR_STYLE = 'codeless_error_blocks';

/** Theme category style of the Users toolbox category. */
export const USERS_CATEGORY_STYLE = 'codeless_users_category';

/** A JSON block definition, as `Blockly.common.createBlockDefinitionsFromJsonArray` takes it. */
export interface JsonBlockDefinition {
  readonly type: string;
  readonly [key: string]: unknown;
}
