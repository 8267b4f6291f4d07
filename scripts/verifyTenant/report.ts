/**
 * The rows `npm run verify:tenant` prints: one behaviour each, what Graph is documented (or the
 * emulator assumed) to do, and what was seen.
 */

/**
 * `pass`: seen as expected. `FAIL`: a documented behaviour the app relies on did not hold.
 * `differs`: an unconfirmed behaviour went the other way than the emulator imitates (the app
 * copes with both; FIDELITY.md and the emulator should follow the tenant). `not run`: this
 * scenario cannot see it, and says why.
 */
export type Verdict = 'pass' | 'FAIL' | 'differs' | 'not run';

/** One line of the table. */
export interface Row {
  readonly behaviour: string;
  readonly expected: string;
  readonly seen: string;
  readonly verdict: Verdict;
}

/** A row that passes when `ok`, fails otherwise. */
export function check(behaviour: string, expected: string, seen: string, ok: boolean): Row {
  return { behaviour, expected, seen, verdict: ok ? 'pass' : 'FAIL' };
}

const COLUMNS = ['behaviour', 'expected', 'seen', 'verdict'] as const;
const WIDTHS = { behaviour: 34, expected: 44, seen: 44, verdict: 7 } as const;

/** Splits a cell into lines of at most `width` characters, at spaces where it can. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest.length > 0;) {
      const room = line ? width - line.length - 1 : width;
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  return [...lines, line].filter((l, i, all) => l || all.length === 1);
}

/** The rows as a plain-text table, cells wrapped to fit a terminal. */
export function formatTable(rows: readonly Row[]): string {
  const rule = COLUMNS.map((c) => '-'.repeat(WIDTHS[c])).join('-+-');
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => cell.padEnd(WIDTHS[COLUMNS[i] ?? 'verdict'])).join(' | ');
  const out = [line(COLUMNS), rule];
  for (const row of rows) {
    const cells = COLUMNS.map((c) => wrap(row[c], WIDTHS[c]));
    const height = Math.max(...cells.map((c) => c.length));
    for (let i = 0; i < height; i++) out.push(line(cells.map((c) => c[i] ?? '')).trimEnd());
    out.push(rule);
  }
  return out.join('\n');
}

/** One line saying how the run went, and what to do about rows that differ. */
export function summary(rows: readonly Row[]): string {
  const count = (v: Verdict) => rows.filter((r) => r.verdict === v).length;
  const parts = [`${count('pass')} passed`, `${count('FAIL')} failed`];
  const differs = count('differs');
  const notRun = count('not run');
  return [
    parts.join(', '),
    ...(differs > 0
      ? [
          `${differs} unconfirmed behaviour(s) differ from the emulator: record them in src/emulator/FIDELITY.md`,
        ]
      : []),
    ...(notRun > 0 ? [`${notRun} not run (the row says why)`] : []),
  ].join('\n');
}
