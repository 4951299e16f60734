// A where clause of Backendless' data queries (its SQL-92 subset) for the properties of user objects: comparisons
// (= != <> < <= > >=), LIKE / NOT LIKE with % and _, IS [NOT] NULL, [NOT] IN (…), AND / OR / NOT and parentheses,
// over text in single quotes ('' for a quote), numbers, TRUE, FALSE and NULL. Parsed once into a predicate, bounded
// in length and depth; anything else is refused with 8008 naming what was not understood — never guessed at.
import type { JsonValue, PublicUser } from './contract.ts';
import { errors } from './errors.ts';

/** Longest where clause read (ours), and deepest nesting of parentheses and NOTs. */
export const MAX_WHERE_LENGTH = 4_000;
const MAX_WHERE_DEPTH = 32;
/**
 * Character steps LIKE may take over one query's users (ours): matching is linear in the text per star tried, so a
 * pattern of many `%` over many users is bounded by this rather than by the caller's patience.
 */
const MAX_LIKE_STEPS = 20_000_000;

type Token =
  | { kind: 'word'; value: string }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'symbol'; value: string };

type Predicate = (user: PublicUser) => boolean;

/** Parses a where clause into a test of one user object; 8008 for what it cannot read. */
export function parseWhere(clause: string): Predicate {
  if (clause.length > MAX_WHERE_LENGTH) throw invalid(`at most ${MAX_WHERE_LENGTH} characters`);
  const parser = new Parser(tokenize(clause));
  const predicate = parser.expression(0);
  parser.end();
  return predicate;
}

function invalid(detail: string) {
  return errors.invalidParameter(`'where': ${detail}`);
}

function tokenize(clause: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < clause.length) {
    const rest = clause.slice(index);
    const space = /^\s+/.exec(rest);
    if (space) {
      index += space[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest) ?? /^`([A-Za-z_][A-Za-z0-9_]*)`/.exec(rest);
    if (word) {
      tokens.push({ kind: 'word', value: word[1] ?? word[0] });
      index += word[0].length;
      continue;
    }
    const number = /^-?\d+(\.\d+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]) });
      index += number[0].length;
      continue;
    }
    if (rest[0] === "'") {
      let value = '';
      let at = index + 1;
      for (;;) {
        if (at >= clause.length) throw invalid('a text in quotes is not closed');
        if (clause[at] === "'" && clause[at + 1] === "'") {
          value += "'";
          at += 2;
        } else if (clause[at] === "'") {
          break;
        } else {
          value += clause[at];
          at += 1;
        }
      }
      tokens.push({ kind: 'text', value });
      index = at + 1;
      continue;
    }
    const symbol = /^(<=|>=|<>|!=|=|<|>|\(|\)|,)/.exec(rest);
    if (!symbol) throw invalid(`cannot read ${JSON.stringify(rest.slice(0, 20))}`);
    tokens.push({ kind: 'symbol', value: symbol[0] });
    index += symbol[0].length;
  }
  return tokens;
}

class Parser {
  readonly #tokens: Token[];
  #at = 0;
  // Shared by every LIKE of the clause, over every user it is tried on.
  readonly #budget = { steps: MAX_LIKE_STEPS };

  constructor(tokens: Token[]) {
    this.#tokens = tokens;
  }

  end(): void {
    if (this.#at < this.#tokens.length) throw invalid(`unexpected ${describe(this.#tokens[this.#at]!)}`);
  }

  /** OR of ANDs. */
  expression(depth: number): Predicate {
    if (depth > MAX_WHERE_DEPTH) throw invalid(`nested deeper than ${MAX_WHERE_DEPTH} levels`);
    let left = this.#conjunction(depth);
    while (this.#keyword('OR')) {
      const first = left;
      const second = this.#conjunction(depth);
      left = (user) => first(user) || second(user);
    }
    return left;
  }

  #conjunction(depth: number): Predicate {
    let left = this.#negation(depth);
    while (this.#keyword('AND')) {
      const first = left;
      const second = this.#negation(depth);
      left = (user) => first(user) && second(user);
    }
    return left;
  }

  #negation(depth: number): Predicate {
    if (this.#keyword('NOT')) {
      if (depth + 1 > MAX_WHERE_DEPTH) throw invalid(`nested deeper than ${MAX_WHERE_DEPTH} levels`);
      const inner = this.#negation(depth + 1);
      return (user) => !inner(user);
    }
    if (this.#symbol('(')) {
      const inner = this.expression(depth + 1);
      if (!this.#symbol(')')) throw invalid('a parenthesis is not closed');
      return inner;
    }
    return this.#comparison();
  }

  #comparison(): Predicate {
    const token = this.#tokens[this.#at++];
    if (token?.kind !== 'word') throw invalid(`expected a property name, found ${token ? describe(token) : 'the end'}`);
    const property = token.value;
    const read = (user: PublicUser): JsonValue => (Object.hasOwn(user, property) ? user[property]! : null);
    if (this.#keyword('IS')) {
      const negated = this.#keyword('NOT');
      if (!this.#keyword('NULL')) throw invalid('IS must be followed by NULL or NOT NULL');
      return (user) => (read(user) === null) !== negated;
    }
    const negated = this.#keyword('NOT');
    if (this.#keyword('LIKE')) {
      const pattern = this.#literal();
      if (typeof pattern !== 'string') throw invalid('LIKE takes a text in quotes');
      const matches = likeMatcher(pattern, this.#budget);
      return (user) => {
        const value = read(user);
        return typeof value === 'string' && matches(value) !== negated;
      };
    }
    if (this.#keyword('IN')) {
      if (!this.#symbol('(')) throw invalid('IN takes a list in parentheses');
      const values = [this.#literal()];
      while (this.#symbol(',')) values.push(this.#literal());
      if (!this.#symbol(')')) throw invalid('the list of IN is not closed');
      return (user) => {
        const value = read(user);
        return value !== null && values.some((candidate) => compare(value, candidate) === 0) !== negated;
      };
    }
    if (negated) throw invalid('NOT after a property name must be followed by LIKE or IN');
    const operator = this.#tokens[this.#at++];
    if (operator?.kind !== 'symbol' || !['=', '!=', '<>', '<', '<=', '>', '>='].includes(operator.value)) {
      throw invalid(`expected a comparison after ${property}`);
    }
    const literal = this.#literal();
    return (user) => {
      const order = compare(read(user), literal);
      if (order === undefined) return false;
      switch (operator.value) {
        case '=':
          return order === 0;
        case '!=':
        case '<>':
          return order !== 0;
        case '<':
          return order < 0;
        case '<=':
          return order <= 0;
        case '>':
          return order > 0;
        default:
          return order >= 0;
      }
    };
  }

  #literal(): JsonValue {
    const token = this.#tokens[this.#at++];
    if (token?.kind === 'text' || token?.kind === 'number') return token.value;
    if (token?.kind === 'word' && /^(true|false)$/i.test(token.value)) return token.value.toLowerCase() === 'true';
    if (token?.kind === 'word' && /^null$/i.test(token.value)) return null;
    throw invalid(`expected a value, found ${token ? describe(token) : 'the end'}`);
  }

  #keyword(word: string): boolean {
    const token = this.#tokens[this.#at];
    if (token?.kind === 'word' && token.value.toUpperCase() === word) {
      this.#at += 1;
      return true;
    }
    return false;
  }

  #symbol(symbol: string): boolean {
    const token = this.#tokens[this.#at];
    if (token?.kind === 'symbol' && token.value === symbol) {
      this.#at += 1;
      return true;
    }
    return false;
  }
}

function describe(token: Token): string {
  return token.kind === 'text' ? 'a text' : JSON.stringify(String(token.value).slice(0, 20));
}

/** Orders two values of the same kind; undefined when they cannot be compared (NULL, or different kinds). */
function compare(value: JsonValue, literal: JsonValue): number | undefined {
  if (value === null || literal === null) return undefined;
  if (typeof value === 'number' && typeof literal === 'number') return value - literal;
  if (typeof value === 'string' && typeof literal === 'string') {
    // Text compares without regard to case, as MySQL's default collation (Backendless' database) compares it.
    const [left, right] = [value.toLowerCase(), literal.toLowerCase()];
    return left < right ? -1 : left > right ? 1 : 0;
  }
  if (typeof value === 'boolean' && typeof literal === 'boolean') return Number(value) - Number(literal);
  return undefined;
}

/**
 * LIKE's test of a whole text, case ignored: `%` any run of characters, `_` one. Greedy matching that returns to
 * the last `%` on a mismatch — no regular expression, so no pattern can make it backtrack without bound; the steps
 * it takes are counted against the query's budget (8008 past it).
 */
function likeMatcher(pattern: string, budget: { steps: number }): (text: string) => boolean {
  const wanted = [...pattern.toLowerCase()];
  return (value) => {
    const text = [...value.toLowerCase()];
    let at = 0;
    let next = 0;
    let star = -1;
    let resume = 0;
    while (at < text.length) {
      budget.steps -= 1;
      if (budget.steps < 0) throw invalid('LIKE takes too long to evaluate over these users');
      if (next < wanted.length && (wanted[next] === '_' || wanted[next] === text[at])) {
        at += 1;
        next += 1;
      } else if (next < wanted.length && wanted[next] === '%') {
        star = next;
        next += 1;
        resume = at;
      } else if (star !== -1) {
        next = star + 1;
        resume += 1;
        at = resume;
      } else {
        return false;
      }
    }
    while (wanted[next] === '%') next += 1;
    return next === wanted.length;
  };
}
