// The one generator for blocks that call the user service: a generator file names the SDK call, with the block's
// input names where the arguments go (`'restorePassword(IDENTITY)'`), and says whether the call is awaited; this
// writes `await Backendless.UserService.restorePassword(…)` for each shape of the block file.
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import type { BlockFile } from '../blocks/block-file.ts';
import { generatorFile, type GeneratorFile } from './generator-file.ts';

/**
 * An input's name in a call template — capitals, digits and `_`, standing alone (`URL` in `…ConfirmationURL` does
 * not) — with what an empty input passes after a `|` when it is not the usual one (`USER|{}`).
 */
const ARGUMENT = /\b([A-Z][A-Z0-9_]*)\b(?:\|([^,)]+))?/g;

/**
 * What an empty input passes by default: the values the SDK answers with its own clear message (`''` for a text:
 * "cannot be an empty value"), `false` for a yes / no, `null` otherwise.
 */
function fallbackFor(block: Block, name: string): string {
  const check = block.getInput(name)?.connection?.getCheck();
  return check?.includes('String') ? "''" : check?.includes('Boolean') ? 'false' : 'null';
}

type Letter =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T'
  | 'U'
  | 'V'
  | 'W'
  | 'X'
  | 'Y'
  | 'Z';
type WordCharacter = Letter | Lowercase<Letter> | '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '_';

/** A word of a call template that `ARGUMENT` reads as an input's name: a capital, then capitals, digits and `_`. */
type NameIn<Word extends string> = Word extends `${Letter}${string}`
  ? Uppercase<Word> extends Word
    ? Word
    : never
  : never;

/** Every input name a call template writes, found word by word as `ARGUMENT` finds them (compile time only). */
export type TemplateNames<
  Template extends string,
  Word extends string = '',
  Found extends string = never,
> = Template extends `${infer Character}${infer Rest}`
  ? Character extends WordCharacter
    ? TemplateNames<Rest, `${Word}${Character}`, Found>
    : TemplateNames<Rest, '', Found | NameIn<Word>>
  : Found | NameIn<Word>;

/**
 * Nothing when every name of the template is an input of the block; otherwise a property the call lacks, so the
 * compiler names the misspelled input instead of the generator silently writing `null` for it.
 */
type KnownInputs<Template extends string, Input extends string> = [Exclude<TemplateNames<Template>, Input>] extends [
  never,
]
  ? unknown
  : { readonly notAnInputOfTheBlock: Exclude<TemplateNames<Template>, Input> };

/** How a block file's call is made. */
export interface SdkCall<Template extends string = string> {
  /**
   * The SDK call after `Backendless.UserService.`, each argument that comes from the block written as the input's
   * name, e.g. `'login(OBJECT_ID, STAY_LOGGED_IN)'`; anything else stays as written (`null`, `false`). A name that
   * is not one of the block's inputs does not compile.
   */
  readonly call: Template;
  /** Whether the SDK method returns a promise, so the call is awaited (and a user function holding it is async). */
  readonly awaits: boolean;
  /** For a value shape that hands back one property of the SDK's answer (e.g. `'confirmationURL'`). */
  readonly result?: string;
}

/**
 * The generators of a call block file: a value shape gives the call (or the property `result` of its answer), a
 * statement shape the call as a statement.
 *
 * @param file The block file (one shape, or a value shape and its statement shape).
 * @param sdk The call, whether it awaits, and the part of its answer a value shape gives.
 * @returns The generator file, for `generators/index.ts` to list.
 */
export function sdkCallGenerators<Input extends string, Template extends string>(
  file: BlockFile<string, Input>,
  { call, awaits, result }: SdkCall<Template> & KnownInputs<Template, NoInfer<Input>>,
): GeneratorFile {
  // The template is split once, here: split() with ARGUMENT's two groups gives the text before the first argument,
  // then for each argument its input's name, its fallback (undefined when it has none) and the text after it.
  const parts = call.split(ARGUMENT);
  const prefix = (awaits ? 'await ' : '') + 'Backendless.UserService.' + parts[0];
  const code = (block: Block, generator: JavascriptGenerator) => {
    let text = prefix;
    for (let i = 1; i < parts.length; i += 3) {
      text +=
        (generator.valueToCode(block, parts[i]!, Order.NONE) || parts[i + 1] || fallbackFor(block, parts[i]!)) +
        parts[i + 2];
    }
    return text;
  };
  const value = (block: Block, generator: JavascriptGenerator): [string, Order] =>
    result
      ? [`(${code(block, generator)}).${result}`, Order.MEMBER]
      : [code(block, generator), awaits ? Order.AWAIT : Order.FUNCTION_CALL];
  const statement = (block: Block, generator: JavascriptGenerator) => code(block, generator) + ';\n';
  return generatorFile(
    Object.fromEntries(
      file.definitions.map(({ type, output }) => [
        type,
        { awaits, generate: output === undefined ? statement : value },
      ]),
    ),
  );
}
