import type { PlanErrorCode } from './findings';
import { type InviteeIndex, personKey } from './invitees';
import type { AgendaBlock, Invitee, MeetingPlan, PresentingWorkplace } from './plan';
import type { Role } from './roles';
import type { PersonRef } from './roster';
import { TRIO_SEATS, type TrioSeat } from './trioSeats';

/**
 * A role rule of the guide's "who must be there" table. Like every role the programme cannot do
 * without, it is covered only by a required invitee (`coversRole`).
 */
export interface RoleRule {
  readonly id: 'topManagement' | 'middleManagement' | 'staffFunction' | 'medChair' | 'medViceChair';
  /** Any one of these roles satisfies the rule. */
  readonly roles: readonly Role[];
  readonly missing: PlanErrorCode;
}

/** The role rules, in the order the guide lists the groups. */
export const ROLE_RULES: readonly RoleRule[] = [
  {
    id: 'topManagement',
    roles: ['director', 'departmentDirector'],
    missing: 'top-management-missing',
  },
  { id: 'middleManagement', roles: ['middleManager'], missing: 'middle-manager-missing' },
  {
    id: 'medChair',
    roles: ['medChair'],
    missing: 'med-chair-missing',
  },
  {
    id: 'medViceChair',
    roles: ['medViceChair'],
    missing: 'med-vice-chair-missing',
  },
  {
    id: 'staffFunction',
    roles: ['hrConsultant', 'amConsultant'],
    missing: 'staff-function-missing',
  },
];

/** One seat of a presenting workplace's TRIO. */
export interface TrioRequirement {
  readonly workplace: PresentingWorkplace;
  readonly seat: TrioSeat;
  readonly role: Role;
  /** The person the directory gave the seat; absent when nobody holds it. */
  readonly person?: PersonRef | undefined;
}

/** A role a block names as its presenter. */
export interface PresenterRoleRequirement {
  readonly block: AgendaBlock;
  readonly role: Role;
}

/** A person a block names as its presenter. */
export interface PresenterPersonRequirement {
  readonly block: AgendaBlock;
  readonly person: PersonRef;
}

/** Everything the plan needs of its invitees; one list for both planning and attendance. */
export interface Requirements {
  readonly roles: readonly RoleRule[];
  readonly trioSeats: readonly TrioRequirement[];
  readonly presenterRoles: readonly PresenterRoleRequirement[];
  readonly presenterPeople: readonly PresenterPersonRequirement[];
}

/** The requirements a plan places on its invitation list. */
export function requirementsOf(plan: MeetingPlan): Requirements {
  const trioSeats: TrioRequirement[] = [];
  for (const workplace of plan.presentingWorkplaces) {
    for (const { seat, role } of TRIO_SEATS) {
      trioSeats.push({ workplace, seat, role, person: workplace.trio[seat] });
    }
  }
  const presenterRoles: PresenterRoleRequirement[] = [];
  const presenterPeople: PresenterPersonRequirement[] = [];
  for (const block of plan.agenda) {
    for (const role of block.presenters.roles) presenterRoles.push({ block, role });
    for (const person of block.presenters.people) presenterPeople.push({ block, person });
  }
  return { roles: ROLE_RULES, trioSeats, presenterRoles, presenterPeople };
}

/**
 * The invitee who comes for this person: the one invited at the same address, or else the one
 * standing in for them at this meeting (a TRIO seat, a named presenter, a committee member).
 */
export function findInvitee(index: InviteeIndex, person: PersonRef): Invitee | undefined {
  const key = personKey(person.email);
  const at = index.byKey.get(key) ?? index.byStandIn.get(key);
  return at === undefined ? undefined : index.invitees[at];
}

/** Every invitee holding any of the roles, each once. */
export function holdersOf(index: InviteeIndex, roles: readonly Role[]): Invitee[] {
  if (roles.length === 1) return [...(index.byRole.get(roles[0] as Role) ?? [])];
  const seen = new Set<Invitee>();
  for (const role of roles) for (const invitee of index.byRole.get(role) ?? []) seen.add(invitee);
  return [...seen];
}

/**
 * True when this invitee covers a role the programme cannot do without (a role rule, a
 * presenter, a TRIO seat): only a required invitee does. An optional one may stay away without
 * a word, so counting them would let a plan be sent with the role uncovered. The one rule for
 * planning and for following up.
 */
export function coversRole(invitee: Invitee): boolean {
  return invitee.attendance === 'required';
}
