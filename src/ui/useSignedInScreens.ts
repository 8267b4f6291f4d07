import { useCallback, useReducer } from 'react';
import { planFromEarlier } from '../app/copyMeeting';
import { nextInSeries, nextInSeriesFromDirectory } from '../app/series';
import { startPlanner } from '../app/planner';
import type { BookedMeeting, PlainDateString, ProgrammeId } from '../domain';
import { planningClockAt, suggestedMeetingDate } from '../domain';
import type { NetworkMeetingGraph } from '../graph';
import { HOME, signedInScreenReducer } from './signedInScreen';
import { useDraft } from './useDraft';
import { useEarlierMeetings } from './useEarlierMeetings';
import { useInvitations } from './useInvitations';

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
  const storage = globalThis.localStorage;
  const { drafts, draft } = useDraft(user, storage);
  const [screen, go] = useReducer(signedInScreenReducer, HOME);
  const earlier = useEarlierMeetings(graph);
  const invitations = useInvitations(graph, person);
  const loadEarlier = earlier.load;
  const loadInvitations = invitations.load;

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
    startPlanning(programme: ProgrammeId) {
      const started = startPlanner(programme, {
        id: crypto.randomUUID(),
        date: suggestedDate(),
        seriesSize: 2,
      });
      if (started) go({ type: 'plan', plan: started.plan });
    },
    continueDraft() {
      if (draft.kind === 'draft') go({ type: 'plan', plan: draft.plan });
    },
    copyEarlier(meeting: BookedMeeting) {
      const copy = planFromEarlier(meeting.plan, {
        id: crypto.randomUUID(),
        date: suggestedDate(),
      });
      if (copy) go({ type: 'plan', plan: copy });
    },
    async planNext(meeting: BookedMeeting) {
      const options = { id: crypto.randomUUID(), date: suggestedDate() };
      // The committee is read again from the directory; if that fails, the earlier list stands
      // and coverage still says who of it is missing.
      const next = await nextInSeriesFromDirectory(graph, meeting.plan, options).catch(() =>
        nextInSeries(meeting.plan, options),
      );
      if (!next) return;
      // The list of earlier meetings feeds the rotation: read it again, it may lack the last one.
      loadEarlier();
      go({ type: 'plan', plan: next });
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
