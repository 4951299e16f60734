// The one definition factory for blocks that call the user service: a block file declares its type, its inputs (name,
// check, toolbox default), its result, its docs page and its English texts, and this builds the JSON definition(s)
// and toolbox entries. Most of the library's blocks are such calls, and each hand-written definition repeats the
// same dozen keys; written once here, every call block costs a host little more than its own texts
// (docs/decisions.md: the 9 KB host import).
import { blockFile, JS_DOCS, type BlockFile, type ToolboxBlock } from './block-file.ts';
import { USER_CHECK, USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** Blockly's `null` block: as a shadow, an input that passes nothing unless a person plugs a value in. */
export const NULL_SHADOW = 'logic_null';

/** What a toolbox puts in an input: a shadow (a default a person types over) or a real block. */
export type InputContent = { shadow: ToolboxBlock } | { block: ToolboxBlock };

/**
 * One value input, in the order the SDK method takes its arguments: its name, its connection check (`null` takes
 * anything) and what the toolbox puts in it so the block works the moment it is dropped. An input is required
 * (`BlockFile.requiredInputs`) unless the toolbox offers it empty-handed: a `null` shadow (nothing is a value the
 * call takes) or a yes / no (an empty one is false).
 */
export type CallInput<Name extends string = string> = readonly [
  name: Name,
  check: string | readonly string[] | null,
  content: InputContent,
];

/** Which shapes a call block comes in. */
export type CallShapes =
  /** A value block: the call's result plugs into another block. */
  | 'value'
  /** A statement block: the call returns nothing worth keeping. */
  | 'statement'
  /** A statement that ends its stack: nothing can follow it (throw error). */
  | 'last'
  /**
   * Both, side by side in the toolbox: the value shape `<type>` and the statement shape `<type>_statement`, for
   * calls whose result a program often keeps and as often ignores (the logins, Update User).
   */
  | 'both';

/** The shapes of a call that gives a user object: the value that hands it on, and the step of its own. */
export const GIVES_A_USER = { shapes: 'both', output: USER_CHECK } as const;

/** The name of a call block's type after `backendless_users_`, in capitals: `LOGIN_AS_GUEST`. */
type NameOf<Type extends string> = Type extends `backendless_users_${infer Name}` ? Uppercase<Name> : never;

/**
 * The message keys of a call block, derived from its type: the label `CODELESS_USERS_<NAME>`, the tooltip
 * `CODELESS_USERS_<NAME>_TOOLTIP` and, for a call in both shapes, the statement shape's label
 * `CODELESS_USERS_<NAME>_STATEMENT`.
 */
export type CallMessageKey<Type extends string, Shapes extends CallShapes> =
  | `CODELESS_USERS_${NameOf<Type>}`
  | `CODELESS_USERS_${NameOf<Type>}_TOOLTIP`
  | (Shapes extends 'both' ? `CODELESS_USERS_${NameOf<Type>}_STATEMENT` : never);

/**
 * A call block's English texts (their keys are derived from its type: {@link CallMessageKey}): its label, where `%1`
 * is the title row and `%2`, `%3`, … are the inputs in order; its tooltip; and for a call in both shapes the
 * statement shape's label, "(no result)" after the call's name.
 */
export type CallTexts<Shapes extends CallShapes> = {
  readonly label: string;
  readonly tooltip: string;
} & (Shapes extends 'both' ? { readonly statementLabel: string } : { readonly statementLabel?: never });

/** Everything a call block file declares. `Input` is the union of its inputs' names. */
export interface CallBlock<Type extends string, Shapes extends CallShapes, Input extends string> {
  /**
   * The block type, `backendless_users_<name>`. Its texts' keys are derived from it ({@link CallMessageKey}), so a
   * statement shape beside a value shape has a label of its own (a person can tell the two apart in the flyout).
   */
  readonly type: Type;
  readonly shapes: Shapes;
  /** The theme block style (default: the user-service calls' style). */
  readonly style?: string;
  /** The connection check of the value shape's result (`null`: any type). */
  readonly output?: string | null;
  readonly inputs: readonly CallInput<Input>[];
  /** The Backendless docs page of the call, under https://backendless.com/docs/js/. */
  readonly docs: string;
  /** Where the entries go in the Users category (see `ToolboxPlace.position`). */
  readonly position: number;
  /** Every text the definitions use, in English. */
  readonly texts: CallTexts<Shapes>;
}

/** `backendless_users_login_as_guest` → `CODELESS_USERS_LOGIN_AS_GUEST`. */
function messageKeyOf(type: string): string {
  return 'CODELESS_USERS_' + type.slice('backendless_users_'.length).toUpperCase();
}

/**
 * Builds the block file of a call block: its definition(s), toolbox entries (one per shape, each with the inputs'
 * defaults) and English texts. Inputs sit one per row under the block's title, aligned right, as on Login User.
 *
 * @param block What the block file declares.
 * @returns The block file, for `blocks/index.ts` to list.
 */
export function callBlockFile<
  Type extends `backendless_users_${string}`,
  Shapes extends CallShapes,
  Input extends string = never,
>(block: CallBlock<Type, Shapes, Input>): BlockFile<CallMessageKey<Type, Shapes>, Input> {
  const key = messageKeyOf(block.type);
  const args0: object[] = block.inputs.map(([name, check]) => ({ type: 'input_value', name, check, align: 'RIGHT' }));
  if (args0.length > 0) args0.unshift({ type: 'input_dummy' });
  // A value shape plugs into another block; a statement shape stacks (or, `last`, ends a stack).
  const value = { output: block.output ?? null };
  const statement =
    block.shapes === 'last' ? { previousStatement: null } : { previousStatement: null, nextStatement: null };
  const shape = (type: string, label: string, connections: object): JsonBlockDefinition => ({
    type,
    message0: `%{BKY_${label}}`,
    args0,
    ...connections,
    style: block.style ?? USERS_STYLE,
    tooltip: `%{BKY_${key}_TOOLTIP}`,
    helpUrl: JS_DOCS + block.docs,
  });
  const definitions =
    block.shapes === 'both'
      ? [shape(block.type, key, value), shape(block.type + '_statement', key + '_STATEMENT', statement)]
      : [shape(block.type, key, block.shapes === 'value' ? value : statement)];
  const inputs = Object.fromEntries(block.inputs.map(([name, , content]) => [name, content]));
  const { label, statementLabel, tooltip } = block.texts;
  const messages = {
    [key]: label,
    ...(statementLabel === undefined ? {} : { [key + '_STATEMENT']: statementLabel }),
    [key + '_TOOLTIP']: tooltip,
  } as Record<CallMessageKey<Type, Shapes>, string>;
  return blockFile<CallMessageKey<Type, Shapes>, Input>({
    definitions,
    toolbox: {
      position: block.position,
      entries: definitions.map(({ type }) => ({ kind: 'block', type, inputs })),
    },
    messages,
    callInputs: block.inputs,
  });
}

/**
 * A `null` shadow block for an optional input: the toolbox shows that nothing is passed, and a person can plug a
 * value in.
 *
 * @returns The input's content.
 */
export function nullShadow(): { shadow: ToolboxBlock } {
  return { shadow: { type: NULL_SHADOW } };
}
