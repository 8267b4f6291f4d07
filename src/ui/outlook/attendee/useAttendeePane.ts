import { useCallback, useEffect, useState } from 'react';
import { describeGraphFailure, type GraphFailure } from '../../../app/graphFailure';
import { type Invitation, type InvitationAnswer, invitationFrom } from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';
import type { MeetingForm } from '../../../host/outlook/meetingForm';

/** What the attendee's pane found in the item open in Outlook. */
export type AttendeeLoad =
  | { readonly kind: 'loading' }
  /** Not a network meeting (no plan reference in its body): the pane has nothing to add. */
  | { readonly kind: 'other' }
  | { readonly kind: 'invitation'; readonly invitation: Invitation }
  | { readonly kind: 'failed'; readonly failure?: GraphFailure | undefined };

/**
 * The attendee's pane: the user's own copy of the meeting (the item Outlook has open), read with
 * its body through Graph, since an attendee's copy carries no plan; their roles, their part of the
 * programme and the programme come from it (`invitationFrom`, as in the tab). After an answer the
 * copy is found again by its iCalUId: a declined meeting may have left the calendar.
 */
export function useAttendeePane(options: {
  readonly form: MeetingForm;
  readonly graph: NetworkMeetingGraph;
}) {
  const { form, graph } = options;
  const [load, setLoad] = useState<AttendeeLoad>({ kind: 'loading' });
  const [me, setMe] = useState({ email: form.mailboxAddress, name: '' });
  const [answered, setAnswered] = useState(false);
  const [answerFailure, setAnswerFailure] = useState<GraphFailure | undefined>();
  const [removedFromCalendar, setRemoved] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const id = await form.getItemRestId();
        if (!id.ok || id.value === undefined) {
          if (!cancelled) setLoad({ kind: 'failed' });
          return;
        }
        const [meeting, person] = await Promise.all([
          graph.invitedMeeting(id.value),
          graph.me().catch(() => undefined),
        ]);
        const who = { email: form.mailboxAddress, name: person?.name ?? '' };
        const invitation = invitationFrom(meeting, who);
        if (cancelled) return;
        setMe(who);
        setLoad(invitation ? { kind: 'invitation', invitation } : { kind: 'other' });
      } catch (e) {
        if (!cancelled) setLoad({ kind: 'failed', failure: describeGraphFailure(e) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [form, graph]);

  const answer = useCallback(
    async (invitation: Invitation, reply: InvitationAnswer, comment: string) => {
      setAnswered(false);
      setAnswerFailure(undefined);
      try {
        await graph.answerInvitation(invitation.eventId, reply, comment);
        setAnswered(true);
        const again = invitation.iCalUId
          ? await graph.invitedMeetingByICalUId(invitation.iCalUId)
          : await graph.invitedMeeting(invitation.eventId);
        const read = again && invitationFrom(again, me);
        if (read) {
          setLoad({ kind: 'invitation', invitation: read });
        } else {
          // Exchange moved the declined meeting out of the calendar; it stays shown, marked.
          setRemoved(true);
          setLoad({ kind: 'invitation', invitation: { ...invitation, myResponse: 'declined' } });
        }
      } catch (e) {
        setAnswerFailure(describeGraphFailure(e));
      }
    },
    [graph, me],
  );

  return { load, me, answer, answered, answerFailure, removedFromCalendar };
}
