import {
  FIRST_PROGRAMME,
  type Invitee,
  type MeetingPlan,
  planFromTemplate,
  plainDate,
  type PresentingWorkplace,
  type Programme,
  type Role,
  type WallTime,
} from '../domain';
import type { DemoTenant, DemoUser } from './demoTenant';

function ref(u: DemoUser) {
  return { id: u.id, name: u.displayName, email: u.mail };
}

/** The demo tenant's workplaces as presenting workplaces, TRIOs filled from the directory. */
export function demoWorkplaces(tenant: DemoTenant, count: number): PresentingWorkplace[] {
  const user = (id: string) => tenant.users.find((u) => u.id === id) as DemoUser;
  return tenant.workplaces.slice(0, count).map((w) => ({
    id: w.groupId,
    name: w.name,
    trio: { leader: ref(user(w.leaderId)), amr: ref(user(w.amrId)), tr: ref(user(w.trId)) },
  }));
}

/** What a demo plan is made of; each has a default. */
export interface DemoPlanOptions {
  readonly programme?: Programme;
  readonly workplaces?: number;
  readonly date?: string;
  /** Another start than the programme's; every block moves with it. */
  readonly start?: WallTime;
  readonly id?: string;
}

/**
 * A plan on the demo tenant with every role the guide requires: the groups' members as the
 * organiser would pick them, MED chair and vice-chair required, the rest of H-MED optional.
 * Tests build their data with it, and `npm start` books the demo's meeting of today from it.
 */
export function demoPlan(tenant: DemoTenant, options: DemoPlanOptions = {}): MeetingPlan {
  const result = planFromTemplate(options.programme ?? FIRST_PROGRAMME, {
    id: options.id ?? 'demo-plan-1',
    date: plainDate(options.date ?? '2027-03-11'),
    start: options.start,
    workplaces: demoWorkplaces(tenant, options.workplaces ?? 2),
    seriesSize: 2,
  });
  if (!result.ok) throw new Error(result.error.message.en);
  const users = new Map(tenant.users.map((u) => [u.id, u]));
  const members = (role: Role) =>
    tenant.groups.find((g) => g.id === tenant.roleGroups[role])?.memberIds ?? [];
  const invitee = (
    id: string,
    roles: Role[],
    attendance: Invitee['attendance'] = 'required',
  ): Invitee => {
    const u = users.get(id) as DemoUser;
    return { ...ref(u), roles, workplaceId: undefined, attendance };
  };
  const invitees: Invitee[] = [
    ...result.plan.invitees,
    ...members('director').map((id) => invitee(id, ['director', 'medChair'])),
    ...members('departmentDirector')
      .filter((id) => id !== tenant.medChairId)
      .map((id) => invitee(id, ['departmentDirector'])),
    invitee(tenant.medViceChairId, ['medViceChair', 'tr']),
    ...members('medMember')
      .filter((id) => id !== tenant.medChairId && id !== tenant.medViceChairId)
      .map((id) => invitee(id, ['medMember'], 'optional')),
    ...members('middleManager').map((id) => invitee(id, ['middleManager'])),
    ...members('hrConsultant').map((id) => invitee(id, ['hrConsultant'])),
    ...members('amConsultant').map((id) => invitee(id, ['amConsultant'])),
  ];
  const medGroup = tenant.groups.find((g) => g.id === tenant.roleGroups.medMember);
  return {
    ...result.plan,
    invitees,
    location: { teams: true, place: 'Egeskov Rådhus, byrådssalen' },
    medCommittee: medGroup && {
      name: medGroup.displayName,
      groupId: medGroup.id,
      members: medGroup.memberIds.map((id) => ref(users.get(id) as DemoUser)),
    },
  };
}
