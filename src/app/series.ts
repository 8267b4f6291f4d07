import {
  type BookedMeeting,
  dateOf,
  DayClock,
  DEFAULT_SLOT_SEARCH,
  effortSnapshotOf,
  firstOpenDayFrom,
  inviteesBesideTrios,
  type MeetingPlan,
  MIDNIGHT,
  moveMeeting,
  nextMeetingSearchFrom,
  nextPositionIn,
  type OrganisationKind,
  type PlainDateString,
  planFromTemplate,
  plusDays,
  type RankedSlot,
  SECOND_PROGRAMME,
  type SeriesMeeting,
  seriesKey,
  seriesMeetingsFrom,
  titleForPosition,
  withCommitteeMembers,
  withoutStandIns,
  withSeriesMeetings,
} from '../domain';
import type { NetworkMeetingGraph } from '../graph';
import { findTimes, searchEnd } from './findTimes';
import { listBookedMeetings } from './meetings';

export { seriesKey };

/** How many weeks from its first day the next meeting's date is looked for. */
const PROPOSAL_WEEKS = 6;

/**
 * The next meeting of an effort, its own event: the 2nd programme (results, learning, next steps,
 * focus prefilled), the same role holders and place, no workplaces yet, since the later meetings
 * let other workplaces present. Stand-ins of the earlier meeting are not carried on: the people
 * they stood in for are invited again. The earlier TRIOs keep their other roles (a TR on the MED
 * committee stays invited as a member).
 */
export function nextInSeries(
  earlier: MeetingPlan,
  options: {
    readonly id: string;
    readonly date: PlainDateString;
    readonly organisation?: OrganisationKind | undefined;
  },
): MeetingPlan | undefined {
  // After the last meeting the effort knows of: never a second meeting with a number it has.
  const position = nextPositionIn(earlier);
  if (position > earlier.series.size) return undefined;
  const laid = planFromTemplate(SECOND_PROGRAMME, {
    id: options.id,
    date: options.date,
    workplaces: [],
    seriesSize: earlier.series.size,
    seriesId: seriesKey(earlier),
    location: earlier.location,
    organisation: options.organisation ?? earlier.organisation,
  });
  if (!laid.ok) return undefined;
  // The role holders, not who came to the earlier meeting: stand-ins drop out, and the people
  // they stood in for come back; then the earlier TRIOs keep only their other roles.
  const invitees = inviteesBesideTrios(withoutStandIns(earlier));
  return {
    ...laid.plan,
    // "2. netværksmøde" is the programme's title; the third meeting is "3. netværksmøde".
    title: titleForPosition(laid.plan.title, position),
    series: { ...laid.plan.series, position, otherMeetings: effortSnapshotOf(earlier) },
    invitees,
    medCommittee: earlier.medCommittee,
  };
}

/** The earliest day of the slots offered, preferring those every must-have can come to. */
function firstOffered(slots: readonly RankedSlot[]): RankedSlot | undefined {
  const byDate = (a: RankedSlot, b: RankedSlot) =>
    a.date.localeCompare(b.date) || a.start.localeCompare(b.start);
  const free = slots.filter((s) => s.allMustHavesFree).sort(byDate);
  return free[0] ?? [...slots].sort(byDate)[0];
}

/**
 * The effort's next meeting moved to the date it is first proposed for: the first day find-a-time
 * offers from ten weeks after the effort's last meeting (everyone's free/busy, one round trip).
 * When the calendars cannot be read, or offer nothing, the first open weekday from then, at the
 * programme's time. The organiser may change it; the series rules refuse one not after the
 * last meeting.
 */
export async function withProposedDate(
  graph: NetworkMeetingGraph,
  next: MeetingPlan,
  earlier: MeetingPlan,
): Promise<MeetingPlan> {
  const from = nextMeetingSearchFrom(earlier);
  const fallback = { date: firstOpenDayFrom(from) };
  let when: { readonly date: PlainDateString; readonly start?: RankedSlot['start'] } = fallback;
  try {
    const slots = await findTimes(graph, next, {
      ...DEFAULT_SLOT_SEARCH,
      from,
      to: searchEnd(from, PROPOSAL_WEEKS),
    });
    const first = firstOffered(slots);
    if (first) when = { date: first.date, start: first.start };
  } catch {
    // Calendars unread: the first open day is proposed, and find-a-time can be asked again.
  }
  const moved = moveMeeting(next, when);
  return moved.ok ? moved.plan : next;
}

/**
 * `nextInSeries`, with the MED committee read again from its directory group (one Graph round
 * trip), so members who joined or left since the earlier meeting are invited or not. A plan whose
 * committee was not picked as a group keeps the earlier snapshot. Graph failures are thrown.
 */
export async function nextInSeriesFromDirectory(
  graph: NetworkMeetingGraph,
  earlier: MeetingPlan,
  options: Parameters<typeof nextInSeries>[1],
): Promise<MeetingPlan | undefined> {
  const next = nextInSeries(earlier, options);
  const groupId = next?.medCommittee?.groupId;
  if (!next || !groupId) return next;
  const members = (await graph.groupMembers([groupId])).get(groupId) ?? [];
  return withCommitteeMembers(next, members);
}

/** How far either side of a meeting its effort's other meetings are looked for. */
const EFFORT_SPAN_DAYS = 400;

/**
 * The effort's other meetings as the organiser's calendar has them now, read a year or so either
 * side of the plan's date (one listing); `undefined` when the calendar cannot be read, so the
 * snapshot the plan has stays as it is: nothing is guessed.
 */
export async function effortMeetingsAround(
  graph: NetworkMeetingGraph,
  plan: MeetingPlan,
  date: PlainDateString = plan.date,
): Promise<SeriesMeeting[] | undefined> {
  const at = (day: PlainDateString) => new Date(new DayClock(day).instant(MIDNIGHT)).toISOString();
  try {
    const meetings = await listBookedMeetings(graph, {
      start: at(plusDays(date, -EFFORT_SPAN_DAYS)),
      end: at(plusDays(date, EFFORT_SPAN_DAYS)),
    });
    return seriesMeetingsFrom(plan, meetings);
  } catch {
    return undefined;
  }
}

/**
 * A booked meeting with its plan's snapshot of the effort's other meetings read again from the
 * organiser's calendar, as the follow-up and a copy do. When the calendar cannot be read the
 * snapshot stays as stored.
 */
export async function withEffortRead(
  graph: NetworkMeetingGraph,
  meeting: BookedMeeting,
): Promise<BookedMeeting> {
  const others = await effortMeetingsAround(graph, meeting.plan, dateOf(meeting.start));
  if (!others) return meeting;
  const plan = withSeriesMeetings(meeting.plan, others);
  return plan === meeting.plan ? meeting : { ...meeting, plan };
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
