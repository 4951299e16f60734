// The members of the host's JavaScript generator that generating a program adjusts or reads, some of which Blockly's
// typings keep protected (program-generator.ts, async-procedures.ts).
import type { JavascriptGenerator } from 'blockly/javascript';
import type { BlockGenerator } from './generator-file.ts';

/** The members of Blockly's JavaScript generator that program generation adjusts or reads. */
export interface AdjustableGenerator {
  quote_: (text: string) => string;
  multiline_quote_: (text: string) => string;
  prefixLines: (text: string, prefix: string) => string;
  scrubNakedValue: (line: string) => string;
  STATEMENT_PREFIX: string | null;
  forBlock: Record<string, BlockGenerator | undefined>;
  RESERVED_WORDS_: string;
  nameDB_?: unknown;
  definitions_: Record<string, string>;
}

/**
 * The generator's members as plain ones: Blockly's typings keep some protected, which no cast between the two
 * types may cross, so the generator is first seen as the object it is.
 *
 * @param generator The host's generator.
 * @returns The same object.
 */
export function adjustable(generator: JavascriptGenerator): AdjustableGenerator & Record<string, unknown> {
  const members: object = generator;
  return members as AdjustableGenerator & Record<string, unknown>;
}
