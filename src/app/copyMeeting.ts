import { type MeetingPlan, moveMeeting, type PlainDateString, withoutStandIns } from '../domain';
import { seriesKey } from './series';

/**
 * A new plan from an earlier meeting: the same programme, agenda, people and place on a new
 * date, as the next meeting of the same effort; the earlier meeting's stand-ins give way to the
 * people they stood in for. Its own id, so it books as a new event; `undefined` when the agenda
 * cannot be moved to that date.
 */
export function planFromEarlier(
  earlier: MeetingPlan,
  options: { readonly id: string; readonly date: PlainDateString },
): MeetingPlan | undefined {
  const moved = moveMeeting(withoutStandIns(earlier), { date: options.date });
  if (!moved.ok) return undefined;
  const series = earlier.series;
  return {
    ...moved.plan,
    id: options.id,
    // A new meeting: its own invitation, not a revision of the earlier one, sent in the
    // language of whoever sends it.
    revision: undefined,
    sentIn: undefined,
    series: {
      ...series,
      position: Math.min(series.position + 1, series.size),
      seriesId: seriesKey(earlier),
    },
  };
}
