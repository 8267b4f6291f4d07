/**
 * Finds the Teams join block Exchange appended to an online meeting's body, so an update can
 * carry it over: a PATCH whose body lacks it leaves the invitation without its join link.
 * Recognised by Exchange's `me-email-text` section, or by its rule of underscores.
 */
export function teamsJoinBlock(html: string): string {
  let at = html.search(/<div[^>]*class="me-email-text"/i);
  if (at === -1) {
    const rule = html.search(/_{30,}/);
    if (rule === -1) return '';
    at = html.lastIndexOf('<div', rule);
    if (at === -1) return '';
  }
  // Exchange opens the block with a <div> of line breaks; keep it with the block.
  const lead = /<div>(?:\s*<br\s*\/?>\s*)+$/i.exec(html.slice(0, at));
  if (lead) at = lead.index;
  const end = html.toLowerCase().lastIndexOf('</body>');
  return html.slice(at, end > at ? end : undefined).trim();
}
