import type { AbsentInvitee, Invitee } from './plan';
import type { Role } from './roles';

/** The most attendees Exchange Online accepts on one meeting. */
export const MAX_ATTENDEES = 500;

// Deliberately plain: the address must be something Exchange can route, not RFC 5322 in full.
// One regular expression, no second pass: it runs over every invitee on every validation.
const EMAIL =
  /^[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)*@(?:[^\s@<>()[\]\\,;:".]+\.)+[^\s@<>()[\]\\,;:".]{2,}$/;

/** True for an address Exchange can deliver an invitation to. */
export function isValidEmail(email: string): boolean {
  return EMAIL.test(email);
}

/**
 * The key two entries for one person share: the address, case-folded and trimmed. (V8 hands
 * back the same string when there is nothing to fold, so its hash is reused between runs.)
 */
export function personKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Invitees with duplicates folded together, looked up by role, id and address. */
export interface InviteeIndex {
  readonly invitees: readonly Invitee[];
  /** The entries that absorbed a duplicate (first occurrence, with every role). */
  readonly merged: readonly Invitee[];
  /** Holders of each role at this meeting, stand-ins for the roles they cover included. */
  readonly byRole: ReadonlyMap<Role, readonly Invitee[]>;
  /** Position in `invitees` by person key. */
  readonly byKey: ReadonlyMap<string, number>;
  /** Position in `invitees` of the stand-in, by the key of the person stood in for. */
  readonly byStandIn: ReadonlyMap<string, number>;
}

/**
 * The roles an invitee comes in at this meeting: their own and those of the people they stand in
 * for, each once, own roles first.
 */
export function rolesAtMeeting(invitee: Invitee): readonly Role[] {
  if (!invitee.standsInFor || invitee.standsInFor.length === 0) return invitee.roles;
  const roles: Role[] = [...invitee.roles];
  for (const absent of invitee.standsInFor) {
    for (const role of absent.roles) if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}

function mergeStandIns(
  kept: readonly AbsentInvitee[] | undefined,
  extra: readonly AbsentInvitee[] | undefined,
): readonly AbsentInvitee[] | undefined {
  if (!extra || extra.length === 0) return kept;
  if (!kept || kept.length === 0) return extra;
  const seen = new Set(kept.map((a) => personKey(a.email)));
  return [...kept, ...extra.filter((a) => !seen.has(personKey(a.email)))];
}

/**
 * One entry for two entries of the same person: the union of their roles (and of the people
 * they stand in for), required if either is, the first entry's name kept, and the first
 * workplace either names.
 */
export function mergeInvitee(kept: Invitee, extra: Invitee): Invitee {
  const roles: Role[] = [...kept.roles];
  for (const role of extra.roles) if (!roles.includes(role)) roles.push(role);
  const attendance =
    kept.attendance === 'required' || extra.attendance === 'required' ? 'required' : 'optional';
  const workplaceId = kept.workplaceId ?? extra.workplaceId;
  const standsInFor = mergeStandIns(kept.standsInFor, extra.standsInFor);
  return standsInFor
    ? { ...kept, roles, workplaceId, attendance, standsInFor }
    : { ...kept, roles, workplaceId, attendance };
}

/**
 * Puts one entry into a list whose positions `byKey` holds: folded into the entry already there
 * for the same person, or appended. Returns where it was folded in, if it was.
 */
function foldInto(
  list: Invitee[],
  byKey: Map<string, number>,
  invitee: Invitee,
): number | undefined {
  const key = personKey(invitee.email);
  const at = byKey.get(key);
  if (at === undefined) {
    byKey.set(key, list.length);
    list.push(invitee);
    return undefined;
  }
  list[at] = mergeInvitee(list[at] as Invitee, invitee);
  return at;
}

/**
 * The invitees with more people added, each folded into the entry already listed for the same
 * person (both roles kept); entries already listed stay as they are, apart or not.
 */
export function withInviteesAdded(
  current: readonly Invitee[],
  added: readonly Invitee[],
): Invitee[] {
  const list = [...current];
  const byKey = new Map(list.map((i, at) => [personKey(i.email), at]));
  for (const invitee of added) foldInto(list, byKey, invitee);
  return list;
}

/**
 * Folds entries for the same person into one, the union of their roles, required if any entry
 * is, first name and order kept; and indexes the result. The same person is the same address,
 * as Exchange sees it: one invitation goes to each address. One pass and one map, because
 * validation runs on every keystroke over lists of thousands.
 */
export function indexInvitees(raw: readonly Invitee[]): InviteeIndex {
  const byKey = new Map<string, number>();
  const invitees: Invitee[] = [];
  const mergedAt = new Set<number>();
  for (const invitee of raw) {
    const at = foldInto(invitees, byKey, invitee);
    if (at !== undefined) mergedAt.add(at);
  }
  const byRole = new Map<Role, Invitee[]>();
  const byStandIn = new Map<string, number>();
  for (let at = 0; at < invitees.length; at++) {
    const invitee = invitees[at] as Invitee;
    if (invitee.standsInFor) {
      for (const absent of invitee.standsInFor) byStandIn.set(personKey(absent.email), at);
    }
    for (const role of rolesAtMeeting(invitee)) {
      const list = byRole.get(role);
      if (list) list.push(invitee);
      else byRole.set(role, [invitee]);
    }
  }
  const merged = [...mergedAt].map((i) => invitees[i] as Invitee);
  return { invitees, merged, byRole, byKey, byStandIn };
}

/** An invitee list with duplicates folded together, and which people were folded. */
export interface MergedInvitees {
  readonly invitees: readonly Invitee[];
  readonly merged: readonly Invitee[];
}

/** The invitation list as it will be sent: one entry per person. */
export function mergeInvitees(invitees: readonly Invitee[]): MergedInvitees {
  const { invitees: merged_, merged } = indexInvitees(invitees);
  return { invitees: merged_, merged };
}
