import { htmlText } from './htmlScan';

/**
 * The marks the app leaves in a meeting's body: the reference to its plan that tells a network
 * meeting (the invitation's footer), and the two ends of the programme's region that the Outlook
 * pane finds and replaces.
 *
 * They are **text**, not markup: text is the one thing every rewrite of a body keeps. Outlook on
 * the web and new Outlook strip `class` and `data-` attributes (office-js#5296, #5320), turn
 * `<div>`s into `<p>`s and `<span>`s (#5482, #5501), wrap what was set in a further `<div>` and
 * `<br>` (#6778) and break lines inside text (#2910); on the web even an `id` was seen stripped
 * (#4460); classic Outlook returns a whole HTML document, and Exchange prefixes ids with `x_`.
 *
 * And they are text that **typing cannot produce**: each holds U+2060 WORD JOINER (and the ends
 * of the region U+2063 INVISIBLE SEPARATOR), which no keyboard types, which render as nothing,
 * and which `normalizeText` removes from every text a user gives the app. So a title, a note or
 * a workplace's name cannot make an invitation point at another plan, and an ordinary mail that
 * mentions "NM-ref: 12" is no network meeting. Invitations sent before the marks existed end
 * with the same footer without the joiners; they are recognised by the whole footer sentence
 * (`LEGACY_FOOTER`), the last one in the body, since everything the app rendered from user text
 * comes before it.
 */

/** U+2060 WORD JOINER: invisible, zero width, typed by no keyboard. */
export const WORD_JOINER = '\u2060';
/** U+2063 INVISIBLE SEPARATOR. */
const INVISIBLE_SEPARATOR = '\u2063';

/** Opens the programme's region in a body. */
export const PROGRAMME_START = WORD_JOINER + INVISIBLE_SEPARATOR;
/** Closes the programme's region in a body. */
export const PROGRAMME_END = INVISIBLE_SEPARATOR + WORD_JOINER;

/** The visible words of the reference every invitation ends with. */
export const INVITE_REF_PREFIX = 'NM-ref: ';

/** The plan's reference as the app writes it, the id between word joiners. */
export function planReference(planId: string): string {
  return `${INVITE_REF_PREFIX}${WORD_JOINER}${planId}${WORD_JOINER}`;
}

const ID = '[A-Za-z0-9._-]{1,100}';
/** The marked reference, in whatever whitespace a rewrite left around its words. */
const MARKED_REF = new RegExp(`NM-ref:\\s*${WORD_JOINER}(${ID})${WORD_JOINER}`);
/** The footer of invitations sent before the marks: "Planlagt med Netværksmøder · NM-ref: id". */
const LEGACY_FOOTER = new RegExp(
  `(?:Planlagt\\s+med|Planned\\s+with)\\s+Netværksmøder\\s*·\\s*NM-ref:\\s*(${ID})(?![A-Za-z0-9._-])`,
  'g',
);
/** A cancellation's comment before the marks ended with a bare reference on its last line. */
const LEGACY_CANCELLATION = new RegExp(`(?:^|\\n)[ \\t]*NM-ref:[ \\t]*(${ID})\\s*$`);

function legacyFooterIn(text: string): string | undefined {
  let last: string | undefined;
  for (const match of text.matchAll(LEGACY_FOOTER)) last = match[1];
  return last;
}

/**
 * The plan a body refers to, if it is a network meeting's: the app's marked reference (the
 * first, which in a body the Outlook pane wrote is its programme's, at the top), else the last
 * footer of an invitation sent before the marks. Plain text is read as well as HTML.
 */
export function planRefIn(body: string): string | undefined {
  const text = htmlText(body);
  return MARKED_REF.exec(text)?.[1] ?? legacyFooterIn(text);
}

/**
 * `planRefIn` for a cancelled copy, whose body may be the cancellation's comment instead of the
 * invitation: comments written before the marks ended with a bare `NM-ref: <id>` line.
 */
export function cancelledPlanRefIn(body: string): string | undefined {
  const text = htmlText(body);
  return MARKED_REF.exec(text)?.[1] ?? legacyFooterIn(text) ?? LEGACY_CANCELLATION.exec(text)?.[1];
}
