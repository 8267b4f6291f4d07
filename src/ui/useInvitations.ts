import { useCallback, useMemo, useState } from 'react';
import { describeGraphFailure, type GraphFailure } from '../app/graphFailure';
import { invitationsFor, listInvitedMeetings } from '../app/meetings';
import type { Invitation, InvitationAnswer, InvitedMeeting } from '../domain';
import type { NetworkMeetingGraph } from '../graph';
import type { InvitationsLoad } from './InvitationsList';
import { useAbortSignal } from './useAbortSignal';

const DAY_MS = 86_400_000;

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

/** How the last answer went: sent or not, and what failed (sending, or reading the list after). */
interface AnswerState {
  readonly answered: boolean;
  readonly failure?: GraphFailure;
}

const NOT_ANSWERED: AnswerState = { answered: false };

/**
 * The network meetings the user is invited to, and answering them. The list is read by `load`
 * and again after each answer; whichever read started last is the one shown.
 */
export function useInvitations(
  graph: NetworkMeetingGraph,
  person: { readonly email: string; readonly name: string },
) {
  const [invited, setInvited] = useState<InvitedLoad>({ kind: 'loading' });
  const [answer, setAnswer] = useState<AnswerState>(NOT_ANSWERED);
  // Exchange moves a meeting declined here to Deleted Items (unless the mailbox keeps declined
  // meetings): it stays listed for the session, marked, so the user sees where it went.
  const [declinedGone, setDeclinedGone] = useState<ReadonlyMap<string, Invitation>>(
    () => new Map(),
  );
  const startList = useAbortSignal();
  const startAnswer = useAbortSignal();
  // The user's own name and address come after sign-in; the roles are read again when they do.
  const { email, name } = person;

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

  const load = useCallback(() => {
    const signal = startList();
    listInvitationsAround(graph).then(
      (found) => {
        if (!signal.aborted) setInvited({ kind: 'loaded', meetings: found });
      },
      (e: unknown) => {
        if (!signal.aborted) setInvited({ kind: 'failed', failure: describeGraphFailure(e) });
      },
    );
  }, [graph, startList]);

  /** Sends the answer, then reads the list again: it is the calendar that says what was kept. */
  const answerInvitation = useCallback(
    async (invitation: Invitation, reply: InvitationAnswer, comment: string) => {
      const signal = startAnswer();
      setAnswer(NOT_ANSWERED);
      try {
        await graph.answerInvitation(invitation.eventId, reply, comment);
        if (signal.aborted) return;
        setAnswer({ answered: true });
        const listed = startList();
        const meetings = await listInvitationsAround(graph);
        if (listed.aborted) return;
        if (reply === 'decline' && !meetings.some((m) => m.iCalUId === invitation.iCalUId)) {
          setDeclinedGone((current) =>
            new Map(current).set(invitation.eventId, { ...invitation, myResponse: 'declined' }),
          );
        }
        setInvited({ kind: 'loaded', meetings });
      } catch (e) {
        if (signal.aborted) return;
        const failure = describeGraphFailure(e);
        setAnswer((current) => ({ ...current, failure }));
      }
    },
    [graph, startList, startAnswer],
  );

  return {
    invitations,
    load,
    answer: answerInvitation,
    answered: answer.answered,
    answerFailure: answer.failure,
  };
}
