import {
  effortSnapshotOf,
  type MeetingPlan,
  moveMeeting,
  nextPositionIn,
  type PlainDateString,
  titleForPosition,
  withoutStandIns,
} from '../domain';
import { seriesKey } from './series';

/**
 * What a copy of an earlier meeting becomes: the first meeting of a new effort, or the next
 * meeting of the same effort. Never a second meeting with a number the effort already has.
 */
export type CopyAs = 'newEffort' | 'nextMeeting';

/**
 * The number a copy as the effort's next meeting would take; `undefined` when the effort has no
 * number left (its last meeting is planned), so only a new effort can be made from it.
 */
export function nextPositionForCopy(earlier: MeetingPlan): number | undefined {
  const position = nextPositionIn(earlier);
  return position <= earlier.series.size ? position : undefined;
}

/**
 * A new plan from an earlier meeting: the same programme, agenda, people and place on a new
 * date, either as the first meeting of a new effort or as the next meeting of the same one, its
 * title renumbered to match ("1. netværksmøde" becomes "2. netværksmøde"); the earlier meeting's
 * stand-ins give way to the people they stood in for. Its own id, so it books as a new event;
 * `undefined` when the agenda cannot be moved to that date or the effort has no number left.
 */
export function planFromEarlier(
  earlier: MeetingPlan,
  options: { readonly id: string; readonly date: PlainDateString; readonly as: CopyAs },
): MeetingPlan | undefined {
  const position = options.as === 'newEffort' ? 1 : nextPositionForCopy(earlier);
  if (position === undefined) return undefined;
  const moved = moveMeeting(withoutStandIns(earlier), { date: options.date });
  if (!moved.ok) return undefined;
  const { size } = earlier.series;
  return {
    ...moved.plan,
    id: options.id,
    title: titleForPosition(earlier.title, position),
    // A new meeting: its own invitation, not a revision of the earlier one, sent in the
    // language of whoever sends it.
    revision: undefined,
    sentIn: undefined,
    series:
      options.as === 'newEffort'
        ? // Its own id ties the new effort together; it knows of no other meeting yet.
          { position, size }
        : {
            position,
            size,
            seriesId: seriesKey(earlier),
            otherMeetings: effortSnapshotOf(earlier),
          },
  };
}
