import { useCallback, useEffect, useState } from 'react';
import { describeGraphFailure, type GraphFailure } from '../../../app/graphFailure';
import { meetingOfRequest } from '../../../app/meetingRequest';
import {
  type Invitation,
  type InvitationAnswer,
  type InvitedMeeting,
  invitationFrom,
} from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';
import type { MeetingForm } from '../../../host/outlook/meetingForm';

/** What the attendee's pane found in the item open in Outlook. */
export type AttendeeLoad =
  | { readonly kind: 'loading' }
  /** Not a network meeting (no plan reference in its body): the pane has nothing to add. */
  | { readonly kind: 'other' }
  /** A message that is no meeting request (the button is on every message read). */
  | { readonly kind: 'notMeeting' }
  /** A network meeting's request whose meeting is not in the user's calendar (any more). */
  | { readonly kind: 'notInCalendar' }
  | { readonly kind: 'invitation'; readonly invitation: Invitation }
  | { readonly kind: 'failed'; readonly failure?: GraphFailure | undefined };

/** Why the item open gives no meeting to show, or the user's copy of its meeting. */
type ItemMeeting =
  | { readonly kind: 'meeting'; readonly meeting: InvitedMeeting }
  | { readonly kind: 'other' | 'notMeeting' | 'notInCalendar' | 'failed' };

/**
 * The user's own copy of the meeting the open item is about: the item itself in the calendar (its
 * id is the event's); for a request in the inbox, the copy its start and plan reference find
 * (`meetingOfRequest`: a request's id is a message's).
 */
async function meetingOfItem(form: MeetingForm, graph: NetworkMeetingGraph): Promise<ItemMeeting> {
  if (form.itemKind === 'message') return { kind: 'notMeeting' };
  if (form.itemKind === 'meetingMessage') {
    const [start, body] = await Promise.all([form.getStart(), form.getBodyHtml()]);
    if (!start.ok || !body.ok) return { kind: 'failed' };
    const found = await meetingOfRequest(
      graph,
      { start: start.value, html: body.value },
      new Date(),
    );
    return found.kind === 'found' ? { kind: 'meeting', meeting: found.meeting } : found;
  }
  const id = await form.getItemRestId();
  if (!id.ok || id.value === undefined) return { kind: 'failed' };
  return { kind: 'meeting', meeting: await graph.invitedMeeting(id.value) };
}

/**
 * The attendee's pane: the user's own copy of the meeting (the item Outlook has open, or the one
 * a request in the inbox is about), read with its body through Graph, since an attendee's copy
 * carries no plan; their roles, their part of the programme and the programme come from it
 * (`invitationFrom`, as in the tab). After an answer the copy is found again by its iCalUId: a
 * declined meeting may have left the calendar.
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
        const [item, person] = await Promise.all([
          meetingOfItem(form, graph),
          graph.me().catch(() => undefined),
        ]);
        if (cancelled) return;
        if (item.kind !== 'meeting') {
          setLoad({ kind: item.kind });
          return;
        }
        const who = { email: form.mailboxAddress, name: person?.name ?? '' };
        const invitation = invitationFrom(item.meeting, who);
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
