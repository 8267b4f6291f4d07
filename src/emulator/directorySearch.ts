/**
 * `$search` on directory objects as Graph documents it ("Use the $search query parameter",
 * directory objects): `"property:text"` clauses joined by upper-case `AND`/`OR` with parentheses;
 * `displayName` and `description` are searched by tokens, every other property by `startswith`.
 */
import { type FieldReader, ODataError } from './odata';

/** A parsed `$search`, ready to test records. */
export type SearchPredicate = (read: FieldReader) => boolean;

/** The properties Graph searches by tokens; the rest fall back to `startswith`. */
const TOKENIZED = new Set(['displayName', 'description']);

/**
 * The tokens Graph extracts from a value or a search text: words split at spaces, at a change from
 * lower to upper case (`HelloWorld`, not `HELLOworld`), between letters, numbers and symbols;
 * a symbol is a token of its own, and words joined only by symbols are also one token
 * (`hello.world` → `hello`, `.`, `world`, `helloworld`). All lower-cased.
 */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const chunk of text.split(/\s+/).filter(Boolean)) {
    const runs = chunk.match(/\p{L}+|\p{N}+|[^\p{L}\p{N}]+/gu) ?? [];
    for (const run of runs) {
      if (/^\p{L}/u.test(run)) tokens.push(...run.split(/(?<=\p{Ll})(?=\p{Lu})/u));
      else tokens.push(run);
    }
    const joined = chunk.replace(/[^\p{L}\p{N}]+/gu, '');
    if (joined !== chunk && joined && runs.length > 1) tokens.push(joined);
  }
  return [...new Set(tokens.map((t) => t.toLowerCase()))];
}

/**
 * Whether a tokenized property matches a search text: every token of the text starts a token of
 * the value, in any order (`"displayName:amr"` finds "Alle AMR", `"displayName:solsik"` finds
 * "Børnehuset Solsikken").
 */
export function tokensMatch(value: string, text: string): boolean {
  const have = searchTokens(value);
  const want = searchTokens(text);
  return want.length > 0 && want.every((w) => have.some((h) => h.startsWith(w)));
}

type Token =
  { kind: 'clause'; property: string; text: string } | { kind: 'AND' | 'OR' | '(' | ')' };

function lex(search: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < search.length) {
    const c = search[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c });
      i++;
    } else if (c === '"') {
      let body = '';
      i++;
      for (;;) {
        if (i >= search.length)
          throw new ODataError('Syntax error: unterminated clause in $search.');
        const d = search[i] as string;
        if (d === '\\' && i + 1 < search.length) {
          body += search[i + 1];
          i += 2;
        } else if (d === '"') {
          i++;
          break;
        } else {
          body += d;
          i++;
        }
      }
      const colon = body.indexOf(':');
      // Graph: "The property name must be specified in the clause."
      if (colon < 1)
        throw new ODataError(`Syntax error: the clause "${body}" names no property in $search.`);
      tokens.push({ kind: 'clause', property: body.slice(0, colon), text: body.slice(colon + 1) });
    } else {
      const word = /^[A-Za-z]+/.exec(search.slice(i))?.[0] ?? c;
      // The operators must be upper case and outside the quotes.
      if (word !== 'AND' && word !== 'OR')
        throw new ODataError(`Syntax error: '${word}' is not valid in $search.`);
      tokens.push({ kind: word });
      i += word.length;
    }
  }
  return tokens;
}

function clausePredicate(property: string, text: string): SearchPredicate {
  const lower = text.toLowerCase();
  return (read) => {
    const value = read(property);
    if (typeof value !== 'string') return false;
    return TOKENIZED.has(property)
      ? tokensMatch(value, text)
      : value.toLowerCase().startsWith(lower);
  };
}

/** Parses a directory `$search`; throws `ODataError` for what Graph would refuse. */
export function parseDirectorySearch(search: string): SearchPredicate {
  const tokens = lex(search);
  let at = 0;
  const peek = () => tokens[at];
  // AND binds tighter than OR, as in OData's $search.
  const or = (): SearchPredicate => {
    let left = and();
    while (peek()?.kind === 'OR') {
      at++;
      const l = left;
      const r = and();
      left = (read) => l(read) || r(read);
    }
    return left;
  };
  const and = (): SearchPredicate => {
    let left = primary();
    while (peek()?.kind === 'AND') {
      at++;
      const l = left;
      const r = primary();
      left = (read) => l(read) && r(read);
    }
    return left;
  };
  const primary = (): SearchPredicate => {
    const token = tokens[at++];
    if (token?.kind === 'clause') return clausePredicate(token.property, token.text);
    if (token?.kind === '(') {
      const inner = or();
      if (tokens[at++]?.kind !== ')') throw new ODataError('Syntax error: missing ) in $search.');
      return inner;
    }
    throw new ODataError('Syntax error: a clause was expected in $search.');
  };
  const predicate = or();
  if (at !== tokens.length) throw new ODataError('Syntax error: unexpected text in $search.');
  return predicate;
}
