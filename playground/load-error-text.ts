// Why a workspace file was refused, in the page's language. The library names every problem in English
// (blocks/serialization.ts: checkWorkspaceJson, loadWorkspaceJson); this turns those sentences into German part by
// part (the other languages show them in English, marked as English). Places in the file and block types stay as written (marked as code, `lang="zxx"`); a part it does not know
// — a message of Blockly's or of the browser's JSON parser — is kept in English and marked `lang="en"`, never
// passed off as German.
import type { LinePart } from './console-panel.ts';
import type { Locale } from './ui-messages.ts';

const UNTOUCHED = 'The current workspace was left as it was.';
const UNKNOWN_NOTE = 'Unknown blocks come from a library that is not installed in this editor.';

const code = (text: string): LinePart => ({ text, lang: 'zxx' });
const english = (text: string): LinePart => ({ text, lang: 'en' });

type Translation = [RegExp, (match: RegExpMatchArray) => LinePart[]];

// One problem of the list, as checkWorkspaceJson words it.
const PROBLEMS: Translation[] = [
  [
    /^unknown block type "(.*)" \(at (\S+)\)$/s,
    (m) => ['unbekannter Blocktyp ', code(`"${m[1]}"`), ' (bei ', code(m[2]!), ')'],
  ],
  [
    /^unknown block type "(.*)" \((\d+) times, first at (\S+)\)$/s,
    (m) => ['unbekannter Blocktyp ', code(`"${m[1]}"`), ` (${m[2]}-mal, zuerst bei `, code(m[3]!), ')'],
  ],
  [/^(\S+) has no block "type"$/, (m) => [code(m[1]!), ' hat keinen Blocktyp (', code('"type"'), ')']],
  [/^(\S+)\.fields is not an object$/, (m) => [code(`${m[1]}.fields`), ' ist kein Objekt']],
  [/^(\S+)\.inputs is not an object$/, (m) => [code(`${m[1]}.inputs`), ' ist kein Objekt']],
  [
    /^(\S+) names a function with an unpaired surrogate character$/,
    (m) => [code(m[1]!), ' benennt eine Funktion mit einem ungepaarten UTF-16-Ersatzzeichen'],
  ],
  [
    /^(\S+) asks for (.+) items; at most (\d+) are loaded$/,
    (m) => [code(m[1]!), ` verlangt ${m[2]} Einträge; höchstens ${m[3]} werden geladen`],
  ],
  [/^(\S+) is not a block object$/, (m) => [code(m[1]!), ' ist kein Block-Objekt']],
  [/^(\S+) contains itself \(a cycle\)$/, (m) => [code(m[1]!), ' enthält sich selbst (ein Zyklus)']],
  [
    /^blocks are nested more than (\d+) deep under (\S+); split long stacks into functions$/,
    (m) => [
      `Blöcke sind unter `,
      code(m[2]!),
      ` mehr als ${m[1]} Ebenen tief verschachtelt; teilen Sie lange Stapel in Funktionen auf`,
    ],
  ],
  [
    /^(\S+) is not an object with "block" or "shadow"$/,
    (m) => [code(m[1]!), ' ist kein Objekt mit ', code('"block"'), ' oder ', code('"shadow"')],
  ],
  [
    /^"blocks" must be an object with a "blocks" array$/,
    () => [code('"blocks"'), ' muss ein Objekt mit einer Liste ', code('"blocks"'), ' sein'],
  ],
  [/^"variables" must be an array$/, () => [code('"variables"'), ' muss eine Liste sein']],
  [
    /^(\S+) must have a string "name" and "id"$/,
    (m) => [code(m[1]!), ' braucht die Texte ', code('"name"'), ' und ', code('"id"')],
  ],
  [
    /^(\S+) has a name with an unpaired surrogate character$/,
    (m) => [code(m[1]!), ' hat einen Namen mit einem ungepaarten UTF-16-Ersatzzeichen'],
  ],
  [/^and (\d+) more problems?$/, (m) => [`und ${m[1]} weitere${m[1] === '1' ? 's Problem' : ' Probleme'}`]],
];

function translateProblem(problem: string): LinePart[] {
  for (const [pattern, translate] of PROBLEMS) {
    const match = problem.match(pattern);
    if (match) return translate(match);
  }
  return [english(problem)];
}

/**
 * The reason a workspace file was refused (the library's message), as parts of a console line in `locale`.
 * English is returned as it is; in a language these sentences have no translation for yet, it stays English and is
 * marked so.
 */
export function loadErrorText(message: string, locale: Locale): LinePart[] {
  if (locale === 'en') return [message];
  if (locale !== 'de') return [english(message)];
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
    parts.push('Die Datei ist kein gültiges JSON: ', english(notJson[1]!), '.');
  } else if (notObject) {
    parts.push('Ein gespeicherter Arbeitsbereich muss ein JSON-Objekt wie ', code(notObject[1]!), ' sein, nicht ');
    parts.push(code(notObject[2]!), '.');
  } else if (refused) {
    parts.push('Der Arbeitsbereich kann nicht geladen werden: ');
    refused[1]!.split(/; (?!split long stacks)/).forEach((problem, index) => {
      if (index > 0) parts.push('; ');
      parts.push(...translateProblem(problem));
    });
    parts.push('.');
  } else {
    parts.push(english(rest));
  }
  if (unknownNote) parts.push(' Unbekannte Blöcke stammen aus einer Bibliothek, die in diesem Editor fehlt.');
  if (untouched) parts.push(' Der Arbeitsbereich bleibt, wie er war.');
  return parts;
}
