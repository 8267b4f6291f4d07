import { hasElement, type HtmlToken, htmlTokens, opensElement } from './htmlScan';
import { PROGRAMME_END, PROGRAMME_START } from './inviteMarks';
import { TEAMS_JOIN_LINK_IN_TEXT } from './teamsJoinUrl';

/**
 * The programme's place in a meeting body the organiser also writes in. Outlook's form holds one
 * body: the organiser's own words, the invitation the app renders, and (when the Teams toggle is
 * on) the join block Outlook puts at the end. The app writes its part as a region between two
 * marks (`PROGRAMME_START`, `PROGRAMME_END`: invisible text, see `inviteMarks.ts` for why text),
 * finds it again by them and replaces only it, so nothing else in the body is touched.
 *
 * Outlook rewraps what it was given (a `<div>` becomes a `<p>` or gains a wrapper, a document
 * gets `<html><body>`), so the region is taken with the elements that hold only it: the cut
 * widens over the tags right around the marks as long as what it removes is whole, so a rewrite
 * neither leaves empty shells behind nor makes the body grow with each write.
 */

/** The id that opened the region in bodies written before the text marks (still read). */
export const PROGRAMME_REGION_ID = 'netvaerksmoeder-programme';
/** The id that closed it. */
export const PROGRAMME_REGION_END_ID = 'netvaerksmoeder-programme-end';

/** The programme as the body carries it: the invitation between the two marks. */
export function programmeRegion(inviteHtml: string): string {
  return `<div>${PROGRAMME_START}${inviteHtml}${PROGRAMME_END}</div>`;
}

/**
 * Where the region lies in a body, `[from, to)`, or undefined when it is not whole. `closes` and
 * `opens` are tags inside it that belong to elements around it (a rewrite that put a mark in the
 * middle of someone else's paragraph): whoever replaces the region keeps them, before and after.
 */
export interface FoundRegion {
  readonly from: number;
  readonly to: number;
  readonly closes: string;
  readonly opens: string;
}

// A mark as Outlook may hand it back: the characters themselves or their references, and a line
// break between the two that a rewrite may insert (office-js#2910).
const WJ = '(?:\\u2060|&#0*8288;|&#[xX]0*2060;|&NoBreak;)';
const IS = '(?:\\u2063|&#0*8291;|&#[xX]0*2063;|&(?:ic|InvisibleComma);)';
const START_RAW = new RegExp(`${WJ}\\s*${IS}`);
const END_RAW = new RegExp(`${IS}\\s*${WJ}`);
const isBlank = (html: string, from: number, to: number) => /^\s*$/.test(html.slice(from, to));

/** The token holding position `at` (tokens cover the body without gaps). */
function tokenAt(tokens: readonly HtmlToken[], at: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((tokens[mid] as HtmlToken).from <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

function markedRegionIn(body: string, tokensOf: () => HtmlToken[]): FoundRegion | undefined {
  const start = START_RAW.exec(body);
  if (!start) return undefined;
  const endAfter = body.slice(start.index + start[0].length);
  const end = END_RAW.exec(endAfter);
  if (!end) return undefined;
  const a0 = start.index;
  const b0 = start.index + start[0].length + end.index + end[0].length;
  const tokens = tokensOf();
  const first = tokenAt(tokens, a0);
  const last = tokenAt(tokens, b0 - 1);

  // Inside the marks: elements opened and left open (`open`), closers of elements opened before
  // (`outer`), in order.
  const open: HtmlToken[] = [];
  const outer: HtmlToken[] = [];
  const openCount = new Map<string, number>();
  const named = (t: HtmlToken | undefined) => (t as { name?: string } | undefined)?.name;
  for (let i = first + 1; i < last; i++) {
    const t = tokens[i] as HtmlToken;
    if (opensElement(t)) {
      open.push(t);
      openCount.set(t.name, (openCount.get(t.name) ?? 0) + 1);
    } else if (t.kind === 'close') {
      if (!openCount.get(t.name)) {
        outer.push(t);
        continue;
      }
      // A closer ends its element and any left open inside it, as a browser reads it.
      for (let top = open.pop(); top; top = open.pop()) {
        const name = named(top) as string;
        openCount.set(name, (openCount.get(name) ?? 1) - 1);
        if (name === t.name) break;
      }
    }
  }

  // The tags right before the first mark (innermost first), if nothing but tags lies between.
  const before: HtmlToken[] = [];
  if (isBlank(body, (tokens[first] as HtmlToken).from, a0)) {
    for (let i = first - 1; i >= 0; i--) {
      const t = tokens[i] as HtmlToken;
      if (t.kind === 'text' && isBlank(body, t.from, t.to)) continue;
      if (!opensElement(t)) break;
      before.push(t);
    }
  }
  // …and right after the last mark.
  const after: HtmlToken[] = [];
  if (isBlank(body, b0, (tokens[last] as HtmlToken).to)) {
    for (let i = last + 1; i < tokens.length; i++) {
      const t = tokens[i] as HtmlToken;
      if (t.kind === 'text' && isBlank(body, t.from, t.to)) continue;
      if (t.kind !== 'close') break;
      after.push(t);
    }
  }

  // Closers inside that end elements opened just before: the cut starts at those openers.
  let from = a0;
  let usedBefore = 0;
  while (usedBefore < outer.length && named(before[usedBefore]) === named(outer[usedBefore])) {
    from = (before[usedBefore] as HtmlToken).from;
    usedBefore++;
  }
  // Elements left open inside, closed just after: the cut ends after those closers.
  let to = b0;
  let usedAfter = 0;
  while (open.length > 0 && named(after[usedAfter]) === named(open[open.length - 1])) {
    to = (after[usedAfter] as HtmlToken).to;
    open.pop();
    usedAfter++;
  }
  // Wrappers around the region alone (a rewrite's `<div><span>`): taken with it.
  if (usedBefore === outer.length && open.length === 0) {
    while (
      usedBefore < before.length &&
      usedAfter < after.length &&
      named(before[usedBefore]) === named(after[usedAfter])
    ) {
      from = (before[usedBefore] as HtmlToken).from;
      to = (after[usedAfter] as HtmlToken).to;
      usedBefore++;
      usedAfter++;
    }
  }
  const raw = (ts: readonly HtmlToken[]) => ts.map((t) => body.slice(t.from, t.to)).join('');
  return { from, to, closes: raw(outer.slice(usedBefore)), opens: raw(open) };
}

const LEGACY_ID = new RegExp(
  `\\bid\\s*=\\s*["']?(?:x_)?${PROGRAMME_REGION_ID}(-end)?(?=["'\\s/>])`,
  'i',
);

/** The region as bodies written before the text marks held it: between two elements' `id`s. */
function legacyRegionIn(body: string, tokensOf: () => HtmlToken[]): FoundRegion | undefined {
  if (!body.includes(PROGRAMME_REGION_END_ID)) return undefined;
  const tokens = tokensOf();
  let from: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as HtmlToken;
    if (t.kind !== 'open') continue;
    const id = LEGACY_ID.exec(body.slice(t.from, t.to));
    if (!id) continue;
    if (!id[1]) {
      from ??= t.from;
      continue;
    }
    if (from === undefined) return undefined;
    // The end element, to its own closing tag.
    let depth = 0;
    for (let j = i; j < tokens.length; j++) {
      const u = tokens[j] as HtmlToken;
      if (opensElement(u) && u.name === t.name) depth++;
      else if (u.kind === 'close' && u.name === t.name && --depth === 0) {
        return { from, to: u.to, closes: '', opens: '' };
      }
    }
    return undefined;
  }
  return undefined;
}

/** Where the marked region lies in a body, or undefined when it is not whole. */
export function programmeRegionIn(body: string): FoundRegion | undefined {
  let tokens: HtmlToken[] | undefined;
  const tokensOf = () => (tokens ??= htmlTokens(body));
  return markedRegionIn(body, tokensOf) ?? legacyRegionIn(body, tokensOf);
}

/** How the programme went into the body. */
export type ProgrammePlacement = 'replaced' | 'inserted';

/**
 * The body with the programme in it: the marked region replaced where the body has one, else
 * the programme put first, before the organiser's own words (inside `<body>` when the body is a
 * whole document). Everything outside the region, the Teams join block included, stays as it is.
 * `inviteHtml` may be a region already (`renderInvite`'s is); anything else is made one.
 */
export function bodyWithProgramme(
  body: string,
  inviteHtml: string,
): { readonly html: string; readonly placement: ProgrammePlacement } {
  const region = inviteHtml.includes(PROGRAMME_START) ? inviteHtml : programmeRegion(inviteHtml);
  const found = programmeRegionIn(body);
  if (found) {
    return {
      html: body.slice(0, found.from) + found.closes + region + found.opens + body.slice(found.to),
      placement: 'replaced',
    };
  }
  let at = 0;
  if (hasElement(body, 'body')) {
    const tag = htmlTokens(body).find((t) => t.kind === 'open' && t.name === 'body');
    at = tag?.to ?? 0;
  }
  return { html: body.slice(0, at) + region + body.slice(at), placement: 'inserted' };
}

/**
 * Whether the body holds a Teams join block outside the programme: the rule of underscores
 * Outlook draws around it, or a Teams join link. (The Graph layer carries the block over on its
 * own updates; this only tells the invitation to say the link is at the bottom.)
 */
export function bodyHasTeamsJoin(body: string): boolean {
  const found = programmeRegionIn(body);
  const rest = found ? body.slice(0, found.from) + body.slice(found.to) : body;
  return /_{30,}/.test(rest) || TEAMS_JOIN_LINK_IN_TEXT.test(rest);
}
