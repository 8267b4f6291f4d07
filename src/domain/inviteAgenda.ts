import { htmlText, htmlTokens } from './htmlScan';

export { decodeEntities } from './htmlScan';

/** One row of the programme as an invitation's body shows it, read back as text. */
export interface InviteAgendaRow {
  /** As written in the invitation, e.g. "13.25–13.55". */
  readonly time: string;
  readonly title: string;
  /** The "presented by" cell: role labels, workplaces with their TRIO, names. */
  readonly presenters: string;
}

function cellText(html: string): string {
  return htmlText(html).replace(/\s+/g, ' ').trim();
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
