import { type BookedMeeting, contentLocale, type Locale } from '../../domain';
import { downloadText } from '../download';

/** Saves the meeting as an `.ics` file; the generator is loaded only when asked for. */
export async function exportMeetingIcs(meeting: BookedMeeting, locale: Locale): Promise<void> {
  const { icsFileName, icsFromPlan } = await import(
    /* webpackChunkName: "ics" */ '../../app/icsExport'
  );
  // Guests get the invitation as the attendees did, in the language it was sent in.
  const text = icsFromPlan(meeting.plan, contentLocale(meeting.plan, locale), {
    uid: meeting.iCalUId,
    organizer: meeting.organizer,
    joinUrl: meeting.joinUrl,
  });
  downloadText(icsFileName(meeting.plan), text, 'text/calendar;charset=utf-8');
}
