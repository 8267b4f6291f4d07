import { describe, expect, it } from 'vitest';
import {
  isJoinUrlOfMeeting,
  isTeamsJoinUrl,
  teamsMeetingKey,
  threadIdOfJoinUrl,
} from './teamsJoinUrl';
import { threadIdOfMeetingId } from './meetingThreadId';

const THREAD = '19:meeting_NTk4ZDY4ZmYtOWEzZS00OTRkLThhY2EtZmUzZmUzMDQyM2M0@thread.v2';
// As Exchange writes it on an event: lower-case escapes, the tenant in a context parameter.
const LONG =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTk4ZDY4ZmYtOWEzZS00OTRkLThhY2EtZmUzZmUzMDQyM2M0%40thread.v2/0?context=%7b%22Tid%22%3a%22egeskov%22%7d';
// The same meeting in another spelling: upper-case escapes, no context.
const LONG_OTHER_SPELLING =
  'https://teams.microsoft.com/l/meetup-join/19%3Ameeting_NTk4ZDY4ZmYtOWEzZS00OTRkLThhY2EtZmUzZmUzMDQyM2M0%40thread.v2/0';
const SHORT = 'https://teams.microsoft.com/meet/3391274615093?p=Kx7wPq2mZ';

describe('Teams join links', () => {
  it('reads the chat thread out of a long link, whatever the case of its escapes', () => {
    expect(threadIdOfJoinUrl(LONG)).toBe(THREAD);
    expect(threadIdOfJoinUrl(LONG_OTHER_SPELLING)).toBe(THREAD);
    expect(threadIdOfJoinUrl(SHORT)).toBeUndefined();
  });

  it('names one meeting by its thread (long link) or its meeting id (short link), the passcode aside', () => {
    expect(teamsMeetingKey(LONG)).toBe(`thread:${THREAD}`);
    expect(teamsMeetingKey(LONG_OTHER_SPELLING)).toBe(teamsMeetingKey(LONG));
    expect(teamsMeetingKey(SHORT)).toBe('meet:3391274615093');
    expect(teamsMeetingKey('https://teams.microsoft.com/meet/3391274615093')).toBe(
      teamsMeetingKey(SHORT),
    );
  });

  it('takes no other link for a Teams meeting', () => {
    for (const other of [
      'https://example.org/meet/3391274615093?p=x',
      'http://teams.microsoft.com/meet/3391274615093',
      'https://teams.microsoft.com.evil.example/meet/3391274615093',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40unq.gbl.spaces/0',
      'https://teams.microsoft.com/l/chat/0/0',
      'not a link',
      '',
    ]) {
      expect(teamsMeetingKey(other), other).toBeUndefined();
      expect(isTeamsJoinUrl(other)).toBe(false);
    }
    expect(isTeamsJoinUrl(SHORT)).toBe(true);
  });

  it('matches an event to the meeting a tab is in, by the chat’s link or by the thread', () => {
    // The chat's link in another spelling still names the meeting.
    expect(isJoinUrlOfMeeting(LONG, { chatId: THREAD, joinWebUrl: LONG_OTHER_SPELLING })).toBe(
      true,
    );
    // A short link: only the chat's own link can say which meeting it is.
    expect(isJoinUrlOfMeeting(SHORT, { chatId: THREAD, joinWebUrl: SHORT })).toBe(true);
    expect(isJoinUrlOfMeeting(SHORT, { chatId: THREAD })).toBe(false);
    // A long link carries the thread: no route needed.
    expect(isJoinUrlOfMeeting(LONG, { chatId: THREAD })).toBe(true);
    // Another meeting.
    expect(
      isJoinUrlOfMeeting('https://teams.microsoft.com/meet/1111111111111?p=a', {
        chatId: THREAD,
        joinWebUrl: SHORT,
      }),
    ).toBe(false);
    expect(isJoinUrlOfMeeting('', { chatId: THREAD, joinWebUrl: SHORT })).toBe(false);
  });

  it('reads the thread out of Teams’ meeting id (base64 of 0#thread#0)', () => {
    expect(threadIdOfMeetingId(btoa(`0#${THREAD}#0`))).toBe(THREAD);
    expect(threadIdOfMeetingId('not base64!')).toBeUndefined();
    expect(threadIdOfMeetingId(btoa('0#19:abc@unq.gbl.spaces#0'))).toBeUndefined();
  });
});
