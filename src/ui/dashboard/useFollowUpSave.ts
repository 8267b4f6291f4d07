import { type Dispatch, useState } from 'react';
import { applyFollowUpEdits, followUpRefusals } from '../../domain';
import { describeGraphFailure, type GraphFailure } from '../../app/graphFailure';
import { savePlan } from '../../app/meetings';
import { type Locale, planningClockAt } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { useAbortSignal } from '../useAbortSignal';
import type { DashboardAction, DashboardState } from './dashboardState';

/** Where saving stands: not under way, saving, refused by a newer version, or why it failed. */
type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'failed'; readonly failure: GraphFailure };

/**
 * Saving the pending edits to the event: forwarded to those added when that is all, else an
 * update to everyone. If another organiser saved first (412), the meeting is read again
 * (`refresh`) and the edits stay, to be laid on it and saved.
 */
export function useFollowUpSave(
  graph: NetworkMeetingGraph,
  state: DashboardState,
  dispatch: Dispatch<DashboardAction>,
  locale: Locale,
  refresh: () => Promise<void>,
) {
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const start = useAbortSignal();

  async function save() {
    const { load, edits } = state;
    // A plan that does not fit its event (copied from another, or moved outside the app) is
    // never saved over it; the dashboard says why.
    if (load.kind !== 'loaded' || edits.length === 0 || load.meeting.mismatch) return;
    const plan = applyFollowUpEdits(load.meeting.plan, edits);
    // The clock is read again at the moment of saving: a screen left open may have passed the time.
    if (followUpRefusals(load.meeting.plan, plan, planningClockAt(Date.now())).length > 0) return;
    const signal = start();
    setSaveState({ kind: 'saving' });
    try {
      const change = await savePlan(graph, load.meeting, plan, locale);
      if (signal.aborted) return;
      dispatch({ type: 'saved', change });
      setSaveState({ kind: 'idle' });
    } catch (e) {
      if (signal.aborted) return;
      const failure = describeGraphFailure(e);
      if (failure.kind === 'preconditionFailed') {
        setSaveState({ kind: 'conflict' });
        await refresh();
      } else {
        setSaveState({ kind: 'failed', failure });
      }
    }
  }

  return {
    save,
    saving: saveState.kind === 'saving',
    conflict: saveState.kind === 'conflict',
    saveFailure: saveState.kind === 'failed' ? saveState.failure : undefined,
  };
}
