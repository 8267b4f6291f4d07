import { useMemo, useReducer, useState } from 'react';
import { deliveryOfPlan } from '../../app/meetings';
import {
  answersLostByMove,
  applyFollowUpEdits,
  attendanceCoverage,
  type BookedMeeting,
  type FollowUpEdit,
  followUpRefusals,
  type Invitee,
  type Locale,
  mergeInvitees,
  personKey,
  planningClockAt,
} from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { DASHBOARD_START, dashboardReducer } from './dashboardState';
import { useCancelMeeting } from './useCancelMeeting';
import { useFollowUpSave } from './useFollowUpSave';
import { useMeetingLoad } from './useMeetingLoad';
import { useReminder } from './useReminder';

export type { DashboardLoad } from './dashboardState';

/** What the organiser did last on the screen: only its notice (done, or why not) is shown. */
type LastAction = 'remind' | 'save' | 'cancel' | 'edit';

/**
 * One booked meeting as its organiser follows it up: the answers read from the organiser's event
 * (Outlook answers included), what they leave uncovered, and what can be done about it. The
 * screen is one state (`dashboardReducer`); reading, saving, reminding and cancelling are a hook
 * each, with its own cancellation and failure.
 */
export function useMeetingDashboard(
  graph: NetworkMeetingGraph,
  eventId: string,
  locale: Locale,
  onCancelled: (meeting: BookedMeeting) => void = () => undefined,
) {
  const [state, dispatch] = useReducer(dashboardReducer, DASHBOARD_START);
  const { load, edits } = state;
  const meeting = load.kind === 'loaded' ? load.meeting : undefined;
  const refresh = useMeetingLoad(graph, eventId, dispatch);
  const saving = useFollowUpSave(graph, state, dispatch, locale, refresh);
  const cancelling = useCancelMeeting(graph, meeting, onCancelled);

  // The organiser's own copy carries no answer of theirs: they are coming to their meeting.
  const coverage = useMemo(() => {
    if (!meeting) return undefined;
    const { plan, responses, organizer } = meeting;
    return attendanceCoverage(plan, [
      ...responses,
      { email: organizer.email, response: 'accepted' as const },
    ]);
  }, [meeting]);

  /** Who will get mail if the pending edits are saved, and how. */
  const delivery = useMemo(() => {
    if (!meeting || edits.length === 0) return undefined;
    return deliveryOfPlan(meeting, applyFollowUpEdits(meeting.plan, edits), locale);
  }, [meeting, edits, locale]);

  /** What keeps the pending edits from being saved (a move into the past), read at this render. */
  const refusals = useMemo(() => {
    if (!meeting || edits.length === 0) return [];
    const after = applyFollowUpEdits(meeting.plan, edits);
    return followUpRefusals(meeting.plan, after, planningClockAt(Date.now()));
  }, [meeting, edits]);

  /** When the pending edits move the meeting: those whose answers the move wipes out. */
  const answersLost = useMemo(() => {
    if (!meeting || delivery?.kind !== 'update' || !delivery.asksAgain) return undefined;
    return answersLostByMove(meeting.plan, meeting.responses, meeting.organizer.email);
  }, [meeting, delivery]);

  /**
   * Everyone who has not answered, the organiser left out: once each, as the attendee list has
   * them (required when any of their roles is).
   */
  const unanswered = useMemo((): readonly Invitee[] => {
    if (!coverage || !meeting) return [];
    const organiser = personKey(meeting.organizer.email);
    const silent = new Set(coverage.roles.flatMap((r) => r.none.map((i) => personKey(i.email))));
    silent.delete(organiser);
    return mergeInvitees(meeting.plan.invitees).invitees.filter((i) =>
      silent.has(personKey(i.email)),
    );
  }, [coverage, meeting]);

  const reminding = useReminder(graph, meeting, unanswered);
  // Each action's outcome stays in its own hook; the screen shows the last action's alone, so
  // "sent again to 24" never stands above a newer "Saved. All 26 …".
  const [last, setLast] = useState<LastAction | undefined>();
  const shown = (action: LastAction) => last === action;

  return {
    load,
    coverage,
    refresh,
    unanswered,
    remind: (comment: string) => {
      setLast('remind');
      return reminding.remind(comment);
    },
    reminding: reminding.reminding,
    /** How many the last reminder reached, while it is the last action. */
    reminded: shown('remind') ? reminding.reminded : undefined,
    remindFailure: shown('remind') ? reminding.remindFailure : undefined,
    edits,
    delivery,
    answersLost,
    refusals,
    addEdit: (edit: FollowUpEdit) => {
      setLast('edit');
      dispatch({ type: 'edit', edit });
    },
    save: () => {
      setLast('save');
      return saving.save();
    },
    saving: saving.saving,
    conflict: shown('save') && saving.conflict,
    saveFailure: shown('save') ? saving.saveFailure : undefined,
    saved: shown('save') ? state.saved : undefined,
    cancel: (comment: string) => {
      setLast('cancel');
      return cancelling.cancel(comment);
    },
    cancelling: cancelling.cancelling,
    cancelledWith: cancelling.cancelledWith,
    cancelFailure: shown('cancel') ? cancelling.cancelFailure : undefined,
  };
}
