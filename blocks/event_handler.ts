// event handler: server logic the Users service runs before or after one of its calls (Register, Login, …), in the
// chain (the call waits for it) or without waiting. A before handler may change the request or refuse the call with
// throw error; an after handler may change the result the client receives. A top block: it stands alone.
import { blockFile, CODELESS_DOCS } from './block-file.ts';
import { EVENT_HANDLER, USER_EVENTS } from './server-logic.ts';
import { USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** JSON definition of the event handler. The event names stay Backendless' own (English), as in its console. */
const eventHandlerBlock: JsonBlockDefinition = {
  type: EVENT_HANDLER,
  message0: '%{BKY_CODELESS_USERS_EVENT_HANDLER}',
  args0: [
    {
      type: 'field_dropdown',
      name: 'TIMING',
      options: [
        ['%{BKY_CODELESS_USERS_EVENT_HANDLER_BEFORE}', 'before'],
        ['%{BKY_CODELESS_USERS_EVENT_HANDLER_AFTER}', 'after'],
      ],
    },
    {
      type: 'field_dropdown',
      name: 'EVENT',
      options: Object.entries(USER_EVENTS).map(([event, { label }]) => [label, event]),
    },
    {
      type: 'field_dropdown',
      name: 'MODE',
      options: [
        ['%{BKY_CODELESS_USERS_EVENT_HANDLER_SYNC}', 'SYNC'],
        ['%{BKY_CODELESS_USERS_EVENT_HANDLER_ASYNC}', 'ASYNC'],
      ],
    },
  ],
  message1: '%1',
  args1: [{ type: 'input_statement', name: 'DO' }],
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_EVENT_HANDLER_TOOLTIP}',
  helpUrl: CODELESS_DOCS + 'codeless_user_service_handlers.html',
};

/** In the toolbox: a before-Register handler and an after-Login handler, both in the chain. */
export const eventHandlerFile = blockFile({
  definitions: [eventHandlerBlock],
  toolbox: {
    category: 'serverLogic',
    position: 1000,
    entries: [
      { kind: 'block', type: EVENT_HANDLER, fields: { TIMING: 'before', EVENT: 'register', MODE: 'SYNC' } },
      { kind: 'block', type: EVENT_HANDLER, fields: { TIMING: 'after', EVENT: 'login', MODE: 'SYNC' } },
    ],
  },
  messages: {
    CODELESS_USERS_EVENT_HANDLER: 'event handler %1 %2 %3',
    CODELESS_USERS_EVENT_HANDLER_BEFORE: 'before',
    CODELESS_USERS_EVENT_HANDLER_AFTER: 'after',
    CODELESS_USERS_EVENT_HANDLER_SYNC: 'in the chain',
    CODELESS_USERS_EVENT_HANDLER_ASYNC: 'without waiting',
    CODELESS_USERS_EVENT_HANDLER_TOOLTIP:
      'Server logic for a Users call: "before" may change the request or refuse it with throw error, "after" may ' +
      'change the result. "without waiting": the call does not wait for it (and it can change nothing).',
  },
});
