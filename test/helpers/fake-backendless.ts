// A stand-in for `Backendless` for the property-based tests: it answers from memory and records what it was called
// with, so a generated program can run without a backend and its calls can be compared with what was typed.
/** A stand-in for `Backendless` that answers from memory and records what it was called with. */
export function createFake() {
  const calls: unknown[][] = [];
  let current: Record<string, unknown> | null = null;
  let token: string | null = null;
  const UserService = {
    async login(login: unknown, password: unknown, stayLoggedIn: unknown) {
      calls.push(['login', login, password, stayLoggedIn]);
      current = { login, password };
      return current;
    },
    async register(user: Record<string, unknown>) {
      calls.push(['register', { ...user }]);
      return { ...user };
    },
    async getCurrentUser() {
      return current;
    },
    setCurrentUser(user: Record<string, unknown> | null) {
      current = user;
    },
    getCurrentUserToken: () => token,
    setCurrentUserToken(value: string | null) {
      token = value;
    },
    async isValidLogin() {
      return token !== null;
    },
    // Fails with the current token as its message, so a catch branch has something typed to print.
    async logout() {
      throw Object.assign(new Error(String(token)), { code: 3064 });
    },
  };
  // Every other method of the user service: recorded, answered with null (Create Confirmation URL with its
  // `{ confirmationURL }`).
  const recording = new Proxy(UserService as Record<string, unknown>, {
    get: (service, method: string) =>
      method in service
        ? service[method]
        : async (...args: unknown[]) => {
            calls.push([method, ...args]);
            return method === 'createEmailConfirmationURL' ? { confirmationURL: `confirm ${String(args[0])}` } : null;
          },
  });
  return { Backendless: { UserService: recording, Users: recording, initApp: () => undefined }, calls };
}
