// The block files: one line per file, nothing else to keep by hand. Each file holds its block's definitions,
// toolbox entries and English texts (see block-file.ts); blocks/library.ts derives every registry from what is
// listed here. Only each file's block file is listed — not its other exports — because the registries iterate this
// module's namespace, and a bundler keeps everything in a namespace that is iterated. A test fails when a block file
// of this folder is missing from this list.
export { assignRoleFile } from './assign_role.ts';
export { createConfirmationUrlFile } from './create_confirmation_url.ts';
export { describeUserClassFile } from './describe_user_class.ts';
export { disableUserFile } from './disable_user.ts';
export { enableUserFile } from './enable_user.ts';
export { findUsersByRoleFile } from './find_users_by_role.ts';
export { getAuthorizationUrlFile } from './get_authorization_url.ts';
export { getCurrentUserFile } from './get_current_user.ts';
export { getErrorFile } from './get_error.ts';
export { getPropertyFile } from './get_property.ts';
export { getUserRolesFile } from './get_user_roles.ts';
export { getUserTokenFile } from './get_user_token.ts';
export { isValidLoginFile } from './is_valid_login.ts';
export { loginFile } from './login.ts';
export { loginAsGuestFile } from './login_as_guest.ts';
export { loginByObjectIdFile } from './login_by_object_id.ts';
export { loginWithOauth2File } from './login_with_oauth2.ts';
export { logoutFile } from './logout.ts';
export { newUserFile } from './new_user.ts';
export { registerFile } from './register.ts';
export { resendEmailConfirmationFile } from './resend_email_confirmation.ts';
export { restorePasswordFile } from './restore_password.ts';
export { setCurrentUserFile } from './set_current_user.ts';
export { setPropertyFile } from './set_property.ts';
export { setUserTokenFile } from './set_user_token.ts';
export { throwErrorFile } from './throw_error.ts';
export { tryCatchFile } from './try_catch.ts';
export { tryCatchCodesFile } from './try_catch_codes.ts';
export { unassignRoleFile } from './unassign_role.ts';
export { updateUserFile } from './update_user.ts';
export { verifyPasswordFile } from './verify_password.ts';
// Not a block file: the check and style names hosts build their own blocks with (`blocks.USER_CHECK`, …).
export * from './types.ts';
