/** One row of the programme as an invitation's body shows it, read back as text. */
export interface InviteAgendaRow {
  /** As written in the invitation, e.g. "13.25–13.55". */
  readonly time: string;
  readonly title: string;
  /** The "presented by" cell: role labels, workplaces with their TRIO, names. */
  readonly presenters: string;
}

const ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi;
const CELL = /<td\b[^>]*>([\s\S]*?)<\/td\s*>/gi;
const LINE_BREAK = /<br\b[^>]*>|<\/p\s*>|<\/div\s*>/i;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Text with the HTML character references a mail body uses turned back into characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function cellText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The programme rows of an invitation's body: every table row with three data cells (time, item,
 * presenters), the item's note left out. Reads the body the app rendered as Exchange hands it
 * back, which rewraps the HTML but keeps its table; the header row has no data cells.
 */
export function agendaInInvite(html: string): InviteAgendaRow[] {
  const rows: InviteAgendaRow[] = [];
  for (const [, row] of html.matchAll(ROW)) {
    const cells = [...(row as string).matchAll(CELL)].map((c) => c[1] as string);
    if (cells.length !== 3) continue;
    const [time, item, presenters] = cells as [string, string, string];
    rows.push({
      time: cellText(time),
      title: cellText(item.split(LINE_BREAK)[0] as string),
      presenters: cellText(presenters),
    });
  }
  return rows;
}
