import type { BookedMeeting, Locale } from '../../domain';
import { downloadText } from '../download';

/** Saves the meeting as an `.ics` file; the generator is loaded only when asked for. */
export async function exportMeetingIcs(meeting: BookedMeeting, locale: Locale): Promise<void> {
  const { icsFileName, icsFromPlan } = await import(
    /* webpackChunkName: "ics" */ '../../app/icsExport'
  );
  const text = icsFromPlan(meeting.plan, locale, {
    uid: meeting.iCalUId,
    organizer: meeting.organizer,
    joinUrl: meeting.joinUrl,
  });
  downloadText(icsFileName(meeting.plan), text, 'text/calendar;charset=utf-8');
}
