import { formatTimeRange } from './format';
import { htmlText, htmlTokens } from './htmlScan';
import type { Locale } from './localized';
import { parseWallTime, type WallTime } from './wallTime';

export { decodeEntities } from './htmlScan';

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

function cellText(html: string): string {
  return htmlText(html).replace(/\s+/g, ' ').trim();
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

/** A data cell: its HTML's span, and where its first line ends (the item's note follows). */
interface Cell {
  readonly from: number;
  readonly to: number;
  readonly firstLineTo: number;
}

/**
 * The programme rows of an invitation's body: every table row with three data cells (time, item,
 * presenters), the item's note left out. Reads the body the app rendered as Exchange hands it
 * back, which rewraps the HTML but keeps its table; the header row has no data cells. One pass
 * over the body, whatever it holds.
 */
export function agendaInInvite(html: string): InviteAgendaRow[] {
  const rows: InviteAgendaRow[] = [];
  let cells: Cell[] | undefined;
  let cellFrom: number | undefined;
  let lineTo: number | undefined;
  const endCell = (to: number) => {
    if (cells && cellFrom !== undefined) {
      cells.push({ from: cellFrom, to, firstLineTo: lineTo ?? to });
    }
    cellFrom = undefined;
    lineTo = undefined;
  };
  for (const t of htmlTokens(html)) {
    if (t.kind === 'open' && t.name === 'tr') {
      cells = [];
      cellFrom = undefined;
    } else if (t.kind === 'open' && t.name === 'td' && cells) {
      endCell(t.from);
      cellFrom = t.to;
    } else if (t.kind === 'close' && t.name === 'td') {
      endCell(t.from);
    } else if (t.kind === 'close' && t.name === 'tr' && cells) {
      endCell(t.from);
      if (cells.length === 3) {
        const [time, item, presenters] = cells as [Cell, Cell, Cell];
        rows.push({
          time: cellText(html.slice(time.from, time.to)),
          ...timesOf(cellText(html.slice(time.from, time.to))),
          title: cellText(html.slice(item.from, item.firstLineTo)),
          presenters: cellText(html.slice(presenters.from, presenters.to)),
        });
      }
      cells = undefined;
    } else if (
      cellFrom !== undefined &&
      lineTo === undefined &&
      ((t.kind === 'open' && t.name === 'br') ||
        (t.kind === 'close' && (t.name === 'p' || t.name === 'div')))
    ) {
      lineTo = t.from;
    }
  }
  return rows;
}
