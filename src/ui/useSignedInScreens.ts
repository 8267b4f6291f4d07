import { useMemo, useState } from 'react';
import { DraftStore } from '../app/drafts';
import { startPlanner } from '../app/planner';
import type { MeetingPlan, ProgrammeId } from '../domain';

/** Four weeks ahead, a weekday: a sensible first date for a new meeting. */
function suggestedDate(today = new Date()): string {
  const date = new Date(today.getTime() + 28 * 86_400_000);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Which screen a signed-in user sees, and the draft that goes with them. */
export function useSignedInScreens(user: string) {
  const drafts = useMemo(() => new DraftStore(globalThis.localStorage), []);
  const draft = useMemo(
    () => (user ? drafts.load(user) : ({ kind: 'none' } as const)),
    [drafts, user],
  );
  const [planning, setPlanning] = useState<MeetingPlan | undefined>();
  return {
    drafts,
    draft,
    planning,
    startPlanning(programme: ProgrammeId) {
      const started = startPlanner(programme, {
        id: crypto.randomUUID(),
        date: suggestedDate(),
        seriesSize: 2,
      });
      if (started) setPlanning(started.plan);
    },
    continueDraft() {
      if (draft.kind === 'draft') setPlanning(draft.plan);
    },
    stopPlanning() {
      setPlanning(undefined);
    },
  };
}
