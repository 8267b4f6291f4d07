import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTokenFor } from '../auth/demoToken';
import { teamsMeetingKey, threadIdOfJoinUrl, threadIdOfMeetingId } from '../domain';
import { type EmulatorHarness, startHarness } from './harness.testSupport';

const ORGANISER = 'signe.vestergaard@egeskov.example';
const CHAIR = 'birgitte.holm@egeskov.example';
// The vice-chair, not invited to the meeting these tests book.
const OUTSIDER = 'mads.noergaard@egeskov.example';

interface Chat {
  id: string;
  chatType: string;
  onlineMeetingInfo: { calendarEventId: string; joinWebUrl: string };
}
interface OnlineMeeting {
  chatId: string;
  meetingId: string;
  joinUrl: string;
  eventId: string;
  isOrganizer: boolean;
}

function as(address: string) {
  return { authorization: `Bearer ${demoTokenFor(address)}`, 'content-type': 'application/json' };
}

async function bookTeamsMeeting(h: EmulatorHarness): Promise<{ id: string; joinUrl: string }> {
  const res = await fetch(`${h.emulator.url}/v1.0/me/events`, {
    method: 'POST',
    headers: as(ORGANISER),
    body: JSON.stringify({
      subject: 'Netværksmøde',
      start: { dateTime: '2027-03-11T11:00:00', timeZone: 'Romance Standard Time' },
      end: { dateTime: '2027-03-11T14:00:00', timeZone: 'Romance Standard Time' },
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      attendees: [{ type: 'required', emailAddress: { address: CHAIR, name: 'Birgitte Holm' } }],
    }),
  });
  const event = (await res.json()) as { id: string; onlineMeeting: { joinUrl: string } };
  return { id: event.id, joinUrl: event.onlineMeeting.joinUrl };
}

async function onlineMeetings(h: EmulatorHarness, address: string): Promise<OnlineMeeting[]> {
  const res = await fetch(
    `${h.emulator.url}/_emulator/mailboxes/${encodeURIComponent(address)}/onlineMeetings`,
  );
  return (await res.json()) as OnlineMeeting[];
}

function getChat(h: EmulatorHarness, address: string, chatId: string): Promise<Response> {
  return fetch(`${h.emulator.url}/v1.0/me/chats/${encodeURIComponent(chatId)}`, {
    headers: as(address),
  });
}

describe('Teams meetings in the emulator', () => {
  describe('with Teams’ short join links (the default)', () => {
    let h: EmulatorHarness;
    beforeAll(async () => {
      h = await startHarness();
    });
    afterAll(() => h.close());

    it('gives a new Teams meeting a short join link that names no chat, the same on every copy', async () => {
      const booked = await bookTeamsMeeting(h);
      expect(booked.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/meet\/\d{13}\?p=/);
      expect(threadIdOfJoinUrl(booked.joinUrl)).toBeUndefined();
      const [organiser] = await onlineMeetings(h, ORGANISER);
      const [chair] = await onlineMeetings(h, CHAIR);
      expect(organiser).toMatchObject({
        eventId: booked.id,
        joinUrl: booked.joinUrl,
        isOrganizer: true,
      });
      expect(chair).toMatchObject({
        chatId: organiser?.chatId,
        joinUrl: booked.joinUrl,
        isOrganizer: false,
      });
      // Teams' meeting id in a tab's context is base64 of the chat's thread.
      expect(threadIdOfMeetingId(chair?.meetingId ?? '')).toBe(organiser?.chatId);
    });

    it('lets the organiser and an invitee read the meeting chat, its link naming the same meeting', async () => {
      const [meeting] = await onlineMeetings(h, CHAIR);
      for (const address of [ORGANISER, CHAIR]) {
        const res = await getChat(h, address, meeting?.chatId ?? '');
        expect(res.status).toBe(200);
        const chat = (await res.json()) as Chat;
        expect(chat).toMatchObject({ id: meeting?.chatId, chatType: 'meeting' });
        // Another spelling (no passcode), the same meeting.
        expect(chat.onlineMeetingInfo.joinWebUrl).not.toBe(meeting?.joinUrl);
        expect(teamsMeetingKey(chat.onlineMeetingInfo.joinWebUrl)).toBe(
          teamsMeetingKey(meeting?.joinUrl ?? ''),
        );
        const [organiserEvent] = await onlineMeetings(h, ORGANISER);
        expect(chat.onlineMeetingInfo.calendarEventId).toBe(organiserEvent?.eventId);
      }
      const listed = await fetch(`${h.emulator.url}/v1.0/me/chats?$top=5`, { headers: as(CHAIR) });
      const { value } = (await listed.json()) as { value: Chat[] };
      expect(value.map((c) => c.id)).toContain(meeting?.chatId);
    });

    it('refuses the chat to someone not in the meeting, and knows no other chat', async () => {
      const [meeting] = await onlineMeetings(h, ORGANISER);
      expect((await getChat(h, OUTSIDER, meeting?.chatId ?? '')).status).toBe(403);
      const unknown = await getChat(h, ORGANISER, '19:meeting_nope@thread.v2');
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('NotFound');
    });
  });

  describe('with the long join links', () => {
    let h: EmulatorHarness;
    beforeAll(async () => {
      h = await startHarness({ behaviour: { joinUrls: 'long' } });
    });
    afterAll(() => h.close());

    it('carries the chat’s thread in the link, and the chat spells it otherwise', async () => {
      const booked = await bookTeamsMeeting(h);
      const [meeting] = await onlineMeetings(h, ORGANISER);
      expect(booked.joinUrl).toMatch(
        /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_/,
      );
      expect(threadIdOfJoinUrl(booked.joinUrl)).toBe(meeting?.chatId);
      const chat = (await (await getChat(h, CHAIR, meeting?.chatId ?? '')).json()) as Chat;
      expect(chat.onlineMeetingInfo.joinWebUrl).toContain('19%3Ameeting_');
      expect(threadIdOfJoinUrl(chat.onlineMeetingInfo.joinWebUrl)).toBe(meeting?.chatId);
    });
  });
});
