import { useState } from 'react';
import { type FoundTimes, findTimesFor, searchEnd } from '../../../app/findTimes';
import { describeGraphFailure, type GraphFailure } from '../../../app/graphFailure';
import {
  DEFAULT_SLOT_SEARCH,
  type MeetingPlan,
  peopleToCheck,
  type PlainDateString,
  type RankedSlot,
} from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';

/**
 * The find-a-time card's state: the period (from the plan's date unless the organiser picks
 * another), whether the plan's own time works, the other slots offered, and the one chosen.
 */
export function useFindTime(options: {
  readonly graph: NetworkMeetingGraph;
  readonly plan: MeetingPlan;
  /** A booked meeting being moved: its own time is not held against its attendees. */
  readonly moving?: { readonly startInstant: string; readonly endInstant: string } | undefined;
  readonly onChoose: (slot: RankedSlot) => void;
}) {
  const { graph, plan, moving, onChoose } = options;
  const [fromPicked, setFrom] = useState<PlainDateString | undefined>();
  const from = fromPicked ?? plan.date;
  const [weeks, setWeeks] = useState(6);
  const [reading, setReading] = useState<number | undefined>();
  const [found, setFound] = useState<FoundTimes | undefined>();
  const [failure, setFailure] = useState<GraphFailure | undefined>();
  const [chosen, setChosen] = useState<RankedSlot | undefined>();

  async function find() {
    setReading(peopleToCheck(plan).length);
    setFailure(undefined);
    setChosen(undefined);
    try {
      setFound(
        await findTimesFor(graph, plan, {
          ...DEFAULT_SLOT_SEARCH,
          from,
          to: searchEnd(from, weeks),
          moving,
        }),
      );
    } catch (e) {
      setFailure(describeGraphFailure(e));
    } finally {
      setReading(undefined);
    }
  }

  function choose(slot: RankedSlot) {
    onChoose(slot);
    setChosen(slot);
  }

  return {
    from,
    setFrom,
    weeks,
    setWeeks,
    reading,
    /** The plan's own time, judged: said before the other times. */
    own: found?.own,
    slots: found?.slots,
    failure,
    chosen,
    find,
    choose,
  };
}
