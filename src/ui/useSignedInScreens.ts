import { useCallback, useReducer } from 'react';
import { type CopyAs, planFromEarlier } from '../app/copyMeeting';
import {
  nextInSeries,
  nextInSeriesFromDirectory,
  withEffortRead,
  withProposedDate,
} from '../app/series';
import { startPlanner } from '../app/planner';
import { loadOrganisationKind } from '../app/trioSettings';
import type { BookedMeeting, MeetingPlan, PlainDateString, ProgrammeId } from '../domain';
import { planningClockAt, suggestedMeetingDate } from '../domain';
import type { NetworkMeetingGraph } from '../graph';
import { HOME, signedInScreenReducer } from './signedInScreen';
import { useDraft } from './useDraft';
import { useEarlierMeetings } from './useEarlierMeetings';
import { useInvitations } from './useInvitations';
import { browserStorage } from '../host/browserStorage';

export type { EarlierMeetings } from './useEarlierMeetings';

/** The first date proposed for a new meeting, from today in Copenhagen (the domain's rule). */
function suggestedDate(): PlainDateString {
  return suggestedMeetingDate(planningClockAt(Date.now()).today);
}

/**
 * Which screen a signed-in user sees (one state, `signedInScreenReducer`), and the workflows
 * behind them: the draft, the earlier meetings and the invitations, each a hook of its own.
 */
export function useSignedInScreens(
  user: string,
  graph: NetworkMeetingGraph,
  person: { readonly email: string; readonly name: string },
) {
  const storage = browserStorage('localStorage');
  const { drafts, draft } = useDraft(user, storage);
  const [screen, go] = useReducer(signedInScreenReducer, HOME);
  const earlier = useEarlierMeetings(graph);
  const invitations = useInvitations(graph, person);
  const loadEarlier = earlier.load;
  const loadInvitations = invitations.load;
  // Asked once and kept with the organiser's settings: the programmes are worded for it.
  const organisation = () => loadOrganisationKind(storage, user);
  /** Opens the planner; the effort's meetings are read again, for the plan's series snapshot. */
  const plan = (p: MeetingPlan) => {
    loadEarlier();
    go({ type: 'plan', plan: p });
  };
  /**
   * The meeting's plan with its effort's other meetings as their events have them now, read
   * around the meeting's own date: the start screen's list (a year around today) may miss the
   * effort's last meeting. Unread calendars leave the stored snapshot as it is.
   */
  const readEffort = async (meeting: BookedMeeting): Promise<MeetingPlan> =>
    (await withEffortRead(graph, meeting)).plan;

  /** What the start screen reads each time it opens: the user's meetings and invitations. */
  const loadHome = useCallback(() => {
    loadEarlier();
    loadInvitations();
  }, [loadEarlier, loadInvitations]);

  return {
    screen,
    invitations: invitations.invitations,
    answered: invitations.answered,
    answerFailure: invitations.answerFailure,
    answer: invitations.answer,
    storage,
    drafts,
    draft,
    earlier: earlier.earlier,
    loadHome,
    readEffort,
    startPlanning(programme: ProgrammeId) {
      const started = startPlanner(programme, {
        id: crypto.randomUUID(),
        date: suggestedDate(),
        seriesSize: 2,
        organisation: organisation(),
      });
      if (started) plan(started.plan);
    },
    continueDraft() {
      if (draft.kind === 'draft') plan(draft.plan);
    },
    /**
     * A copy as a new effort (meeting 1) or as the effort's next meeting, never a second meeting
     * with a number the effort has; the next meeting is proposed ten weeks after its last one.
     */
    async copyEarlier(meeting: BookedMeeting, as: CopyAs) {
      const from = as === 'nextMeeting' ? await readEffort(meeting) : meeting.plan;
      const copy = planFromEarlier(from, { id: crypto.randomUUID(), date: suggestedDate(), as });
      if (!copy) return;
      plan(as === 'nextMeeting' ? await withProposedDate(graph, copy, from) : copy);
    },
    async planNext(meeting: BookedMeeting) {
      const options = {
        id: crypto.randomUUID(),
        date: suggestedDate(),
        organisation: organisation(),
      };
      // The follow-up read the effort's meetings when it opened: its plan knows them.
      const from = meeting.plan;
      // The committee is read again from the directory; if that fails, the earlier list stands
      // and coverage still says who of it is missing.
      const next = await nextInSeriesFromDirectory(graph, from, options).catch(() =>
        nextInSeries(from, options),
      );
      if (!next) return;
      // The list of earlier meetings feeds the rotation and the snapshot: read again on opening.
      plan(await withProposedDate(graph, next, from));
    },
    followUp(meeting: BookedMeeting) {
      go({ type: 'follow', eventId: meeting.eventId });
    },
    /** From the sent screen: the planner closes and the new meeting's follow-up opens. */
    followUpBooked(meeting: BookedMeeting) {
      go({ type: 'follow', eventId: meeting.eventId });
    },
    markCancelled: earlier.markCancelled,
    /** Back to the start screen, from the planner or a follow-up. */
    goHome() {
      go({ type: 'home' });
    },
  };
}
