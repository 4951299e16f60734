// Why a workspace file was refused, in the page's language. The library names every problem in English
// (blocks/serialization.ts: checkWorkspaceJson, loadWorkspaceJson); this recognises those sentences and says each in
// the page's language from its `load…` texts (ui-messages-<locale>.ts). Places in the file and block types stay as
// written (marked as code, `lang="zxx"`); a part it does not know — a message of Blockly's or of the browser's JSON
// parser — is kept in English and marked `lang="en"`, never passed off as the page's language.
import type { LinePart } from './console-panel.ts';
import type { TextSource, UiMessages } from './ui-messages.ts';

const UNTOUCHED = 'The current workspace was left as it was.';
const UNKNOWN_NOTE = 'Unknown blocks come from a library that is not installed in this editor.';

const code = (text: string): LinePart => ({ text, lang: 'zxx' });
const english = (text: string): LinePart => ({ text, lang: 'en' });

/** A text key of the page and the parts its `{name}`s stand for. */
type Said = [keyof UiMessages, Record<string, LinePart>];

// One problem of the list, as checkWorkspaceJson words it.
const PROBLEMS: Array<[RegExp, (match: RegExpMatchArray) => Said]> = [
  [
    /^unknown block type "(.*)" \(at (\S+)\)$/s,
    (m) => ['loadUnknownType', { type: code(`"${m[1]}"`), at: code(m[2]!) }],
  ],
  [
    /^unknown block type "(.*)" \((\d+) times, first at (\S+)\)$/s,
    (m) => ['loadUnknownTypeTimes', { type: code(`"${m[1]}"`), times: m[2]!, at: code(m[3]!) }],
  ],
  [/^(\S+) has no block "type"$/, (m) => ['loadNoType', { at: code(m[1]!), type: code('"type"') }]],
  [/^(\S+\.(?:fields|inputs)) is not an object$/, (m) => ['loadNotAnObject', { at: code(m[1]!) }]],
  [
    /^(\S+) names a function with an unpaired surrogate character$/,
    (m) => ['loadFunctionSurrogate', { at: code(m[1]!) }],
  ],
  [
    /^(\S+) asks for (.+) items; at most (\d+) are loaded$/,
    (m) => ['loadTooManyItems', { at: code(m[1]!), count: m[2]!, max: m[3]! }],
  ],
  [/^(\S+) is not a block object$/, (m) => ['loadNotABlock', { at: code(m[1]!) }]],
  [/^(\S+) contains itself \(a cycle\)$/, (m) => ['loadCycle', { at: code(m[1]!) }]],
  [
    /^blocks are nested more than (\d+) deep under (\S+); split long stacks into functions$/,
    (m) => ['loadTooDeep', { depth: m[1]!, at: code(m[2]!) }],
  ],
  [
    /^(\S+) is not an object with "block" or "shadow"$/,
    (m) => ['loadNotAnInput', { at: code(m[1]!), block: code('"block"'), shadow: code('"shadow"') }],
  ],
  [/^"blocks" must be an object with a "blocks" array$/, () => ['loadBlocksShape', { blocks: code('"blocks"') }]],
  [/^"variables" must be an array$/, () => ['loadVariablesShape', { variables: code('"variables"') }]],
  [
    /^(\S+) must have a string "name" and "id"$/,
    (m) => ['loadVariableFields', { at: code(m[1]!), name: code('"name"'), id: code('"id"') }],
  ],
  [/^(\S+) has a name with an unpaired surrogate character$/, (m) => ['loadNameSurrogate', { at: code(m[1]!) }]],
  [/^and 1 more problem$/, () => ['loadOneMoreProblem', {}]],
  [/^and (\d+) more problems$/, (m) => ['loadMoreProblems', { count: m[1]! }]],
];

/** `template` as line parts, each `{name}` replaced by `values.name` (a name without a value stays as written). */
function fillParts(template: string, values: Record<string, LinePart>): LinePart[] {
  return template
    .split(/(\{\w+\})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      return name !== undefined && Object.hasOwn(values, name) ? values[name]! : piece;
    });
}

function translateProblem(problem: string, text: UiMessages): LinePart[] {
  for (const [pattern, say] of PROBLEMS) {
    const match = problem.match(pattern);
    if (match) {
      const [key, values] = say(match);
      return fillParts(text[key], values);
    }
  }
  return [english(problem)];
}

/**
 * The reason a workspace file was refused (the library's message), as parts of a console line in `language`.
 * English is returned as it is.
 */
export function loadErrorText(message: string, { text, locale }: TextSource): LinePart[] {
  if (locale === 'en') return [message];
  const parts: LinePart[] = [];
  let rest = message;
  const untouched = rest.endsWith(UNTOUCHED);
  if (untouched) rest = rest.slice(0, -UNTOUCHED.length).trimEnd();
  const unknownNote = rest.endsWith(UNKNOWN_NOTE);
  if (unknownNote) rest = rest.slice(0, -UNKNOWN_NOTE.length).trimEnd();
  const notJson = rest.match(/^The workspace file is not valid JSON: (.*)\.$/s);
  const notObject = rest.match(/^A saved workspace must be a JSON object like (.*), got (.*)\.$/s);
  const refused = rest.match(/^The workspace cannot be loaded: (.*)\.$/s);
  if (notJson) {
    parts.push(...fillParts(text.loadNotJson, { reason: english(notJson[1]!) }));
  } else if (notObject) {
    parts.push(...fillParts(text.loadNotAWorkspace, { example: code(notObject[1]!), got: code(notObject[2]!) }));
  } else if (refused) {
    const problems = refused[1]!
      .split(/; (?!split long stacks)/)
      .flatMap((problem, index) => [...(index > 0 ? ['; '] : []), ...translateProblem(problem, text)]);
    const [before = '', after = ''] = text.loadRefused.split('{problems}');
    parts.push(before, ...problems, after);
  } else {
    parts.push(english(rest));
  }
  if (unknownNote) parts.push(` ${text.loadUnknownNote}`);
  if (untouched) parts.push(` ${text.loadUntouched}`);
  return parts.filter((part) => part !== '');
}
