// The account calls of Backendless.UserService: password reset and check, e-mail confirmation, enabling and
// disabling a user, the Users table's columns. SDK v8's arguments, messages and results.
import { checkArgument, isId, isText } from './errors.ts';
import { segment } from './http.ts';
import { isObject } from './storage.ts';
import type { Call } from './http.ts';

/** The calls above, for `createUserService` to add to the service. */
export function accountCalls(request: Call, getCurrentUserToken: () => string | null) {
  /** An identity in a path, checked as the SDK checks it. */
  const identity = (value: unknown) => {
    if (typeof value === 'string') checkArgument(value, 'Identity can not be an empty string.');
    else checkArgument(typeof value === 'number', 'Identity must be a string or number.');
    return segment(value);
  };

  const updateUserStatus = (userId: unknown, userStatus: unknown) => {
    checkArgument(isId(userId), 'User objectId must be non empty string/number');
    checkArgument(isText(userStatus), 'User Status must be a valid string');
    return request('PUT', `users/${segment(userId)}/status`, undefined, { userStatus });
  };

  return {
    restorePassword(emailAddress: unknown) {
      checkArgument(isText(emailAddress), 'Email Address must be provided and must be a string.');
      return request('GET', 'users/restorepassword/' + segment(emailAddress));
    },

    resendEmailConfirmation: (value: unknown) => request('POST', 'users/resendconfirmation/' + identity(value)),

    createEmailConfirmationURL: (value: unknown) =>
      // The answer: an object whose `confirmationURL` is text.
      request(
        'POST',
        'users/createEmailConfirmationURL/' + identity(value),
        (data): data is { confirmationURL: string } =>
          isText((data as { confirmationURL?: unknown } | null)?.confirmationURL),
      ),

    async verifyPassword(password: unknown) {
      checkArgument(isText(password), 'Password has to be a non empty string');
      checkArgument(getCurrentUserToken(), 'In order to check password you have to be logged in');
      const answer = await request('POST', 'users/verifypassowrd', isObject, { password });
      return !!(answer as { valid?: unknown }).valid;
    },

    describeUserClass: () => request('GET', 'users/userclassprops', Array.isArray),

    enableUser: (userId: unknown) => updateUserStatus(userId, 'ENABLED'),
    disableUser: (userId: unknown) => updateUserStatus(userId, 'DISABLED'),
    updateUserStatus,
  };
}
