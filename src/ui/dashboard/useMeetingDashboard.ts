import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeGraphFailure, type GraphFailure } from '../../app/graphFailure';
import {
  cancelBookedMeeting,
  deliveryOfPlan,
  openMeeting,
  type SavedChange,
  savePlan,
} from '../../app/meetings';
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

/** What the dashboard shows: loading, the meeting with its plan, or why it cannot. */
export type DashboardLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly meeting: BookedMeeting }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'failed'; readonly failure: GraphFailure };

/**
 * One booked meeting as its organiser follows it up: the answers read from the organiser's event
 * (Outlook answers included), what they leave uncovered, and cancelling.
 */
export function useMeetingDashboard(
  graph: NetworkMeetingGraph,
  eventId: string,
  locale: Locale,
  onCancelled: (meeting: BookedMeeting) => void = () => undefined,
) {
  const [load, setLoad] = useState<DashboardLoad>({ kind: 'loading' });
  const [cancelling, setCancelling] = useState(false);
  const [cancelFailure, setCancelFailure] = useState<GraphFailure | undefined>();
  /** The message the meeting was cancelled with here; undefined while it is not. */
  const [cancelledWith, setCancelledWith] = useState<string | undefined>();
  const [edits, setEdits] = useState<readonly FollowUpEdit[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Omit<SavedChange, 'meeting'> | undefined>();
  const [conflict, setConflict] = useState(false);
  const [saveFailure, setSaveFailure] = useState<GraphFailure | undefined>();
  const [reminded, setReminded] = useState<number | undefined>();

  const refresh = useCallback(async () => {
    setLoad({ kind: 'loading' });
    try {
      const result = await openMeeting(graph, eventId);
      setLoad(result.ok ? { kind: 'loaded', meeting: result.meeting } : { kind: 'unreadable' });
    } catch (e) {
      setLoad({ kind: 'failed', failure: describeGraphFailure(e) });
    }
  }, [graph, eventId]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // The organiser's own copy carries no answer of theirs: they are coming to their meeting.
  const coverage = useMemo(() => {
    if (load.kind !== 'loaded') return undefined;
    const { plan, responses, organizer } = load.meeting;
    return attendanceCoverage(plan, [
      ...responses,
      { email: organizer.email, response: 'accepted' as const },
    ]);
  }, [load]);

  async function cancel(comment: string) {
    if (load.kind !== 'loaded') return;
    setCancelling(true);
    setCancelFailure(undefined);
    try {
      // Graph moves a cancelled event to Deleted Items: there is nothing to read back.
      await cancelBookedMeeting(graph, load.meeting, comment);
      setCancelledWith(comment);
      onCancelled(load.meeting);
    } catch (e) {
      setCancelFailure(describeGraphFailure(e));
    } finally {
      setCancelling(false);
    }
  }

  /** Saves the meeting as an `.ics` file; the generator is loaded only when asked for. */
  async function exportIcs() {
    if (load.kind !== 'loaded') return;
    const { icsFileName, icsFromPlan } = await import(
      /* webpackChunkName: "ics" */ '../../app/icsExport'
    );
    const m = load.meeting;
    const text = icsFromPlan(m.plan, locale, {
      uid: m.iCalUId,
      organizer: m.organizer,
      joinUrl: m.joinUrl,
    });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = icsFileName(m.plan);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  function addEdit(edit: FollowUpEdit) {
    setEdits((current) => [...current, edit]);
    setSaved(undefined);
  }

  /**
   * Saves the edits to the event: forwarded to those added when that is all, else an update to
   * everyone. If another organiser saved first (412), the meeting is read again and the edits
   * stay, to be laid on it and saved.
   */
  async function save() {
    if (load.kind !== 'loaded' || edits.length === 0) return;
    const plan = applyFollowUpEdits(load.meeting.plan, edits);
    // The clock is read again at the moment of saving: a screen left open may have passed the time.
    if (followUpRefusals(load.meeting.plan, plan, planningClockAt(Date.now())).length > 0) return;
    setSaving(true);
    setConflict(false);
    setSaveFailure(undefined);
    try {
      const { meeting, ...outcome } = await savePlan(graph, load.meeting, plan, locale);
      setLoad({ kind: 'loaded', meeting });
      setEdits([]);
      setSaved(outcome);
    } catch (e) {
      const failure = describeGraphFailure(e);
      if (failure.kind === 'preconditionFailed') {
        setConflict(true);
        await refresh();
      } else {
        setSaveFailure(failure);
      }
    } finally {
      setSaving(false);
    }
  }

  /** Who will get mail if the pending edits are saved, and how. */
  const delivery = useMemo(() => {
    if (load.kind !== 'loaded' || edits.length === 0) return undefined;
    return deliveryOfPlan(load.meeting, applyFollowUpEdits(load.meeting.plan, edits), locale);
  }, [load, edits, locale]);

  /** What keeps the pending edits from being saved (a move into the past), read at this render. */
  const refusals = useMemo(() => {
    if (load.kind !== 'loaded' || edits.length === 0) return [];
    const after = applyFollowUpEdits(load.meeting.plan, edits);
    return followUpRefusals(load.meeting.plan, after, planningClockAt(Date.now()));
  }, [load, edits]);

  /** When the pending edits move the meeting: those whose answers the move wipes out. */
  const answersLost = useMemo(() => {
    if (load.kind !== 'loaded' || delivery?.kind !== 'update' || !delivery.asksAgain)
      return undefined;
    const { plan, responses, organizer } = load.meeting;
    return answersLostByMove(plan, responses, organizer.email);
  }, [load, delivery]);

  /**
   * Everyone who has not answered, the organiser left out: once each, as the attendee list has
   * them (required when any of their roles is).
   */
  const unanswered = useMemo((): readonly Invitee[] => {
    if (!coverage || load.kind !== 'loaded') return [];
    const organiser = personKey(load.meeting.organizer.email);
    const silent = new Set(coverage.roles.flatMap((r) => r.none.map((i) => personKey(i.email))));
    silent.delete(organiser);
    return mergeInvitees(load.meeting.plan.invitees).invitees.filter((i) =>
      silent.has(personKey(i.email)),
    );
  }, [coverage, load]);

  /** Sends the invitation again to those who have not answered, with the message shown. */
  async function remind(comment: string) {
    if (load.kind !== 'loaded' || unanswered.length === 0) return;
    setSaveFailure(undefined);
    try {
      await graph.remind(
        load.meeting.eventId,
        unanswered.map((i) => i.email),
        comment,
      );
      setReminded(unanswered.length);
    } catch (e) {
      setSaveFailure(describeGraphFailure(e));
    }
  }

  return {
    unanswered,
    remind,
    reminded,
    edits,
    delivery,
    answersLost,
    refusals,
    addEdit,
    save,
    saving,
    saved,
    conflict,
    saveFailure,
    exportIcs,
    load,
    coverage,
    refresh,
    cancel,
    cancelling,
    cancelledWith,
    cancelFailure,
  };
}
