// How a handler's run becomes what the client gets. A thrown error with a `code` is a Backendless error the
// handler meant (CodeRunner's result-wrapper passes `code`, the message and `httpStatusCode` on): the client gets
// exactly that code and message. Anything else — another throw, a run past the time limit, a stopped worker,
// a request changed into something the operation cannot take — is the handler's failure: code 0 (what CodeRunner
// gives an error without a numeric code) and a message naming the handler, "beforeRegister failed: …".
import { EmulatorError } from '../errors.ts';
import type { AdminLogicRunView } from '../contract.ts';
import { USER_OPERATIONS, type HandlerName, type UserOperation } from './events.ts';
import type { RunResult } from './logic-worker.ts';

/** The code of a handler's failure (not an error it threw on purpose). */
export const HANDLER_FAILURE_CODE = 0;

/** The error the client gets for a run that did not end well. */
export function failure(event: HandlerName, result: RunResult, timeLimitMs: number): EmulatorError {
  switch (result.kind) {
    case 'threw': {
      const { code, message, httpStatusCode } = result.error;
      if (code !== undefined) {
        const status =
          httpStatusCode !== undefined && httpStatusCode >= 400 && httpStatusCode < 600 ? httpStatusCode : 400;
        return new EmulatorError(code, message, status);
      }
      return failed(event, message);
    }
    case 'timed-out':
      return failed(event, `it did not finish within its time limit of ${timeLimitMs} ms and was stopped`);
    case 'stopped':
      return failed(event, result.reason);
    case 'done':
      return failed(event, 'it ended well (no error)');
  }
}

/** The admin API's outcome of a run and its error, if any. */
export function outcomeOf(
  result: RunResult,
  event: HandlerName,
  timeLimitMs: number,
): Pick<AdminLogicRunView, 'outcome' | 'error'> {
  if (result.kind === 'done') return { outcome: 'ok' };
  const { code, message } = failure(event, result, timeLimitMs);
  if (result.kind === 'timed-out') return { outcome: 'timed-out', error: { code, message } };
  const refused = result.kind === 'threw' && result.error.code !== undefined;
  return { outcome: refused ? 'refused' : 'failed', error: { code, message } };
}

/**
 * The request a before handler hands on: the operation's fields as it left them (CodeRunner's names), each
 * still of a type the operation takes; anything else is the handler's failure and the call changes nothing.
 */
export function checkRequest(
  event: HandlerName,
  operation: UserOperation,
  original: Record<string, unknown>,
  changed: Record<string, unknown>,
): Record<string, unknown> {
  const request: Record<string, unknown> = { ...original };
  for (const field of USER_OPERATIONS[operation] as readonly string[]) {
    const value = changed[field];
    const problem = fieldProblem(field, value);
    if (problem) throw failed(event, `req.${field} ${problem}`);
    request[field] = value;
  }
  return request;
}

function fieldProblem(field: string, value: unknown): string | undefined {
  switch (field) {
    case 'user':
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : 'must be an object';
    case 'email':
      return typeof value === 'string' ? undefined : 'must be a string';
    default:
      // login and password: the operation checks them and answers with its own codes.
      return undefined;
  }
}

function failed(event: HandlerName, detail: string): EmulatorError {
  return new EmulatorError(HANDLER_FAILURE_CODE, `${event} failed: ${detail.slice(0, 1_000)}`, 400);
}
