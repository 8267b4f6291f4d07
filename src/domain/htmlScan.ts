/**
 * One linear pass over a mail body's HTML: tags and text, for everything the app reads in bodies
 * (the programme's region, the plan reference, the programme rows, a cancellation's note).
 *
 * Bodies come from Outlook and Exchange, and from whoever wrote them: a pattern such as
 * `/<[^>]*>/g` rescans the rest of the body from every `<` that never closes, which took 10–17 s
 * on 200 KB of unclosed tags. This scanner never looks at a character twice (a search that fails
 * ends the scan), so any body costs time in proportion to its length.
 */

/** A piece of HTML: `[from, to)` in the source, with the tag's lower-case name where it has one. */
export type HtmlToken =
  | { readonly kind: 'text'; readonly from: number; readonly to: number }
  | {
      readonly kind: 'open';
      readonly name: string;
      readonly from: number;
      readonly to: number;
      /** `<br/>`: opens nothing that a closing tag must end. */
      readonly selfClosing: boolean;
    }
  | { readonly kind: 'close'; readonly name: string; readonly from: number; readonly to: number }
  /** A comment, doctype or processing instruction. */
  | { readonly kind: 'other'; readonly from: number; readonly to: number };

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/** Where a tag that starts at `at` ends (just past its `>`), quotes in attribute values skipped. */
function tagEnd(html: string, at: number): number {
  let previous = 0;
  for (let i = at; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 62) return i + 1;
    // A quote opens a value only right after `=`; a value's `>` does not end the tag.
    if ((c === 34 || c === 39) && previous === 61) {
      const close = html.indexOf(html.charAt(i), i + 1);
      if (close < 0) return html.length;
      i = close;
      previous = c;
      continue;
    }
    if (!isSpace(c)) previous = c;
  }
  return html.length;
}

function nameEnd(html: string, at: number): number {
  let i = at;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62) break;
    i++;
  }
  return i;
}

/** Called for each token as `scanHtml` meets it; `name` is set for tags. A truthy answer stops. */
type Visit = (
  kind: HtmlToken['kind'],
  from: number,
  to: number,
  name: string,
  selfClosing: boolean,
) => unknown;

/** Visits the tokens of `html` in order, without building them. */
function scanHtml(html: string, visit: Visit): void {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      visit('text', i, html.length, '', false);
      return;
    }
    const next = html.charCodeAt(lt + 1);
    const closing = next === 47 && isLetter(html.charCodeAt(lt + 2));
    if (!isLetter(next) && !closing && next !== 33 && next !== 63) {
      // A `<` that starts no tag is text: "3 < 4".
      if (visit('text', i, lt + 1, '', false)) return;
      i = lt + 1;
      continue;
    }
    if (lt > i && visit('text', i, lt, '', false)) return;
    if (next === 33 || next === 63) {
      const comment = html.startsWith('<!--', lt);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
      const to = end < 0 ? html.length : end + (comment ? 3 : 1);
      if (visit('other', lt, to, '', false)) return;
      i = to;
      continue;
    }
    const nameFrom = lt + (closing ? 2 : 1);
    const name = html.slice(nameFrom, nameEnd(html, nameFrom)).toLowerCase();
    const to = tagEnd(html, nameFrom);
    const selfClosing =
      !closing && to >= 2 && html.charCodeAt(to - 2) === 47 && html.charCodeAt(to - 1) === 62;
    if (visit(closing ? 'close' : 'open', lt, to, name, selfClosing)) return;
    i = to;
  }
}

/** The tokens of `html` in order; unclosed tags and stray `<` are handled as browsers do. */
export function htmlTokens(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  scanHtml(html, (kind, from, to, name, selfClosing) => {
    if (kind === 'open') tokens.push({ kind, name, from, to, selfClosing });
    else if (kind === 'close') tokens.push({ kind, name, from, to });
    else tokens.push({ kind, from, to });
  });
  return tokens;
}

/** Whether `html` holds an opening tag named `name` (lower case). */
export function hasElement(html: string, name: string): boolean {
  let found = false;
  scanHtml(html, (kind, _from, _to, tag) => (found = kind === 'open' && tag === name));
  return found;
}

/** Elements that never have a closing tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Whether a token opens an element that a closing tag ends. */
export function opensElement(
  token: HtmlToken,
): token is Extract<HtmlToken, { readonly kind: 'open' }> {
  return token.kind === 'open' && !token.selfClosing && !VOID_ELEMENTS.has(token.name);
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  nobreak: '\u2060',
};

/** Text with the HTML character references a mail body uses turned back into characters. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,8}|#\d{1,9}|[a-zA-Z]{1,32});/g,
    (whole, ref: string) => {
      if (ref[0] === '#') {
        const code =
          ref[1] === 'x' || ref[1] === 'X'
            ? Number.parseInt(ref.slice(2), 16)
            : Number.parseInt(ref.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[ref.toLowerCase()] ?? whole;
    },
  );
}

/** Elements whose start and end break a line of text. */
const BLOCKS: ReadonlySet<string> = new Set([
  'address',
  'blockquote',
  'br',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements whose content is not the body's text. */
const HIDDEN: ReadonlySet<string> = new Set(['head', 'script', 'style', 'title']);

/**
 * A body's text as a reader sees it: tags gone, character references decoded, one line break
 * where a block (paragraph, `div`, row, cell, list item) begins or ends and one for each `<br>`.
 * Whitespace is left as it is, so callers decide how loosely to compare.
 */
export function htmlText(html: string): string {
  const out: string[] = [];
  let atLineStart = true;
  let hidden: string | undefined;
  scanHtml(html, (kind, from, to, name, selfClosing) => {
    if (hidden !== undefined) {
      if (kind === 'close' && name === hidden) hidden = undefined;
    } else if (kind === 'text') {
      const text = decodeEntities(html.slice(from, to));
      if (text) atLineStart = text.endsWith('\n');
      out.push(text);
    } else if (kind === 'open' && HIDDEN.has(name) && !selfClosing) {
      hidden = name;
    } else if (kind === 'open' && name === 'br') {
      out.push('\n');
      atLineStart = true;
    } else if ((kind === 'open' || kind === 'close') && BLOCKS.has(name)) {
      if (!atLineStart) out.push('\n');
      atLineStart = true;
    }
  });
  return out.join('');
}
