import {
  type Attendance,
  type DirectoryGroup,
  type DirectoryPerson,
  type Invitee,
  inviteesForRole,
  type PresentingWorkplace,
  type Role,
  roleOfSeat,
  type TrioSeat,
  workplaceFromGroup,
} from '../domain';
import type { NetworkMeetingGraph } from '../graph';
import { groupMemberCacheOf } from './groupMemberCache';

/**
 * The directory groups whose members hold the TRIO's roles: the organisation's workplace leaders,
 * AMRs and TRs. Set once by the organiser; a workplace's TRIO is its members who are in them.
 */
export type TrioGroups = Readonly<Partial<Record<TrioSeat, DirectoryGroup>>>;

/** A group's users, nested groups expanded, in one Graph round trip. */
export async function membersOfGroup(
  graph: NetworkMeetingGraph,
  group: DirectoryGroup,
): Promise<DirectoryPerson[]> {
  return (await graph.groupMembers([group.id])).get(group.id) ?? [];
}

/** A group's members as invitees for one role, in one Graph round trip. */
export async function inviteesFromGroup(
  graph: NetworkMeetingGraph,
  group: DirectoryGroup,
  role: Role,
  attendance: Attendance = 'required',
): Promise<Invitee[]> {
  return inviteesForRole(await membersOfGroup(graph, group), role, attendance);
}

/** The invitees a group import adds: its members but those the organiser left out (by id). */
export function inviteesFromMembers(
  members: readonly DirectoryPerson[],
  leftOut: ReadonlySet<string>,
  role: Role,
  attendance: Attendance,
): Invitee[] {
  return inviteesForRole(
    members.filter((m) => !leftOut.has(m.id)),
    role,
    attendance,
  );
}

/**
 * Workplaces from their directory groups, each with its TRIO: the workplace groups and the three
 * role-holder groups are expanded together, so this is one batched round trip however many, and
 * a group read before in the session is not read again (`readTrioGroupsAgain` does).
 */
export async function workplacesFromGroups(
  graph: NetworkMeetingGraph,
  groups: readonly DirectoryGroup[],
  trioGroups: TrioGroups,
): Promise<PresentingWorkplace[]> {
  const holderIds = Object.values(trioGroups).flatMap((g) => (g ? [g.id] : []));
  const members = await groupMemberCacheOf(graph).members([
    ...new Set([...groups.map((g) => g.id), ...holderIds]),
  ]);
  const holders: Partial<Record<Role, readonly DirectoryPerson[]>> = {};
  for (const [seat, group] of Object.entries(trioGroups) as [TrioSeat, DirectoryGroup][]) {
    holders[roleOfSeat(seat)] = members.get(group.id) ?? [];
  }
  return groups.map((g) => workplaceFromGroup(g, members.get(g.id) ?? [], holders));
}

/**
 * The workplaces a group holds (the groups directly inside it), each with its TRIO: for a group
 * of several workplaces that gave more than one person for a seat, so the organiser can split it
 * into them. Empty when the group holds no groups: then the organiser picks each seat.
 */
export async function workplacesInGroup(
  graph: NetworkMeetingGraph,
  group: DirectoryGroup,
  trioGroups: TrioGroups,
): Promise<PresentingWorkplace[]> {
  const inside = await graph.memberGroups(group.id);
  return inside.length > 0 ? workplacesFromGroups(graph, inside, trioGroups) : [];
}

/**
 * Reads the TRIO groups again from the directory now, and any workplace group when it is next
 * added: for when membership changed during the session.
 */
export async function readTrioGroupsAgain(
  graph: NetworkMeetingGraph,
  trioGroups: TrioGroups,
): Promise<void> {
  const ids = Object.values(trioGroups).flatMap((g) => (g ? [g.id] : []));
  if (ids.length > 0) await groupMemberCacheOf(graph).readAgain(ids);
}
