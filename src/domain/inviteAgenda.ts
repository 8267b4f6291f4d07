import { formatTimeRange } from './format';
import type { Locale } from './localized';
import { parseWallTime, type WallTime } from './wallTime';

/** One row of the programme as an invitation's body shows it, read back as text. */
export interface InviteAgendaRow {
  /** As written in the invitation, e.g. "13.25–13.55". */
  readonly time: string;
  /** The row's times read from `time` ("13.25–13.55" or "13:25–13:55"), when it holds two. */
  readonly start?: WallTime | undefined;
  readonly end?: WallTime | undefined;
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

const TIME_RANGE = /^(\d{1,2})[.:](\d{2})\s*[–-]\s*(\d{1,2})[.:](\d{2})$/u;

/** The start and end of a row's time cell, whichever language's clock wrote it. */
function timesOf(time: string): { start?: WallTime; end?: WallTime } {
  const m = TIME_RANGE.exec(time);
  if (!m) return {};
  const start = parseWallTime(`${(m[1] as string).padStart(2, '0')}:${m[2] as string}`);
  const end = parseWallTime(`${(m[3] as string).padStart(2, '0')}:${m[4] as string}`);
  return start && end ? { start, end } : {};
}

/**
 * A row's time in the UI's format ("13.25–13.55" in Danish, "13:25–13:55" in English), whatever
 * language the invitation was written in; as written when it is not a time range.
 */
export function rowTimeIn(row: InviteAgendaRow, locale: Locale): string {
  return row.start && row.end ? formatTimeRange(row.start, row.end, locale) : row.time;
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
      ...timesOf(cellText(time)),
      title: cellText(item.split(LINE_BREAK)[0] as string),
      presenters: cellText(presenters),
    });
  }
  return rows;
}
