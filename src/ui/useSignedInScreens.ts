import { useCallback, useMemo, useState } from 'react';
import { planFromEarlier } from '../app/copyMeeting';
import { nextInSeries, nextInSeriesFromDirectory } from '../app/series';
import { DraftStore } from '../app/drafts';
import { describeGraphFailure, type GraphFailure } from '../app/graphFailure';
import { invitationsFor, listBookedMeetings, listInvitedMeetings } from '../app/meetings';
import { startPlanner } from '../app/planner';
import type {
  BookedMeeting,
  Invitation,
  InvitationAnswer,
  InvitedMeeting,
  MeetingPlan,
  ProgrammeId,
} from '../domain';
import { planningClockAt, suggestedMeetingDate } from '../domain';
import type { InvitationsLoad } from './InvitationsList';
import type { NetworkMeetingGraph } from '../graph';

const DAY_MS = 86_400_000;

/** The first date proposed for a new meeting, from today in Copenhagen (the domain's rule). */
function suggestedDate(): string {
  return suggestedMeetingDate(planningClockAt(Date.now()).today);
}

/** A year back and a year ahead: the meetings an organiser would copy from or follow up. */
function yearAroundNow(now = Date.now()) {
  return {
    start: new Date(now - 365 * DAY_MS).toISOString(),
    end: new Date(now + 365 * DAY_MS).toISOString(),
  };
}

/** Half a year back, for what the user took part in, and a year ahead, for what to answer. */
function listInvitationsAround(graph: NetworkMeetingGraph): Promise<InvitedMeeting[]> {
  const now = Date.now();
  return listInvitedMeetings(graph, {
    start: new Date(now - 183 * DAY_MS).toISOString(),
    end: new Date(now + 365 * DAY_MS).toISOString(),
  });
}

type InvitedLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly meetings: readonly InvitedMeeting[] }
  | { readonly kind: 'failed'; readonly failure: GraphFailure };

/** The user's booked network meetings, as the start screen lists them to copy from. */
export type EarlierMeetings =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly meetings: readonly BookedMeeting[] }
  | { readonly kind: 'failed'; readonly failure: GraphFailure };

/** Which screen a signed-in user sees, and the draft and earlier meetings that go with them. */
export function useSignedInScreens(
  user: string,
  graph: NetworkMeetingGraph,
  person: { readonly email: string; readonly name: string },
) {
  const storage = globalThis.localStorage;
  const drafts = useMemo(() => new DraftStore(storage), [storage]);
  const draft = useMemo(
    () => (user ? drafts.load(user) : ({ kind: 'none' } as const)),
    [drafts, user],
  );
  const [planning, setPlanning] = useState<MeetingPlan | undefined>();
  const [earlier, setEarlier] = useState<EarlierMeetings>({ kind: 'loading' });
  const [following, setFollowing] = useState<string | undefined>();
  // Exchange moves a cancelled meeting out of the organiser's calendar (to Deleted Items), so
  // the list cannot read it back: those cancelled here stay listed, marked, for the session.
  const [cancelledHere, setCancelledHere] = useState<ReadonlyMap<string, BookedMeeting>>(
    () => new Map(),
  );
  const [invited, setInvited] = useState<InvitedLoad>({ kind: 'loading' });
  // The user's own name and address come after sign-in; the roles are read again when they do.
  const { email, name } = person;
  // Exchange moves a meeting declined here to Deleted Items (unless the mailbox keeps declined
  // meetings): it stays listed for the session, marked, so the user sees where it went.
  const [declinedGone, setDeclinedGone] = useState<ReadonlyMap<string, Invitation>>(
    () => new Map(),
  );
  const invitations = useMemo<InvitationsLoad>(() => {
    if (invited.kind !== 'loaded') return invited;
    const listed = invitationsFor(invited.meetings, { email, name });
    const gone = [...declinedGone.values()].filter(
      (d) => !listed.some((i) => i.iCalUId === d.iCalUId),
    );
    return {
      kind: 'loaded',
      invitations: [...listed, ...gone],
      removedFromCalendar: new Set(gone.map((d) => d.eventId)),
    };
  }, [invited, email, name, declinedGone]);
  const [answered, setAnswered] = useState(false);
  const [answerFailure, setAnswerFailure] = useState<GraphFailure | undefined>();

  const loadEarlier = useCallback(() => {
    setEarlier({ kind: 'loading' });
    const range = yearAroundNow();
    listBookedMeetings(graph, range).then(
      (meetings) => {
        const live = meetings.filter((m) => m.isOrganizer && !m.isCancelled);
        const gone = [...cancelledHere.values()].filter(
          (c) => !live.some((m) => m.eventId === c.eventId),
        );
        setEarlier({ kind: 'loaded', meetings: [...live, ...gone] });
      },
      (e: unknown) => setEarlier({ kind: 'failed', failure: describeGraphFailure(e) }),
    );
  }, [graph, cancelledHere]);

  const loadInvitations = useCallback(() => {
    listInvitationsAround(graph).then(
      (found) => setInvited({ kind: 'loaded', meetings: found }),
      (e: unknown) => setInvited({ kind: 'failed', failure: describeGraphFailure(e) }),
    );
  }, [graph]);

  /** What the start screen reads each time it opens: the user's meetings and invitations. */
  const loadHome = useCallback(() => {
    loadEarlier();
    loadInvitations();
  }, [loadEarlier, loadInvitations]);

  return {
    invitations,
    answered,
    answerFailure,
    async answer(invitation: Invitation, reply: InvitationAnswer, comment: string) {
      setAnswered(false);
      setAnswerFailure(undefined);
      try {
        await graph.answerInvitation(invitation.eventId, reply, comment);
        setAnswered(true);
        const meetings = await listInvitationsAround(graph);
        if (reply === 'decline' && !meetings.some((m) => m.iCalUId === invitation.iCalUId)) {
          setDeclinedGone((current) =>
            new Map(current).set(invitation.eventId, {
              ...invitation,
              myResponse: 'declined',
            }),
          );
        }
        setInvited({ kind: 'loaded', meetings });
      } catch (e) {
        setAnswerFailure(describeGraphFailure(e));
      }
    },
    storage,
    drafts,
    draft,
    planning,
    following,
    earlier,
    loadHome,
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
    copyEarlier(meeting: BookedMeeting) {
      const copy = planFromEarlier(meeting.plan, {
        id: crypto.randomUUID(),
        date: suggestedDate(),
      });
      if (copy) setPlanning(copy);
    },
    stopPlanning() {
      setPlanning(undefined);
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
      setFollowing(undefined);
      setPlanning(next);
    },
    followUp(meeting: BookedMeeting) {
      setFollowing(meeting.eventId);
    },
    /** From the sent screen: the planner closes and the new meeting's follow-up opens. */
    followUpBooked(meeting: BookedMeeting) {
      setPlanning(undefined);
      setFollowing(meeting.eventId);
    },
    /** Keeps a meeting cancelled on the dashboard in the organiser's list, marked cancelled. */
    markCancelled(meeting: BookedMeeting) {
      setCancelledHere((current) =>
        new Map(current).set(meeting.eventId, { ...meeting, isCancelled: true }),
      );
    },
    stopFollowing() {
      setFollowing(undefined);
    },
  };
}
