// Server logic: the events of the Users service a handler block can handle, and where each server-logic block
// belongs. A handler is a top block (Backendless' "event handler"); the blocks reading its request, its result and
// its context mean something only inside one, and some only inside certain handlers (Request Login inside a Login
// handler). The same rule warns in the editor (the `codeless_server_logic_only` extension, which
// `installServerLogic()` registers) and refuses in generation (generators/handler-context.ts), so a misplaced block
// never reaches a program.
import type { Block } from 'blockly/core';
import { CODELESS_DOCS } from './block-file.ts';
import { USER_OBJECT_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of the event handler. */
export const EVENT_HANDLER = 'backendless_users_event_handler';

/** Whether a handler runs before the call (and may change or refuse it) or after it (and may change its result). */
export type Timing = 'before' | 'after';

/** What a handler's request holds (`req.<name>` in CodeRunner). */
export type RequestArgument = 'user' | 'login' | 'password' | 'email';

/** One event of the Users service: the arguments its request holds and what its result is. */
export interface UserEventShape {
  /** The event's name in Backendless Console and Codeless (English only, as there). */
  readonly label: string;
  readonly arguments: readonly RequestArgument[];
  /** What `res.result` holds in an after handler (`null`: nothing a block reads). */
  readonly result: 'user' | 'userProperties' | null;
}

/**
 * The events, keyed by the handler block's EVENT value. CodeRunner's names are `before` / `after` + the key with a
 * capital (`beforeRestorePassword`); its request arguments are from CodeRunner's event table (lib/server-code/events.js).
 */
export const USER_EVENTS = {
  register: { label: 'Register', arguments: ['user'], result: 'user' },
  login: { label: 'Login', arguments: ['login', 'password'], result: 'user' },
  update: { label: 'Update', arguments: ['user'], result: 'user' },
  describe: { label: 'Describe', arguments: [], result: 'userProperties' },
  restorePassword: { label: 'Restore Password', arguments: ['email'], result: null },
  logout: { label: 'Logout', arguments: [], result: null },
} as const satisfies Record<string, UserEventShape>;

/** An event of the Users service a handler can handle. */
export type UserEvent = keyof typeof USER_EVENTS;

/** Every event, in the order of the handler block's dropdown. */
export const userEventNames: readonly UserEvent[] = Object.keys(USER_EVENTS) as UserEvent[];

/** Whether a text is one of the events. */
export function isUserEvent(value: unknown): value is UserEvent {
  return typeof value === 'string' && Object.hasOwn(USER_EVENTS, value);
}

/** Where a server-logic block belongs: inside a handler of these timings and events (absent: any). */
export interface HandlerPlace {
  readonly timings?: readonly Timing[];
  readonly events?: readonly UserEvent[];
}

const eventsWith = (argument: RequestArgument): UserEvent[] =>
  userEventNames.filter((event) => (USER_EVENTS[event].arguments as readonly string[]).includes(argument));
const eventsResulting = (result: 'user' | 'userProperties' | 'any'): UserEvent[] =>
  userEventNames.filter((event) =>
    result === 'any' ? USER_EVENTS[event].result !== null : USER_EVENTS[event].result === result,
  );

/** The fixed places, by block type; the setter of a request argument belongs where that argument is. */
const PLACES: Readonly<Record<string, HandlerPlace>> = {
  backendless_users_request_user: { events: eventsWith('user') },
  backendless_users_request_login: { events: eventsWith('login') },
  backendless_users_request_password: { events: eventsWith('password') },
  backendless_users_request_email: { events: eventsWith('email') },
  backendless_users_response_user: { timings: ['after'], events: eventsResulting('user') },
  backendless_users_response_user_properties: { timings: ['after'], events: eventsResulting('userProperties') },
  backendless_users_set_response_result: { timings: ['after'], events: eventsResulting('any') },
  backendless_users_context_user_id: {},
  backendless_users_context_user_roles: {},
};

/** Block type of the setter of a request argument (its place depends on the argument chosen). */
export const SET_REQUEST_ARGUMENT = 'backendless_users_set_request_argument';

/**
 * Where a server-logic block belongs.
 *
 * @param block A block of the Server logic category (not the handler).
 * @returns Its place, or `undefined` for a block that may go anywhere.
 */
export function placeOf(block: Block): HandlerPlace | undefined {
  if (block.type === SET_REQUEST_ARGUMENT) {
    const argument = String(block.getFieldValue('ARGUMENT')) as RequestArgument;
    return { timings: ['before'], events: eventsWith(argument) };
  }
  return PLACES[block.type];
}

/** The handler a block is in: its top block, when that is a handler. */
export function enclosingHandler(block: Block): { timing: Timing; event: UserEvent } | null {
  const root = block.getRootBlock();
  if (root.type !== EVENT_HANDLER) return null;
  const timing = root.getFieldValue('TIMING');
  const event = root.getFieldValue('EVENT');
  if ((timing !== 'before' && timing !== 'after') || !isUserEvent(event)) return null;
  return { timing, event };
}

/** What is wrong with where a block is: outside any handler, in a handler it has no value in, or nothing. */
export type PlaceProblem = 'outsideHandler' | 'wrongHandler' | null;

/**
 * Whether a server-logic block is where it belongs.
 *
 * @param block Any block.
 * @returns The problem, or `null` (also for every block that is not a server-logic block).
 */
export function placeProblem(block: Block): PlaceProblem {
  const place = placeOf(block);
  if (!place) return null;
  const handler = enclosingHandler(block);
  if (!handler) return 'outsideHandler';
  const timingFits = !place.timings || place.timings.includes(handler.timing);
  const eventFits = !place.events || place.events.includes(handler.event);
  return timingFits && eventFits ? null : 'wrongHandler';
}

/** The name of the extension every server-logic block but the handler carries. */
export const SERVER_LOGIC_ONLY = 'codeless_server_logic_only';

/**
 * The JSON definition of a value block of the Server logic category (an argument, a result, the context): a label
 * only, the server-logic style and the extension that keeps it inside the handlers it belongs to.
 *
 * @param type The block type; its label is `CODELESS_USERS_<NAME>`, its tooltip `…_TOOLTIP`.
 * @param output Its connection check (`null`: any).
 * @param helpUrl The Backendless docs page.
 * @returns The definition.
 */
export function serverLogicValue(type: string, output: string | null, helpUrl: string): JsonBlockDefinition {
  const key = 'CODELESS_USERS_' + type.slice('backendless_users_'.length).toUpperCase();
  return {
    type,
    message0: `%{BKY_${key}}`,
    output,
    style: USER_OBJECT_STYLE,
    tooltip: `%{BKY_${key}_TOOLTIP}`,
    helpUrl,
    extensions: [SERVER_LOGIC_ONLY],
  };
}

/** The Codeless page of the Users handlers and their argument and result blocks. */
export const HANDLERS_DOCS = CODELESS_DOCS + 'codeless_user_service_handlers.html';

/** The Codeless page of the blocks every handler has (User ID, User Roles, …). */
export const CONTEXT_DOCS = CODELESS_DOCS + 'codeless_event_handlers_general_blocks.html';
