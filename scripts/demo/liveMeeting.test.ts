import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookedMeetingFrom } from '../../src/domain';
import { type EmulatorHarness, startHarness } from '../../src/emulator/harness.testSupport';
import {
  chatIdOfJoinUrl,
  emulatorChatOf,
  ensureLiveMeeting,
  LIVE_MEETING_PREFIX,
  liveMeetingStart,
  teamsMeetingIdOf,
} from './liveMeeting';

/** An instant given as Copenhagen wall time with its offset. */
const at = (iso: string) => Date.parse(iso);

describe('when the demo’s live meeting starts', () => {
  it('25 minutes before now, to the 5 minutes, so the first blocks are over', () => {
    expect(liveMeetingStart(at('2027-03-11T12:00:00+01:00'))).toBe('11:35');
    expect(liveMeetingStart(at('2027-03-11T12:04:59+01:00'))).toBe('11:35');
    expect(liveMeetingStart(at('2027-06-11T09:17:00+02:00'))).toBe('08:50');
  });

  it('never before midnight, and never so late that the 3 hours would pass midnight', () => {
    expect(liveMeetingStart(at('2027-03-11T00:10:00+01:00'))).toBe('00:00');
    expect(liveMeetingStart(at('2027-03-11T23:50:00+01:00'))).toBe('20:55');
  });

  it('in real minutes on the days the clocks change', () => {
    // 28 March 2027: 02.00 becomes 03.00. 25 real minutes before 03.20 is 01.55.
    expect(liveMeetingStart(at('2027-03-28T03:20:00+02:00'))).toBe('01:55');
    expect(liveMeetingStart(at('2027-03-28T23:50:00+02:00'))).toBe('20:55');
    // 31 October 2027: 03.00 becomes 02.00 again; the day has 25 hours.
    expect(liveMeetingStart(at('2027-10-31T03:10:00+01:00'))).toBe('02:45');
    expect(liveMeetingStart(at('2027-10-31T23:50:00+01:00'))).toBe('20:55');
  });
});

describe('Teams’ ids of the meeting', () => {
  it('reads the chat from a long join link and makes the meeting id Teams gives a tab', () => {
    const joinUrl =
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTI4MjA3OGU%40thread.v2/0?context=%7b%22Tid%22%3a%22egeskov%22%7d';
    expect(chatIdOfJoinUrl(joinUrl)).toBe('19:meeting_NTI4MjA3OGU@thread.v2');
    expect(
      Buffer.from(teamsMeetingIdOf('19:meeting_NTI4MjA3OGU@thread.v2'), 'base64').toString(),
    ).toBe('0#19:meeting_NTI4MjA3OGU@thread.v2#0');
    // The form Teams gives (microsoft-teams-library-js#539) starts so.
    expect(teamsMeetingIdOf('19:meeting_NTI4MjA3OGU@thread.v2')).toMatch(/^MCMxOTptZWV0aW5nX/);
    expect(chatIdOfJoinUrl('https://teams.microsoft.com/meet/4203?p=x')).toBeUndefined();
    expect(chatIdOfJoinUrl(undefined)).toBeUndefined();
  });
});

describe('the demo’s live meeting in the emulator', () => {
  let h: EmulatorHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('is booked as the tab books, playing now, once however often it is asked for', async () => {
    const organiser = h.graph('organiser');
    const noon = at('2027-03-11T12:00:00+01:00');
    const chatOf = emulatorChatOf(h.emulator.url, h.address('organiser'));
    const live = await ensureLiveMeeting(organiser, h.emulator.core.tenant, noon, chatOf);
    expect(live.start).toBe('2027-03-11T11:35:00');
    expect(live.end).toBe('2027-03-11T14:35:00');
    expect(live.chatId).toMatch(/^19:meeting_.+@thread\.v2$/);
    expect(live.meetingId).toBe(teamsMeetingIdOf(live.chatId ?? ''));
    expect(live.organiser.email).toBe(h.address('organiser'));
    const chair = live.invitees.find((i) => i.email === h.address('medChair'));
    expect(chair?.roles).toContain('MED-formand');

    // The organiser's event carries the plan, as one the tab booked does.
    const read = bookedMeetingFrom(await organiser.getMeeting(live.eventId));
    expect(read.ok && read.meeting.plan.id.startsWith(LIVE_MEETING_PREFIX)).toBe(true);
    // The invitees have their copies: the attendee's views find it.
    const invited = await h.graph('medChair').invitedMeetingByICalUId(live.iCalUId ?? '');
    expect(invited?.joinUrl).toBe(live.joinUrl);

    // Asked again (another demo host opens, npm start starts again): the same meeting.
    const again = await ensureLiveMeeting(organiser, h.emulator.core.tenant, noon + 40 * 60_000);
    expect(again.eventId).toBe(live.eventId);
    const listed = await organiser.listMeetings({
      start: '2027-03-11T00:00:00Z',
      end: '2027-03-12T00:00:00Z',
    });
    expect(listed.filter((m) => m.subject === live.subject)).toHaveLength(1);

    // Once it is over, the next one is booked from the time asked.
    const evening = await ensureLiveMeeting(
      organiser,
      h.emulator.core.tenant,
      at('2027-03-11T18:00:00+01:00'),
    );
    expect(evening.eventId).not.toBe(live.eventId);
    expect(evening.start).toBe('2027-03-11T17:35:00');
  });
});
