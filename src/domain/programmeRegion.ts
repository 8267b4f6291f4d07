/**
 * The programme's place in a meeting body the organiser also writes in. Outlook's form holds one
 * body: the organiser's own words, the invitation the add-in renders, and (when the Teams toggle
 * is on) the join block Outlook puts at the end. The add-in writes its part in a marked region,
 * finds it again by its marks and replaces only it, so nothing else in the body is touched.
 *
 * The marks are `id` attributes: Outlook on the web and new Outlook strip `class` from inserted
 * HTML (by design, OfficeDev/office-js#5296) and rewrite `<div>`s, but `id`s survive (ibid.). A
 * body received by mail may carry them as `x_<id>`, which is read too.
 */

import { TEAMS_JOIN_LINK_IN_TEXT } from './teamsJoinUrl';

/** The id of the element that opens the region. */
export const PROGRAMME_REGION_ID = 'netvaerksmoeder-programme';
/** The id of the element that closes it. */
export const PROGRAMME_REGION_END_ID = 'netvaerksmoeder-programme-end';

/** The programme as the body carries it: the rendered invitation between the two marks. */
export function programmeRegion(inviteHtml: string): string {
  return `<div id="${PROGRAMME_REGION_ID}">${inviteHtml}</div><div id="${PROGRAMME_REGION_END_ID}"><br></div>`;
}

function markedTag(id: string): RegExp {
  return new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\bid\\s*=\\s*["']?(?:x_)?${id}["'\\s>]`, 'i');
}

/** Where the marked region lies in a body, `[from, to)`, or undefined when it is not whole. */
export function programmeRegionIn(body: string): { from: number; to: number } | undefined {
  const open = markedTag(PROGRAMME_REGION_ID).exec(body);
  const close = markedTag(PROGRAMME_REGION_END_ID).exec(body);
  if (!open || !close || close.index < open.index) return undefined;
  const tag = (close[1] as string).toLowerCase();
  const closing = new RegExp(`</${tag}\\s*>`, 'i').exec(body.slice(close.index));
  if (!closing) return undefined;
  return { from: open.index, to: close.index + closing.index + closing[0].length };
}

/** How the programme went into the body. */
export type ProgrammePlacement = 'replaced' | 'inserted';

/**
 * The body with the programme in it: the marked region replaced where the body has one, else
 * the programme put first, before the organiser's own words (inside `<body>` when the body is a
 * whole document). Everything outside the region, the Teams join block included, stays as it is.
 */
export function bodyWithProgramme(
  body: string,
  inviteHtml: string,
): { readonly html: string; readonly placement: ProgrammePlacement } {
  const region = programmeRegion(inviteHtml);
  const found = programmeRegionIn(body);
  if (found) {
    return {
      html: body.slice(0, found.from) + region + body.slice(found.to),
      placement: 'replaced',
    };
  }
  const bodyTag = /<body\b[^>]*>/i.exec(body);
  const at = bodyTag ? bodyTag.index + bodyTag[0].length : 0;
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
