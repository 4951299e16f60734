// The generator files: one line per file, nothing else to keep by hand. Each file holds its blocks' generators
// and whether each awaits (see generator-file.ts); generators/library.ts derives `forBlock` and
// `awaitingBlockTypes` from what is listed here. Only each file's generator file is listed — not its generator
// functions — because the registries iterate this module's namespace, and a bundler keeps everything in a
// namespace that is iterated. A test fails when a generator file of this folder is missing from this list.
export { assignRoleGenerators } from './assign_role.ts';
export { createConfirmationUrlGenerators } from './create_confirmation_url.ts';
export { describeUserClassGenerators } from './describe_user_class.ts';
export { disableUserGenerators } from './disable_user.ts';
export { enableUserGenerators } from './enable_user.ts';
export { findUsersByRoleGenerators } from './find_users_by_role.ts';
export { getAuthorizationUrlGenerators } from './get_authorization_url.ts';
export { getCurrentUserGenerators } from './get_current_user.ts';
export { getErrorGenerators } from './get_error.ts';
export { getPropertyGenerators } from './get_property.ts';
export { getUserRolesGenerators } from './get_user_roles.ts';
export { getUserTokenGenerators } from './get_user_token.ts';
export { isValidLoginGenerators } from './is_valid_login.ts';
export { loginGenerators } from './login.ts';
export { loginAsGuestGenerators } from './login_as_guest.ts';
export { loginByObjectIdGenerators } from './login_by_object_id.ts';
export { loginWithOauth2Generators } from './login_with_oauth2.ts';
export { logoutGenerators } from './logout.ts';
export { newUserGenerators } from './new_user.ts';
export { registerGenerators } from './register.ts';
export { resendEmailConfirmationGenerators } from './resend_email_confirmation.ts';
export { restorePasswordGenerators } from './restore_password.ts';
export { setCurrentUserGenerators } from './set_current_user.ts';
export { setPropertyGenerators } from './set_property.ts';
export { setUserTokenGenerators } from './set_user_token.ts';
export { throwErrorGenerators } from './throw_error.ts';
export { tryCatchGenerators } from './try_catch.ts';
export { tryCatchCodesGenerators } from './try_catch_codes.ts';
export { unassignRoleGenerators } from './unassign_role.ts';
export { updateUserGenerators } from './update_user.ts';
export { verifyPasswordGenerators } from './verify_password.ts';
