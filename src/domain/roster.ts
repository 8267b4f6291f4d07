import type { Role } from './roles';
import { TRIO_SEATS, type TrioSeat } from './trioSeats';

/** Enough of a person to name them and send them an invitation. */
export interface PersonRef {
  /** Directory object id, or a stable id for a guest added by address. */
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

/** A person in the directory, with the roles they hold. */
export interface Person extends PersonRef {
  readonly roles: readonly Role[];
  /** The local workplace the person belongs to, if any. */
  readonly workplaceId?: string | undefined;
}

/**
 * The people who present a workplace: its leader, AMR and TR; a seat nobody holds is absent
 * (or `undefined`, as a parsed plan or a cleared seat may have it).
 */
export type Trio = { readonly [S in TrioSeat]?: PersonRef | undefined };

/** A local workplace (institution, department, unit) working with social capital. */
export interface Workplace {
  readonly id: string;
  readonly name: string;
  readonly memberIds: readonly string[];
}

/** Only the reference fields of a person, as a plan stores them. */
export function refOf(person: PersonRef): PersonRef {
  return { id: person.id, name: person.name, email: person.email };
}

/**
 * The TRIO of a workplace as the directory has it: the first member holding each seat's role.
 * A seat stays empty when nobody holds the role, and coverage reports that.
 */
export function trioOf(workplace: Workplace, people: ReadonlyMap<string, Person>): Trio {
  const trio: Partial<Record<TrioSeat, PersonRef>> = {};
  for (const { seat, role } of TRIO_SEATS) {
    const holder = workplace.memberIds
      .map((id) => people.get(id))
      .find((person) => person?.roles.includes(role));
    if (holder) trio[seat] = refOf(holder);
  }
  return trio;
}
