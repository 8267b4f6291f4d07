import { indexInvitees, personKey, rolesAtMeeting } from './invitees';
import type { MeetingPlan } from './plan';
import { coversRole, findInvitee } from './requirements';
import type { Role } from './roles';
import type { PersonRef } from './roster';
import { TRIO_SEATS } from './trioSeats';

/**
 * Whom a must-have stands for, as data the UI words: a role, top management, a workplace's
 * whole TRIO, or one named presenter.
 */
export type MustHaveSubject =
  | { readonly kind: 'role'; readonly role: Role }
  | { readonly kind: 'topManagement' }
  | { readonly kind: 'trio'; readonly workplace: string }
  | { readonly kind: 'presenter'; readonly person: PersonRef };

/** Someone the meeting cannot do without: any one of the candidates, or all of them. */
export interface MustHave {
  readonly id: string;
  readonly subject: MustHaveSubject;
  readonly candidates: readonly PersonRef[];
  readonly need: 'any' | 'all';
}

/** The roles of top management; one of them is enough. */
export const TOP_MANAGEMENT: readonly Role[] = ['director', 'departmentDirector'];

/** Invitees covering any of the roles: only required ones do (`coversRole`). */
function holders(plan: MeetingPlan, roles: readonly Role[]): PersonRef[] {
  return plan.invitees.filter(
    (i) => coversRole(i) && rolesAtMeeting(i).some((r) => roles.includes(r)),
  );
}

function byRole(plan: MeetingPlan, role: Role): MustHave {
  return {
    id: role,
    subject: { kind: 'role', role },
    candidates: holders(plan, [role]),
    need: 'any',
  };
}

/**
 * The people a plan cannot do without: MED chair and vice-chair, one of top management, every
 * presenting workplace's whole TRIO, and every block's presenters.
 */
export function mustHavesOf(plan: MeetingPlan): MustHave[] {
  // A stand-in's calendar counts for the person they come for at this meeting.
  const index = indexInvitees(plan.invitees);
  const comingFor = (person: PersonRef): PersonRef => findInvitee(index, person) ?? person;
  const out: MustHave[] = [
    { ...byRole(plan, 'medChair'), id: 'medChair' },
    { ...byRole(plan, 'medViceChair'), id: 'medViceChair' },
    {
      id: 'topManagement',
      subject: { kind: 'topManagement' },
      candidates: holders(plan, TOP_MANAGEMENT),
      need: 'any',
    },
  ];
  for (const w of plan.presentingWorkplaces) {
    out.push({
      id: `trio:${w.id}`,
      subject: { kind: 'trio', workplace: w.name },
      candidates: TRIO_SEATS.flatMap(({ seat }) => {
        const holder = w.trio[seat];
        return holder ? [comingFor(holder)] : [];
      }),
      need: 'all',
    });
  }
  const seen = new Set(out.map((m) => m.id));
  for (const block of plan.agenda) {
    for (const role of block.presenters.roles) {
      // The top-management roles are covered by their own must-have.
      const id = TOP_MANAGEMENT.includes(role) ? 'topManagement' : role;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(byRole(plan, role));
    }
    for (const person of block.presenters.people) {
      const id = `person:${personKey(person.email)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({
        id,
        subject: { kind: 'presenter', person },
        candidates: [comingFor(person)],
        need: 'all',
      });
    }
  }
  return out.filter((m) => m.candidates.length > 0);
}

/** The people whose free/busy a plan's search reads: must-haves and every other invitee. */
export function peopleToCheck(plan: MeetingPlan): string[] {
  const emails = [
    ...mustHavesOf(plan).flatMap((m) => m.candidates.map((c) => personKey(c.email))),
    ...plan.invitees.map((i) => personKey(i.email)),
  ];
  return [...new Set(emails)];
}
