// The block files of this folder, one each: written by `npx node scripts/block-lists.ts`, never by hand (the
// block-library test fails while this list is behind the folder). Adding a file is all a new block costs here.
import { assignRoleFile } from './assign_role.ts';
import { contextUserIdFile } from './context_user_id.ts';
import { contextUserRolesFile } from './context_user_roles.ts';
import { createConfirmationUrlFile } from './create_confirmation_url.ts';
import { describeUserClassFile } from './describe_user_class.ts';
import { disableUserFile } from './disable_user.ts';
import { enableUserFile } from './enable_user.ts';
import { eventHandlerFile } from './event_handler.ts';
import { findUsersByRoleFile } from './find_users_by_role.ts';
import { getAuthorizationUrlFile } from './get_authorization_url.ts';
import { getCurrentUserFile } from './get_current_user.ts';
import { getErrorFile } from './get_error.ts';
import { getPropertyFile } from './get_property.ts';
import { getUserRolesFile } from './get_user_roles.ts';
import { getUserTokenFile } from './get_user_token.ts';
import { isValidLoginFile } from './is_valid_login.ts';
import { loginFile } from './login.ts';
import { loginAsGuestFile } from './login_as_guest.ts';
import { loginByObjectIdFile } from './login_by_object_id.ts';
import { loginWithOauth2File } from './login_with_oauth2.ts';
import { logoutFile } from './logout.ts';
import { newUserFile } from './new_user.ts';
import { registerFile } from './register.ts';
import { requestEmailFile } from './request_email.ts';
import { requestLoginFile } from './request_login.ts';
import { requestPasswordFile } from './request_password.ts';
import { requestUserFile } from './request_user.ts';
import { resendEmailConfirmationFile } from './resend_email_confirmation.ts';
import { responseUserFile } from './response_user.ts';
import { responseUserPropertiesFile } from './response_user_properties.ts';
import { restorePasswordFile } from './restore_password.ts';
import { setCurrentUserFile } from './set_current_user.ts';
import { setPropertyFile } from './set_property.ts';
import { setRequestArgumentFile } from './set_request_argument.ts';
import { setResponseResultFile } from './set_response_result.ts';
import { setUserTokenFile } from './set_user_token.ts';
import { throwErrorFile } from './throw_error.ts';
import { tryCatchFile } from './try_catch.ts';
import { tryCatchCodesFile } from './try_catch_codes.ts';
import { unassignRoleFile } from './unassign_role.ts';
import { updateUserFile } from './update_user.ts';
import { verifyPasswordFile } from './verify_password.ts';

/** The Users category's block files of this folder, by file name: what blocks/library.ts derives the registries from. */
export const listedBlockFiles = [
  assignRoleFile,
  createConfirmationUrlFile,
  describeUserClassFile,
  disableUserFile,
  enableUserFile,
  findUsersByRoleFile,
  getAuthorizationUrlFile,
  getCurrentUserFile,
  getErrorFile,
  getPropertyFile,
  getUserRolesFile,
  getUserTokenFile,
  isValidLoginFile,
  loginFile,
  loginAsGuestFile,
  loginByObjectIdFile,
  loginWithOauth2File,
  logoutFile,
  newUserFile,
  registerFile,
  resendEmailConfirmationFile,
  restorePasswordFile,
  setCurrentUserFile,
  setPropertyFile,
  setUserTokenFile,
  throwErrorFile,
  tryCatchFile,
  tryCatchCodesFile,
  unassignRoleFile,
  updateUserFile,
  verifyPasswordFile,
] as const;
/** The same, of the Server logic category's blocks (`toolbox: { category: 'serverLogic' }`). */
export const listedServerLogicBlockFiles = [
  contextUserIdFile,
  contextUserRolesFile,
  eventHandlerFile,
  requestEmailFile,
  requestLoginFile,
  requestPasswordFile,
  requestUserFile,
  responseUserFile,
  responseUserPropertiesFile,
  setRequestArgumentFile,
  setResponseResultFile,
] as const;
export {
  assignRoleFile,
  contextUserIdFile,
  contextUserRolesFile,
  createConfirmationUrlFile,
  describeUserClassFile,
  disableUserFile,
  enableUserFile,
  eventHandlerFile,
  findUsersByRoleFile,
  getAuthorizationUrlFile,
  getCurrentUserFile,
  getErrorFile,
  getPropertyFile,
  getUserRolesFile,
  getUserTokenFile,
  isValidLoginFile,
  loginFile,
  loginAsGuestFile,
  loginByObjectIdFile,
  loginWithOauth2File,
  logoutFile,
  newUserFile,
  registerFile,
  requestEmailFile,
  requestLoginFile,
  requestPasswordFile,
  requestUserFile,
  resendEmailConfirmationFile,
  responseUserFile,
  responseUserPropertiesFile,
  restorePasswordFile,
  setCurrentUserFile,
  setPropertyFile,
  setRequestArgumentFile,
  setResponseResultFile,
  setUserTokenFile,
  throwErrorFile,
  tryCatchFile,
  tryCatchCodesFile,
  unassignRoleFile,
  updateUserFile,
  verifyPasswordFile,
};
// Not a block file: the check and style names hosts build their own blocks with (`blocks.USER_CHECK`, …).
export * from './types.ts';
