/**
 * Every query value the app sends Graph is encoded here, and nowhere else. Graph asks for query
 * values percent-encoded as RFC 3986 says ("Encoding query parameters" on learn.microsoft.com's
 * query-parameters page); the SDK's `.search()`, `.filter()` and the like put their text into
 * the URL as it is, so a department called "Social & Sundhed" split the query at its `&` and
 * "a#b" lost everything after the `#`. `tests/lint/graphQueries.test.ts` keeps the SDK's query
 * builders and hand-written `?$` out of the rest of the Graph layer.
 */

/** A request's query options by name (`$search`, `$filter`, ...); `undefined` ones are left out. */
export type QueryOptions = Readonly<Record<string, string | number | undefined>>;

/** Lone UTF-16 surrogates (half an emoji) cannot be encoded; each becomes U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/**
 * A query value as the URL carries it: every character but RFC 3986's unreserved ones
 * (`A–Z a–z 0–9 - . _ ~`) percent-encoded as UTF-8, `+` and `'` included, so no reading of the
 * query (form decoding turns `+` into a space) changes it.
 */
export function encodeQueryValue(value: string | number): string {
  return encodeURIComponent(wellFormed(String(value))).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `path?name=value&…` with every value encoded; the names are the app's own (`$select`). */
export function withQuery(path: string, options: QueryOptions): string {
  const query = Object.entries(options)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${encodeQueryValue(value)}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

/** A string literal in an OData `$filter`: in single quotes, a quote inside doubled. */
export function odataString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Code points of search text sent to Graph; a directory name is at most 256 characters. */
export const MAX_SEARCH_TEXT = 256;

/**
 * Text typed into a search box as a search may carry it: trimmed, and cut after
 * `MAX_SEARCH_TEXT` code points (never inside an emoji), so a pasted page cannot make a URL
 * Graph refuses for its length; no name in the directory is longer.
 */
export function searchText(text: string): string {
  return Array.from(text.trim()).slice(0, MAX_SEARCH_TEXT).join('').trim();
}
