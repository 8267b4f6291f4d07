import type { Locale } from './localized';
import { ROLE_LABELS, ROLES, type Role } from './roles';
import { STAND_IN_WORDS } from './standIns';

/**
 * Why the roles ride in the attendee's name: an attendee's copy of a meeting carries neither the
 * organiser's extension nor extended properties (Exchange keeps those on the organiser's copy),
 * and the body must not name people per role, or replacing one person would send everyone an
 * update. The attendee list is the one part every copy shows and only the changed people hear of.
 * Outlook shows it too: "Mads Nørgaard (MED-næstformand)" tells every reader who comes as what,
 * and "Mette Hansen (MED-næstformand; stedfortræder for Mads Nørgaard)" that she comes for him.
 */

// Longest first, so "MED-næstformand" is not read as a shorter label that ends the same.
const LABELS: readonly { readonly label: string; readonly role: Role }[] = ROLES.flatMap((role) =>
  (['da', 'en'] as const).map((locale) => ({ label: ROLE_LABELS[role][locale], role })),
).sort((a, b) => b.label.length - a.label.length);

const BY_LABEL = new Map(LABELS.map((l) => [l.label, l.role]));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const LABEL = `(?:${LABELS.map((l) => escapeRegExp(l.label)).join('|')})`;
const STAND_IN = `(?:${Object.values(STAND_IN_WORDS).map(escapeRegExp).join('|')}) (.+)`;
const SUFFIX = new RegExp(
  `^(.*\\S) \\((?:(${LABEL}(?:, ${LABEL})*)(?:; ${STAND_IN})?|${STAND_IN})\\)$`,
  'u',
);

/**
 * The name an attendee is invited under: their name with the roles they come in, if any, and
 * whom they stand in for at this meeting (names, already joined), if anyone.
 */
export function attendeeNameWithRoles(
  name: string,
  roles: readonly Role[],
  locale: Locale,
  standsInFor?: string,
): string {
  const parts: string[] = [];
  if (roles.length > 0) parts.push(roles.map((r) => ROLE_LABELS[r][locale]).join(', '));
  if (standsInFor) parts.push(`${STAND_IN_WORDS[locale]} ${standsInFor}`);
  return parts.length === 0 ? name : `${name} (${parts.join('; ')})`;
}

/**
 * Reads an attendee's name back into the person's name and the roles it carries, in either
 * language. Strict, since a wrong role is worse than none: only a trailing parenthesis whose every
 * item is exactly a role label yields roles. A name without one (someone invited in Outlook, or a
 * tenant whose Exchange lists directory names such as "Jensen, Anne (HR)") gives no roles, and
 * the app then shows the whole programme unmarked.
 */
export function rolesInAttendeeName(attendeeName: string): {
  readonly name: string;
  readonly roles: readonly Role[];
  /** Whom the attendee stands in for at this meeting, as their name says. */
  readonly standsInFor?: string;
} {
  const match = SUFFIX.exec(attendeeName.trim());
  if (!match) return { name: attendeeName.trim(), roles: [] };
  const roles: Role[] = [];
  for (const label of match[2] ? match[2].split(', ') : []) {
    const role = BY_LABEL.get(label);
    // The pattern admits only labels; a split that finds anything else reads as no roles at all.
    if (!role) return { name: attendeeName.trim(), roles: [] };
    if (!roles.includes(role)) roles.push(role);
  }
  const standsInFor = match[3] ?? match[4];
  return standsInFor
    ? { name: match[1] as string, roles, standsInFor }
    : { name: match[1] as string, roles };
}

const DANISH_LABELS = /* @__PURE__ */ new Set(ROLES.map((r) => ROLE_LABELS[r].da));
const ENGLISH_LABELS = /* @__PURE__ */ new Set(ROLES.map((r) => ROLE_LABELS[r].en));

/**
 * The language the roles in an attendee's name are written in (the invitation's language), or
 * undefined when the name carries no roles or labels that read the same in both.
 */
export function languageOfAttendeeName(attendeeName: string): Locale | undefined {
  const labels = SUFFIX.exec(attendeeName.trim())?.[2]?.split(', ') ?? [];
  if (labels.length > 0 && labels.every((l) => DANISH_LABELS.has(l) && !ENGLISH_LABELS.has(l)))
    return 'da';
  if (labels.length > 0 && labels.every((l) => ENGLISH_LABELS.has(l) && !DANISH_LABELS.has(l)))
    return 'en';
  return undefined;
}
