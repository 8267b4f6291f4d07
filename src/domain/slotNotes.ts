import { personKey } from './invitees';
import type { MustHave } from './mustHaves';
import { ROLES, type Role } from './roles';
import type { PersonRef } from './roster';

/** How free one person is for a slot. */
export type SlotStatus = 'free' | 'tentative' | 'busy' | 'oof' | 'outsideHours' | 'unknown';

/** Someone who cannot come to a slot (or whose calendar cannot be read), with their roles. */
export interface Absentee {
  readonly person: PersonRef;
  /** The roles they are invited for; empty for a guest without one. */
  readonly roles: readonly Role[];
  readonly status: SlotStatus;
}

/** A must-have the slot leaves uncovered, and those of it who cannot come. */
export interface UncoveredMustHave {
  readonly mustHave: MustHave;
  readonly blocked: readonly Absentee[];
}

/**
 * What the UI says about a slot, as codes with parameters: the UI's catalogue words them.
 * The notes name everyone who cannot come once, the uncovered must-haves first, then the rest
 * by role (must-have roles before the others), then how many others are free, then who is
 * unknown.
 */
export type SlotNote =
  | { readonly code: 'allMustHavesFree' }
  | {
      readonly code: 'mustHaveBusy';
      readonly mustHave: MustHave;
      readonly people: readonly Absentee[];
    }
  | {
      readonly code: 'othersBusy';
      /** `undefined` for guests invited without a role. */
      readonly role: Role | undefined;
      readonly people: readonly Absentee[];
    }
  | { readonly code: 'othersFree'; readonly free: number; readonly of: number }
  | { readonly code: 'unknown'; readonly people: readonly PersonRef[] };

/** Everything the notes are made from, for one slot. */
export interface SlotFacts {
  readonly uncovered: readonly UncoveredMustHave[];
  /** Everyone the slot is checked for, must-haves first, with their status. */
  readonly everyone: readonly Absentee[];
  readonly othersFree: number;
  readonly others: number;
  /** The roles of the must-haves, in the order they matter. */
  readonly mustHaveRoles: readonly Role[];
}

/** The notes for one slot, in the order the UI shows them. */
export function slotNotes(facts: SlotFacts): SlotNote[] {
  const notes: SlotNote[] = [];
  if (facts.uncovered.length === 0) notes.push({ code: 'allMustHavesFree' });
  const named = new Set<string>();
  for (const u of facts.uncovered) {
    notes.push({ code: 'mustHaveBusy', mustHave: u.mustHave, people: u.blocked });
    for (const b of u.blocked) named.add(personKey(b.person.email));
  }
  const order: (Role | undefined)[] = [...new Set([...facts.mustHaveRoles, ...ROLES]), undefined];
  const groups = new Map<Role | undefined, Absentee[]>();
  for (const a of facts.everyone) {
    const key = personKey(a.person.email);
    if (a.status === 'free' || a.status === 'unknown' || named.has(key)) continue;
    named.add(key);
    const role = order.find((r) => r === undefined || a.roles.includes(r));
    groups.set(role, [...(groups.get(role) ?? []), a]);
  }
  for (const role of order) {
    const people = groups.get(role);
    if (people) notes.push({ code: 'othersBusy', role, people });
  }
  notes.push({ code: 'othersFree', free: facts.othersFree, of: facts.others });
  const unknown = facts.everyone.filter((a) => a.status === 'unknown').map((a) => a.person);
  if (unknown.length > 0) notes.push({ code: 'unknown', people: unknown });
  return notes;
}
