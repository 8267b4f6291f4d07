/**
 * The slice of OData query options the app uses, with Graph's semantics: `$select`, `$top`,
 * `$skip`, `$orderby` and a `$filter` grammar of comparisons, `startswith`, `any` lambdas,
 * `and`, `or`, `not` and parentheses.
 */

/** Reads a value at a `/`-separated path (`start/dateTime`) from the record under test. */
export type FieldReader = (path: string) => unknown;

/** A parsed `$filter`, ready to test records. */
export type FilterPredicate = (read: FieldReader) => boolean;

/** A `$filter` Graph would refuse; the message is Graph's kind of message. */
export class ODataError extends Error {}

type Token =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'word'; value: string }
  | { kind: 'punct'; value: '(' | ')' | ',' | ':' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new ODataError('Unterminated string literal in $filter.');
        if (text[i] === "'" && text[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (text[i] === "'") {
          i++;
          break;
        } else {
          value += text[i];
          i++;
        }
      }
      tokens.push({ kind: 'string', value });
    } else if ('(),:'.includes(c)) {
      tokens.push({ kind: 'punct', value: c as '(' | ')' | ',' | ':' });
      i++;
    } else {
      const match = /^[A-Za-z0-9_./@$-]+/.exec(text.slice(i));
      if (!match) throw new ODataError(`Syntax error at position ${i} in '${text}'.`);
      const word = match[0];
      if (/^-?\d+(\.\d+)?$/.test(word)) tokens.push({ kind: 'number', value: Number(word) });
      else tokens.push({ kind: 'word', value: word });
      i += word.length;
    }
  }
  return tokens;
}

type Value = (read: FieldReader, scope: ReadonlyMap<string, unknown>) => unknown;

const COMPARE: Record<string, (a: unknown, b: unknown) => boolean> = {
  eq: (a, b) => normalize(a) === normalize(b),
  ne: (a, b) => normalize(a) !== normalize(b),
  gt: (a, b) => compare(a, b) > 0,
  ge: (a, b) => compare(a, b) >= 0,
  lt: (a, b) => compare(a, b) < 0,
  le: (a, b) => compare(a, b) <= 0,
};

function normalize(v: unknown): unknown {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''));
}

function readPath(value: unknown, path: string): unknown {
  let at = value;
  for (const part of path.split('/')) {
    if (at === null || typeof at !== 'object') return undefined;
    const entry = Object.entries(at).find(([k]) => k.toLowerCase() === part.toLowerCase());
    at = entry?.[1];
  }
  return at;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterPredicate {
    const expr = this.or();
    if (this.i < this.tokens.length)
      throw new ODataError('Syntax error: unexpected text at the end of $filter.');
    return (read) => Boolean(expr(read, new Map()));
  }

  private peekWord(value: string): boolean {
    const t = this.tokens[this.i];
    return t?.kind === 'word' && t.value.toLowerCase() === value;
  }

  private expect(value: string): void {
    const t = this.tokens[this.i];
    if (!t || t.value !== value)
      throw new ODataError(`Syntax error: '${value}' expected in $filter.`);
    this.i++;
  }

  private or(): Value {
    let left = this.and();
    while (this.peekWord('or')) {
      this.i++;
      const l = left;
      const r = this.and();
      left = (read, scope) => Boolean(l(read, scope)) || Boolean(r(read, scope));
    }
    return left;
  }

  private and(): Value {
    let left = this.not();
    while (this.peekWord('and')) {
      this.i++;
      const l = left;
      const r = this.not();
      left = (read, scope) => Boolean(l(read, scope)) && Boolean(r(read, scope));
    }
    return left;
  }

  private not(): Value {
    if (this.peekWord('not')) {
      this.i++;
      const inner = this.not();
      return (read, scope) => !inner(read, scope);
    }
    return this.comparison();
  }

  private comparison(): Value {
    const left = this.primary();
    const t = this.tokens[this.i];
    if (t?.kind === 'word' && COMPARE[t.value.toLowerCase()]) {
      this.i++;
      const op = COMPARE[t.value.toLowerCase()] as (a: unknown, b: unknown) => boolean;
      const right = this.primary();
      return (read, scope) => op(left(read, scope), right(read, scope));
    }
    return left;
  }

  private primary(): Value {
    const t = this.tokens[this.i];
    if (!t) throw new ODataError('Syntax error: $filter ends too early.');
    if (t.kind === 'punct' && t.value === '(') {
      this.i++;
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    if (t.kind === 'string' || t.kind === 'number') {
      this.i++;
      return () => t.value;
    }
    if (t.kind !== 'word')
      throw new ODataError(`Syntax error: unexpected '${t.value}' in $filter.`);
    this.i++;
    const word = t.value;
    if (word === 'true' || word === 'false' || word === 'null') {
      const value = word === 'null' ? null : word === 'true';
      return () => value;
    }
    const next = this.tokens[this.i];
    if (next?.kind === 'punct' && next.value === '(' && !word.includes('/')) return this.call(word);
    if (next?.kind === 'punct' && next.value === '(' && /\/(any|all)$/i.test(word))
      return this.lambda(word);
    return (read, scope) => {
      const [head, ...rest] = word.split('/');
      if (head && scope.has(head)) return readPath(scope.get(head), rest.join('/'));
      return read(word);
    };
  }

  private call(name: string): Value {
    this.expect('(');
    const args: Value[] = [this.or()];
    while (this.tokens[this.i]?.value === ',') {
      this.i++;
      args.push(this.or());
    }
    this.expect(')');
    const fn = name.toLowerCase();
    const [a, b] = args;
    if ((fn === 'startswith' || fn === 'endswith' || fn === 'contains') && a && b) {
      return (read, scope) => {
        const s = String(a(read, scope) ?? '').toLowerCase();
        const p = String(b(read, scope) ?? '').toLowerCase();
        return fn === 'startswith'
          ? s.startsWith(p)
          : fn === 'endswith'
            ? s.endsWith(p)
            : s.includes(p);
      };
    }
    throw new ODataError(
      `Unsupported or invalid query filter clause specified for property '${name}'.`,
    );
  }

  private lambda(word: string): Value {
    const collection = word.replace(/\/(any|all)$/i, '');
    const all = /\/all$/i.test(word);
    this.expect('(');
    const variable = this.tokens[this.i];
    if (variable?.kind !== 'word') throw new ODataError('Syntax error: lambda variable expected.');
    this.i++;
    this.expect(':');
    const body = this.or();
    this.expect(')');
    return (read, scope) => {
      const items = read(collection);
      if (!Array.isArray(items)) return false;
      const test = (item: unknown) =>
        Boolean(body(read, new Map([...scope, [variable.value, item]])));
      return all ? items.every(test) : items.some(test);
    };
  }
}

/** Parses a `$filter` expression; throws `ODataError` for what Graph would refuse. */
export function parseFilter(text: string): FilterPredicate {
  return new Parser(tokenize(text)).parse();
}

/** A reader over a plain object, for records that are their own DTOs. */
export function objectReader(record: unknown): FieldReader {
  return (path) => readPath(record, path);
}

/** Keeps only the `$select`ed properties (always with `id` and `@odata` annotations). */
export function applySelect<T extends Record<string, unknown>>(
  record: T,
  select: string | null,
): Partial<T> {
  if (!select) return record;
  const wanted = new Set(select.split(',').map((s) => s.trim().toLowerCase()));
  wanted.add('id');
  return Object.fromEntries(
    Object.entries(record).filter(([k]) => k.startsWith('@odata') || wanted.has(k.toLowerCase())),
  ) as Partial<T>;
}

/** Sorts by `$orderby` (`start/dateTime`, `displayName desc`). */
export function applyOrderBy<T>(
  items: T[],
  orderby: string | null,
  reader: (item: T) => FieldReader,
): T[] {
  if (!orderby) return items;
  const keys = orderby.split(',').map((part) => {
    const [path = '', dir = 'asc'] = part.trim().split(/\s+/);
    return { path, sign: dir.toLowerCase() === 'desc' ? -1 : 1 };
  });
  return [...items].sort((a, b) => {
    for (const { path, sign } of keys) {
      const c = compare(reader(a)(path), reader(b)(path));
      if (c !== 0) return c * sign;
    }
    return 0;
  });
}
