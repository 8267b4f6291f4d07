import {
  DayClock,
  type MeetingPlan,
  MIDNIGHT,
  type PlainDateString,
  plainDateInUtc,
  peopleToCheck,
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

/**
 * Times for a plan, best first: the free/busy of everyone it invites, read in one batched round
 * trip, ranked by whether the roles it cannot do without can come.
 */
export async function findTimes(
  graph: NetworkMeetingGraph,
  plan: MeetingPlan,
  search: SlotSearch,
): Promise<RankedSlot[]> {
  const range = {
    start: new Date(new DayClock(search.from).instant(MIDNIGHT)).toISOString(),
    end: new Date(new DayClock(nextDay(search.to)).instant(MIDNIGHT)).toISOString(),
  };
  const availability = await graph.availability(peopleToCheck(plan), range);
  return rankSlots(plan, availability, search);
}

/** The last date of a search that runs a number of weeks from its first date. */
export function searchEnd(from: PlainDateString, weeks: number): PlainDateString {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + weeks * 7 - 1);
  return plainDateInUtc(d);
}
