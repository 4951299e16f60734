// Server-logic modules written by hand in the shape the generator's emulator target has
// (`export default function (Backendless) { Backendless.ServerCode.User.<event>(handler[, async]); … }`): the
// example's two handlers, and small modules for the emulator's own rules.

/**
 * The example's logic: beforeRegister refuses any e-mail address at spam.test with an error that says "spam";
 * afterLogin adds `greeting` "Welcome back, <name or e-mail>" to the user the client gets.
 */
export const EXAMPLE_LOGIC = `export default function (Backendless) {
  Backendless.ServerCode.User.beforeRegister(async (req) => {
    if (String(req.user.email).toLowerCase().endsWith('@spam.test')) {
      throw Object.assign(new Error('Registration refused: spam addresses are not welcome'), { code: 400001 });
    }
  });
  Backendless.ServerCode.User.afterLogin(async (req, res) => {
    res.result.greeting = 'Welcome back, ' + (res.result.name || res.result.email);
  });
}
`;

/** The code and message the example's beforeRegister refuses with. */
export const SPAM_REFUSAL = { code: 400001, message: 'Registration refused: spam addresses are not welcome' };

/** A module whose handlers are the given event → body pairs (`async (req, res) => { body }`). */
export function logicModule(handlers: Record<string, string>, asyncEvents: string[] = []): string {
  const lines = Object.entries(handlers).map(
    ([event, body]) =>
      `  Backendless.ServerCode.User.${event}(async function (req, res) {\n${body}\n  }${asyncEvents.includes(event) ? ', true' : ''});`,
  );
  return `export default function (Backendless) {\n${lines.join('\n')}\n}\n`;
}
