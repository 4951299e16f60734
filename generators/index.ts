// The generator files of this folder, one each: written by `npx node scripts/block-lists.ts`, never by hand (the
// block-library test fails while this list is behind the folder). Adding a file is all a new block costs here.
import { assignRoleGenerators } from './assign_role.ts';
import { contextUserIdGenerators } from './context_user_id.ts';
import { contextUserRolesGenerators } from './context_user_roles.ts';
import { createConfirmationUrlGenerators } from './create_confirmation_url.ts';
import { describeUserClassGenerators } from './describe_user_class.ts';
import { disableUserGenerators } from './disable_user.ts';
import { enableUserGenerators } from './enable_user.ts';
import { eventHandlerGenerators } from './event_handler.ts';
import { findUsersByRoleGenerators } from './find_users_by_role.ts';
import { getAuthorizationUrlGenerators } from './get_authorization_url.ts';
import { getCurrentUserGenerators } from './get_current_user.ts';
import { getErrorGenerators } from './get_error.ts';
import { getPropertyGenerators } from './get_property.ts';
import { getUserRolesGenerators } from './get_user_roles.ts';
import { getUserTokenGenerators } from './get_user_token.ts';
import { isValidLoginGenerators } from './is_valid_login.ts';
import { loginGenerators } from './login.ts';
import { loginAsGuestGenerators } from './login_as_guest.ts';
import { loginByObjectIdGenerators } from './login_by_object_id.ts';
import { loginWithOauth2Generators } from './login_with_oauth2.ts';
import { logoutGenerators } from './logout.ts';
import { newUserGenerators } from './new_user.ts';
import { registerGenerators } from './register.ts';
import { requestEmailGenerators } from './request_email.ts';
import { requestLoginGenerators } from './request_login.ts';
import { requestPasswordGenerators } from './request_password.ts';
import { requestUserGenerators } from './request_user.ts';
import { resendEmailConfirmationGenerators } from './resend_email_confirmation.ts';
import { responseUserGenerators } from './response_user.ts';
import { responseUserPropertiesGenerators } from './response_user_properties.ts';
import { restorePasswordGenerators } from './restore_password.ts';
import { setCurrentUserGenerators } from './set_current_user.ts';
import { setPropertyGenerators } from './set_property.ts';
import { setRequestArgumentGenerators } from './set_request_argument.ts';
import { setResponseResultGenerators } from './set_response_result.ts';
import { setUserTokenGenerators } from './set_user_token.ts';
import { throwErrorGenerators } from './throw_error.ts';
import { tryCatchGenerators } from './try_catch.ts';
import { tryCatchCodesGenerators } from './try_catch_codes.ts';
import { unassignRoleGenerators } from './unassign_role.ts';
import { updateUserGenerators } from './update_user.ts';
import { verifyPasswordGenerators } from './verify_password.ts';

/** The Users category's generator files of this folder, by file name: what generators/library.ts derives the registries from. */
export const listedGeneratorFiles = [
  assignRoleGenerators,
  createConfirmationUrlGenerators,
  describeUserClassGenerators,
  disableUserGenerators,
  enableUserGenerators,
  findUsersByRoleGenerators,
  getAuthorizationUrlGenerators,
  getCurrentUserGenerators,
  getErrorGenerators,
  getPropertyGenerators,
  getUserRolesGenerators,
  getUserTokenGenerators,
  isValidLoginGenerators,
  loginGenerators,
  loginAsGuestGenerators,
  loginByObjectIdGenerators,
  loginWithOauth2Generators,
  logoutGenerators,
  newUserGenerators,
  registerGenerators,
  resendEmailConfirmationGenerators,
  restorePasswordGenerators,
  setCurrentUserGenerators,
  setPropertyGenerators,
  setUserTokenGenerators,
  throwErrorGenerators,
  tryCatchGenerators,
  tryCatchCodesGenerators,
  unassignRoleGenerators,
  updateUserGenerators,
  verifyPasswordGenerators,
] as const;
/** The same, of the Server logic category's blocks (`toolbox: { category: 'serverLogic' }`). */
export const listedServerLogicGeneratorFiles = [
  contextUserIdGenerators,
  contextUserRolesGenerators,
  eventHandlerGenerators,
  requestEmailGenerators,
  requestLoginGenerators,
  requestPasswordGenerators,
  requestUserGenerators,
  responseUserGenerators,
  responseUserPropertiesGenerators,
  setRequestArgumentGenerators,
  setResponseResultGenerators,
] as const;
