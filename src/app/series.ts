import {
  type BookedMeeting,
  inviteesBesideTrios,
  type MeetingPlan,
  type PlainDateString,
  planFromTemplate,
  SECOND_PROGRAMME,
  withCommitteeMembers,
  withoutStandIns,
} from '../domain';
import type { NetworkMeetingGraph } from '../graph';

/** What ties the meetings of one effort together: the first meeting's id. */
export function seriesKey(plan: MeetingPlan): string {
  return plan.series.seriesId ?? plan.id;
}

/**
 * The next meeting of an effort, its own event: the 2nd programme (results, learning, next steps,
 * focus prefilled), the same role holders and place, no workplaces yet, since the later meetings
 * let other workplaces present. Stand-ins of the earlier meeting are not carried on: the people
 * they stood in for are invited again. The earlier TRIOs keep their other roles (a TR on the MED
 * committee stays invited as a member).
 */
export function nextInSeries(
  earlier: MeetingPlan,
  options: { readonly id: string; readonly date: PlainDateString },
): MeetingPlan | undefined {
  const laid = planFromTemplate(SECOND_PROGRAMME, {
    id: options.id,
    date: options.date,
    workplaces: [],
    seriesSize: earlier.series.size,
    seriesId: seriesKey(earlier),
    location: earlier.location,
  });
  if (!laid.ok) return undefined;
  // The role holders, not who came to the earlier meeting: stand-ins drop out, and the people
  // they stood in for come back; then the earlier TRIOs keep only their other roles.
  const invitees = inviteesBesideTrios(withoutStandIns(earlier));
  return {
    ...laid.plan,
    series: {
      ...laid.plan.series,
      position: Math.min(earlier.series.position + 1, earlier.series.size),
    },
    invitees,
    medCommittee: earlier.medCommittee,
  };
}

/**
 * `nextInSeries`, with the MED committee read again from its directory group (one Graph round
 * trip), so members who joined or left since the earlier meeting are invited or not. A plan whose
 * committee was not picked as a group keeps the earlier snapshot. Graph failures are thrown.
 */
export async function nextInSeriesFromDirectory(
  graph: NetworkMeetingGraph,
  earlier: MeetingPlan,
  options: { readonly id: string; readonly date: PlainDateString },
): Promise<MeetingPlan | undefined> {
  const next = nextInSeries(earlier, options);
  const groupId = next?.medCommittee?.groupId;
  if (!next || !groupId) return next;
  const members = (await graph.groupMembers([groupId])).get(groupId) ?? [];
  return withCommitteeMembers(next, members);
}

/** A workplace that presented at an earlier meeting of the same effort. */
export interface PresentedBefore {
  readonly workplaceId: string;
  readonly name: string;
  readonly position: number;
}

/** The workplaces that presented at the effort's other meetings, so the organiser rotates them. */
export function presentedBefore(
  plan: MeetingPlan,
  meetings: readonly BookedMeeting[],
): PresentedBefore[] {
  const key = seriesKey(plan);
  return meetings
    .filter((m) => m.plan.id !== plan.id && seriesKey(m.plan) === key && !m.isCancelled)
    .sort((a, b) => a.plan.series.position - b.plan.series.position)
    .flatMap((m) =>
      m.plan.presentingWorkplaces.map((w) => ({
        workplaceId: w.id,
        name: w.name,
        position: m.plan.series.position,
      })),
    );
}
