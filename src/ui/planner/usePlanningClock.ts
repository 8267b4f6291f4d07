import { useEffect, useState } from 'react';
import { type PlanningClock, planningClockAt } from '../../domain';

/** How often the planner reads the clock again: a draft left open sees its start pass. */
const TICK_MS = 15_000;

/** The present in Copenhagen, for validation; the same value until the minute changes. */
export function usePlanningClock(): PlanningClock {
  const [clock, setClock] = useState(() => planningClockAt(Date.now()));
  useEffect(() => {
    const timer = setInterval(() => {
      const next = planningClockAt(Date.now());
      setClock((c) => (c.today === next.today && c.now === next.now ? c : next));
    }, TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return clock;
}
