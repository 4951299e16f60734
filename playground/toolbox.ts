// The playground's toolbox: a search category (@blockly/toolbox-search), the library's Users category — with a label
// over each shape of Login User and Register User, so the value and the statement are told apart — plus Blockly's
// Logic, Loops, Math, Text, Variables and Functions, each with shadow blocks so a block works the moment it is dropped.
import type { UiMessages } from './ui-messages.ts';

/** The toolbox item kind of the search category (registered by editor-plugins.ts). */
export const SEARCH_CATEGORY_KIND = 'codeless-search';

type ToolboxItem = Record<string, unknown>;

const number = (value: number) => ({ shadow: { type: 'math_number', fields: { NUM: value } } });
const text = (value: string) => ({ shadow: { type: 'text', fields: { TEXT: value } } });
const block = (type: string, inputs?: Record<string, unknown>): ToolboxItem =>
  inputs ? { kind: 'block', type, inputs } : { kind: 'block', type };

const logic = {
  kind: 'category',
  name: '%{BKY_CODELESS_PLAYGROUND_CATEGORY_LOGIC}',
  categorystyle: 'logic_category',
  contents: [
    block('controls_if'),
    block('logic_compare'),
    block('logic_operation'),
    block('logic_negate'),
    block('logic_boolean'),
    block('logic_null'),
    block('logic_ternary'),
  ],
};

const loops = {
  kind: 'category',
  name: '%{BKY_CODELESS_PLAYGROUND_CATEGORY_LOOPS}',
  categorystyle: 'loop_category',
  contents: [
    block('controls_repeat_ext', { TIMES: number(10) }),
    block('controls_whileUntil'),
    block('controls_for', { FROM: number(1), TO: number(10), BY: number(1) }),
    block('controls_flow_statements'),
  ],
};

const math = {
  kind: 'category',
  name: '%{BKY_CODELESS_PLAYGROUND_CATEGORY_MATH}',
  categorystyle: 'math_category',
  contents: [
    block('math_number'),
    block('math_arithmetic', { A: number(1), B: number(1) }),
    block('math_single', { NUM: number(9) }),
    block('math_round', { NUM: number(3.1) }),
    block('math_modulo', { DIVIDEND: number(64), DIVISOR: number(10) }),
    block('math_random_int', { FROM: number(1), TO: number(100) }),
  ],
};

const texts = {
  kind: 'category',
  name: '%{BKY_CODELESS_PLAYGROUND_CATEGORY_TEXT}',
  categorystyle: 'text_category',
  contents: [
    block('text'),
    block('text_print', { TEXT: text('abc') }),
    block('text_join'),
    block('text_append', { TEXT: text('') }),
    block('text_length', { VALUE: text('abc') }),
    block('text_isEmpty', { VALUE: text('') }),
  ],
};

const variables = {
  kind: 'category',
  name: '%{BKY_CODELESS_PLAYGROUND_CATEGORY_VARIABLES}',
  categorystyle: 'variable_category',
  custom: 'VARIABLE',
};

const functions = {
  kind: 'category',
  name: '%{BKY_CODELESS_PLAYGROUND_CATEGORY_FUNCTIONS}',
  categorystyle: 'procedure_category',
  custom: 'PROCEDURE',
};

const search = { kind: SEARCH_CATEGORY_KIND, name: '%{BKY_CODELESS_PLAYGROUND_CATEGORY_SEARCH}', contents: [] };

/** The library's Users category with a label (in `text`'s language) over each shape of the two-shaped blocks. */
export function labelledUsersCategory(usersCategory: object, text: UiMessages): object {
  const labels: Record<string, string> = {
    backendless_users_login: text.labelLoginValue,
    backendless_users_login_statement: text.labelLoginStatement,
    backendless_users_register: text.labelRegisterValue,
    backendless_users_register_statement: text.labelRegisterStatement,
  };
  const category = usersCategory as { contents: ToolboxItem[] };
  return {
    ...category,
    contents: category.contents.flatMap((item) => {
      const label = typeof item.type === 'string' ? labels[item.type] : undefined;
      return label ? [{ kind: 'label', text: label, 'web-class': 'codeless-shape-label' }, item] : [item];
    }),
  };
}

/**
 * The categories of blocks: the library's Users category, then Blockly's. The Users category is labelled unless
 * `labels` is false: a flyout in a row (a narrow screen's) lays the labels beside the blocks, and a long one took the
 * width of the screen before the first block; there the "(no result)" of the statement shapes tells them apart.
 */
export function blockCategories(usersCategory: object, text: UiMessages, labels = true): object[] {
  const users = labels ? labelledUsersCategory(usersCategory, text) : usersCategory;
  return [users, logic, loops, math, texts, variables, functions];
}

/** The full category toolbox: search, then {@link blockCategories}. */
export function playgroundToolbox(
  usersCategory: object,
  text: UiMessages,
  labels = true,
): { kind: 'categoryToolbox'; contents: object[] } {
  return { kind: 'categoryToolbox', contents: [search, ...blockCategories(usersCategory, text, labels)] };
}
