/**
 * Finds the Teams join block Exchange appended to an online meeting's body, so an update can
 * carry it over: a PATCH whose body lacks it leaves the invitation without its join link.
 * Recognised by Exchange's `me-email-text` section, or by its rule of underscores.
 */
export function teamsJoinBlock(html: string): string {
  // `[^<>]` keeps each try to one tag: `[^>]*` would rescan the body from every unclosed `<div`.
  let at = html.search(/<div[^<>]*class="me-email-text"/i);
  if (at === -1) {
    const rule = html.search(/_{30,}/);
    if (rule === -1) return '';
    at = html.lastIndexOf('<div', rule);
    if (at === -1) return '';
  }
  at = withLeadingBreaks(html, at);
  const end = html.toLowerCase().lastIndexOf('</body>');
  return html.slice(at, end > at ? end : undefined).trim();
}

/**
 * Exchange opens the block with a `<div>` of line breaks; keep it with the block. Walked back tag
 * by tag (a pattern anchored at the end, `(\s*<br>\s*)+$`, backtracks exponentially on spaces).
 */
function withLeadingBreaks(html: string, at: number): number {
  let i = at;
  let breaks = 0;
  for (;;) {
    while (i > 0 && /\s/.test(html.charAt(i - 1))) i--;
    const tag = html.lastIndexOf('<', i - 1);
    if (tag < 0 || html.charAt(i - 1) !== '>') return at;
    const text = html.slice(tag, i);
    if (/^<br\s*\/?>$/i.test(text)) {
      breaks++;
      i = tag;
    } else return breaks > 0 && /^<div>$/i.test(text) ? tag : at;
  }
}
