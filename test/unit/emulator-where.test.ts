// Where clauses of Find Users by Role, read and applied to user objects: what they select, what they refuse, and
// that no clause can make the emulator work without bound (LIKE matches without regular expressions, on a budget).
import { describe, expect, it } from 'vitest';
import { EmulatorError } from '../../emulator/errors.ts';
import { MAX_WHERE_LENGTH, parseWhere } from '../../emulator/where.ts';

const alice = { objectId: 'A', name: 'Alice', email: 'alice@wonderland.com', age: 10, vip: true, shoeSize: null };

function refusal(clause: string): EmulatorError {
  try {
    parseWhere(clause);
  } catch (error) {
    return error as EmulatorError;
  }
  throw new Error(`expected ${clause} to be refused`);
}

describe('parseWhere', () => {
  it.each([
    ["name = 'alice'", true],
    ["name != 'Alice'", false],
    ['age < 11 AND age >= 10', true],
    ['age > 10 OR vip = TRUE', true],
    ["NOT name LIKE 'B%'", true],
    ["name LIKE 'a_ice'", true],
    ["email LIKE '%@wonderland.%'", true],
    ["name IN ('Bob', 'ALICE')", true],
    ['age NOT IN (1, 2, 3)', true],
    ['shoeSize IS NULL AND missing IS NULL', true],
    ['name IS NOT NULL', true],
    ["(age = 1 OR age = 10) AND (name = 'x' OR vip = true)", true],
    ["age = '10'", false],
    ['shoeSize > 1', false],
  ])('%s → %s', (clause, expected) => {
    expect(parseWhere(clause)(alice)).toBe(expected);
  });

  it('refuses what it cannot read with 8008, saying what', () => {
    expect.hasAssertions();
    for (const clause of ['', 'age >', "name = 'x", 'age = 1 AND', 'name LIKE 5', 'name ; DROP', 'age IS 5', '1 = 1']) {
      const error = refusal(clause);
      expect(error).toBeInstanceOf(EmulatorError);
      expect(error.code, clause).toBe(8008);
      expect(error.message, clause).toMatch(/^Invalid parameter 'where': /);
    }
    expect(refusal('x'.repeat(MAX_WHERE_LENGTH + 1)).message).toContain(`at most ${MAX_WHERE_LENGTH}`);
    expect(refusal(`${'('.repeat(33)}age = 1${')'.repeat(33)}`).message).toContain('nested deeper');
    expect(refusal(`${'NOT '.repeat(40)}age = 1`).message).toContain('nested deeper');
  });

  it('a pattern of many % over many long texts stays fast: matching returns to the last %, never backtracks', () => {
    expect.hasAssertions();
    const where = parseWhere(`name LIKE '${'%a'.repeat(1_900)}%b'`);
    const user = { ...alice, name: 'a'.repeat(500) };
    const started = performance.now();
    for (let index = 0; index < 10_000; index += 1) expect(where(user)).toBe(false);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a pattern that costs text × pattern per user is refused once its budget is spent, within seconds', () => {
    const where = parseWhere(`name LIKE '%${'a'.repeat(250)}b%'`);
    const user = { ...alice, name: 'a'.repeat(500) };
    const started = performance.now();
    const evaluate = () => {
      for (let index = 0; index < 10_000; index += 1) where(user);
    };
    expect(evaluate).toThrow(/LIKE takes too long to evaluate/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
