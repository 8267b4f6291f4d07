import { defaultAttendanceForRoles } from './roleInvitees';
import { joinList } from './format';
import { mergeInvitee, personKey } from './invitees';
import type { Locale } from './localized';
import type { AbsentInvitee, Invitee, MeetingPlan } from './plan';
import { ROLE_LABELS } from './roles';
import { type PersonRef, refOf } from './roster';

/**
 * Stand-ins: replacing someone on a booked meeting changes who comes to THIS meeting, not who
 * holds the role. The stand-in covers the absent person's roles, TRIO seat and named blocks here;
 * the plan keeps the absent person (`Invitee.standsInFor`), so the effort's next meeting invites
 * them again and not the stand-in.
 */

const WORDS = {
  da: { standsInFor: 'stedfortræder for' },
  en: { standsInFor: 'standing in for' },
} as const;

function absentFrom(invitee: Invitee): AbsentInvitee {
  return {
    id: invitee.id,
    name: invitee.name,
    email: invitee.email,
    roles: invitee.roles,
    workplaceId: invitee.workplaceId,
    attendance: invitee.attendance,
  };
}

/** A person's entries in the plan folded into one (a draft may list someone for two groups). */
function entriesOf(plan: MeetingPlan, key: string): Invitee | undefined {
  let found: Invitee | undefined;
  for (const i of plan.invitees) {
    if (personKey(i.email) === key) found = found ? mergeInvitee(found, i) : i;
  }
  return found;
}

/**
 * The plan with `person` coming to this meeting instead of the invitee at `email`. The stand-in
 * takes over whom the replaced invitee stood in for (a stand-in replaced again), is required if
 * the replaced invitee was, and keeps any roles of their own; the absent person's roles stay
 * theirs. Putting the real holder back in place of their stand-in makes them an ordinary invitee
 * again. Unknown addresses leave the plan as it is.
 */
export function withStandIn(plan: MeetingPlan, email: string, person: PersonRef): MeetingPlan {
  const oldKey = personKey(email);
  const standInKey = personKey(person.email);
  const old = entriesOf(plan, oldKey);
  if (!old || oldKey === standInKey) return plan;
  const carried = old.standsInFor ?? [];
  // The replaced invitee is absent as themself (unless they came only as a stand-in) and for
  // everyone they stood in for.
  const absent = [
    ...(old.roles.length > 0 || carried.length === 0 ? [absentFrom(old)] : []),
    ...carried,
  ];
  const back = absent.filter((a) => personKey(a.email) === standInKey);
  const covered = absent.filter((a) => personKey(a.email) !== standInKey);
  const existing = entriesOf(plan, standInKey);
  let standIn: Invitee = existing ??
    back[0] ?? { ...refOf(person), roles: [], workplaceId: undefined, attendance: old.attendance };
  for (const returning of back) standIn = mergeInvitee(standIn, returning);
  standIn = mergeInvitee(standIn, {
    ...refOf(person),
    roles: [],
    workplaceId: undefined,
    attendance: old.attendance,
    standsInFor: covered,
  });
  let placed = false;
  const invitees = plan.invitees.flatMap((i): Invitee[] => {
    const key = personKey(i.email);
    const here = key === standInKey || (key === oldKey && !existing);
    if (!here || placed) return key === standInKey || key === oldKey ? [] : [i];
    placed = true;
    return [standIn];
  });
  return { ...plan, invitees };
}

/**
 * The plan's people as the role holders, not as they came to one meeting: every stand-in's
 * stand-in part dropped (a stand-in with no role of their own drops out) and the people they
 * stood in for invited again as they were. Used to start the effort's next meeting from one.
 */
export function withoutStandIns(plan: MeetingPlan): MeetingPlan {
  if (!plan.invitees.some((i) => i.standsInFor && i.standsInFor.length > 0)) return plan;
  // Entries are kept apart as they were (one person may be listed for two groups); sending
  // folds them into one invitation, as for any plan.
  const invitees = plan.invitees.flatMap((invitee): Invitee[] => {
    if (!invitee.standsInFor) return [invitee];
    // Standing in may have made them required; as themself they are asked as their roles ask.
    const own =
      invitee.roles.length > 0
        ? [{ ...absentFrom(invitee), attendance: defaultAttendanceForRoles(invitee.roles) }]
        : [];
    return [...own, ...invitee.standsInFor.map(absentFrom)];
  });
  return { ...plan, invitees };
}

/** The absent person with the roles they are stood in for: "Mads Nørgaard (MED-næstformand)". */
function absentLabel(absent: AbsentInvitee, locale: Locale): string {
  if (absent.roles.length === 0) return absent.name;
  return `${absent.name} (${absent.roles.map((r) => ROLE_LABELS[r][locale]).join(', ')})`;
}

/**
 * What a stand-in comes as, for this meeting: "stedfortræder for Mads Nørgaard (MED-næstformand)";
 * `undefined` for an invitee who stands in for nobody.
 */
export function standInNote(invitee: Invitee, locale: Locale): string | undefined {
  if (!invitee.standsInFor || invitee.standsInFor.length === 0) return undefined;
  const whom = joinList(
    locale,
    invitee.standsInFor.map((a) => absentLabel(a, locale)),
  );
  return `${WORDS[locale].standsInFor} ${whom}`;
}

/** The names of the people an invitee stands in for, joined: "Mads Nørgaard". */
export function standsInForNames(invitee: Invitee, locale: Locale): string | undefined {
  if (!invitee.standsInFor || invitee.standsInFor.length === 0) return undefined;
  return joinList(
    locale,
    invitee.standsInFor.map((a) => a.name),
  );
}

/** An invitee as a line of people: "Mette Hansen – stedfortræder for Mads Nørgaard (MED-næstformand)". */
export function inviteeWithStandIn(invitee: Invitee, locale: Locale): string {
  const note = standInNote(invitee, locale);
  return note ? `${invitee.name} – ${note}` : invitee.name;
}

/**
 * An invitee with their own roles and whom they stand in for:
 * "Mette Hansen (MED-medlem) – stedfortræder for Mads Nørgaard (MED-næstformand)".
 */
export function inviteeWithRolesAndStandIn(invitee: Invitee, locale: Locale): string {
  const roles = invitee.roles.map((r) => ROLE_LABELS[r][locale]).join(', ');
  const named = roles ? `${invitee.name} (${roles})` : invitee.name;
  const note = standInNote(invitee, locale);
  return note ? `${named} – ${note}` : named;
}

/**
 * Who comes for a person named in the plan (a TRIO seat, a block's presenter), by their key: the
 * stand-in's name with whom they stand in for, when someone does and the person is not invited.
 */
export function comingInPlaceOf(plan: MeetingPlan, locale: Locale): (person: PersonRef) => string {
  const invited = new Set<string>();
  const standIns = new Map<string, string>();
  for (const invitee of plan.invitees) {
    invited.add(personKey(invitee.email));
    for (const absent of invitee.standsInFor ?? []) {
      standIns.set(personKey(absent.email), invitee.name);
    }
  }
  return (person) => {
    const key = personKey(person.email);
    const standIn = invited.has(key) ? undefined : standIns.get(key);
    return standIn ? `${standIn} (${WORDS[locale].standsInFor} ${person.name})` : person.name;
  };
}

/** The label for stand-ins in an attendee's name: "stedfortræder for", "standing in for". */
export const STAND_IN_WORDS: Readonly<Record<Locale, string>> = {
  da: WORDS.da.standsInFor,
  en: WORDS.en.standsInFor,
};
