import { type Dispatch, useState } from 'react';
import { findTimes, searchEnd } from '../../../app/findTimes';
import { describeGraphFailure, type GraphFailure } from '../../../app/graphFailure';
import type { PlannerAction } from '../../../app/planner';
import {
  DEFAULT_SLOT_SEARCH,
  type MeetingPlan,
  peopleToCheck,
  type RankedSlot,
} from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';

/** The find-a-time card's state: the period, the ranked slots, and the slot picked. */
export function useFindTime(options: {
  readonly graph: NetworkMeetingGraph;
  readonly plan: MeetingPlan;
  readonly dispatch: Dispatch<PlannerAction>;
}) {
  const { graph, plan, dispatch } = options;
  const [from, setFrom] = useState(plan.date);
  const [weeks, setWeeks] = useState(6);
  const [reading, setReading] = useState<number | undefined>();
  const [slots, setSlots] = useState<readonly RankedSlot[] | undefined>();
  const [failure, setFailure] = useState<GraphFailure | undefined>();
  const [picked, setPicked] = useState<RankedSlot | undefined>();

  async function find() {
    setReading(peopleToCheck(plan).length);
    setFailure(undefined);
    setPicked(undefined);
    try {
      setSlots(
        await findTimes(graph, plan, { ...DEFAULT_SLOT_SEARCH, from, to: searchEnd(from, weeks) }),
      );
    } catch (e) {
      setFailure(describeGraphFailure(e));
    } finally {
      setReading(undefined);
    }
  }

  function pick(slot: RankedSlot) {
    dispatch({ type: 'move', date: slot.date, start: slot.start });
    setPicked(slot);
  }

  return { from, setFrom, weeks, setWeeks, reading, slots, failure, picked, find, pick };
}
