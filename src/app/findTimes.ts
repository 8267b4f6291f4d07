import {
  DayClock,
  type MeetingPlan,
  MIDNIGHT,
  type PlainDateString,
  plainDateInUtc,
  peopleToCheck,
  type PlanTime,
  planTimeOf,
  type RankedSlot,
  rankSlots,
  type SlotSearch,
} from '../domain';
import type { NetworkMeetingGraph } from '../graph';

/** The day after a date, `YYYY-MM-DD`. */
function nextDay(date: PlainDateString): PlainDateString {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return plainDateInUtc(d);
}

/** From the first day's midnight to the midnight after the last, Copenhagen, as UTC instants. */
function daysRange(from: PlainDateString, to: PlainDateString) {
  return {
    start: new Date(new DayClock(from).instant(MIDNIGHT)).toISOString(),
    end: new Date(new DayClock(nextDay(to)).instant(MIDNIGHT)).toISOString(),
  };
}

/** What find-a-time says: first whether the plan's own time works, then other times, best first. */
export interface FoundTimes {
  /** Undefined for a plan whose date or start cannot be read. */
  readonly own: PlanTime | undefined;
  readonly slots: readonly RankedSlot[];
}

/**
 * Whether the plan's own date and time work, and times for it, best first: the free/busy of
 * everyone it invites, read in one batched round trip (two when the plan's date lies outside the
 * period searched), ranked by whether the roles it cannot do without can come. The plan's own
 * time is not offered again among the others.
 */
export async function findTimesFor(
  graph: NetworkMeetingGraph,
  plan: MeetingPlan,
  search: SlotSearch,
): Promise<FoundTimes> {
  const people = peopleToCheck(plan);
  const inSearch = plan.date >= search.from && plan.date <= search.to;
  const [availability, ownDay] = await Promise.all([
    graph.availability(people, daysRange(search.from, search.to)),
    inSearch ? undefined : graph.availability(people, daysRange(plan.date, plan.date)),
  ]);
  const own = planTimeOf(plan, ownDay ?? availability, search.moving);
  const slots = rankSlots(plan, availability, search).filter(
    (s) => !(s.date === plan.date && s.start === plan.start),
  );
  return { own, slots };
}

/**
 * Times for a plan, best first, the plan's own among them if it ranks: the free/busy of everyone
 * it invites, read in one batched round trip.
 */
export async function findTimes(
  graph: NetworkMeetingGraph,
  plan: MeetingPlan,
  search: SlotSearch,
): Promise<RankedSlot[]> {
  const availability = await graph.availability(
    peopleToCheck(plan),
    daysRange(search.from, search.to),
  );
  return rankSlots(plan, availability, search);
}

/** The last date of a search that runs a number of weeks from its first date. */
export function searchEnd(from: PlainDateString, weeks: number): PlainDateString {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + weeks * 7 - 1);
  return plainDateInUtc(d);
}
