import { describe, expect, it } from 'vitest';
import { meetingChatOf, surfaceOf } from './surface';

const CHAT = '19:meeting_NTk4ZDY4ZmYtOWEzZS00OTRk@thread.v2';

describe('which view a page shows', () => {
  it('follows Teams’ frame context in a meeting', () => {
    const meeting = { chatId: CHAT, meetingId: btoa(`0#${CHAT}#0`) };
    expect(surfaceOf({ frameContext: 'content', meeting }, '?view=tab')).toEqual({
      kind: 'meetingTab',
      chatId: CHAT,
    });
    expect(surfaceOf({ frameContext: 'sidePanel', meeting }, '?view=tab')).toEqual({
      kind: 'sidePanel',
      chatId: CHAT,
    });
    expect(surfaceOf({ frameContext: 'meetingStage', meeting }, '?view=stage')).toEqual({
      kind: 'stage',
      chatId: CHAT,
    });
    expect(surfaceOf({ frameContext: 'settings', meeting }, '?view=configure')).toEqual({
      kind: 'configure',
    });
  });

  it('reads the chat from the meeting id when the chat id is missing, and no meeting from a group chat', () => {
    expect(meetingChatOf({ meeting: { meetingId: btoa(`0#${CHAT}#0`) } })).toBe(CHAT);
    expect(meetingChatOf({ meeting: { chatId: '19:abc@thread.v2' } })).toBeUndefined();
    expect(
      surfaceOf({ frameContext: 'content', meeting: { chatId: '19:abc@thread.v2' } }, ''),
    ).toEqual({ kind: 'personal' });
  });

  it('is the personal tab outside a meeting, or a stage link opened as a page', () => {
    expect(surfaceOf({}, '')).toEqual({ kind: 'personal' });
    expect(surfaceOf({ frameContext: 'content' }, '?view=personal')).toEqual({ kind: 'personal' });
    expect(surfaceOf({}, '?view=stage&programme=x')).toEqual({ kind: 'stage', chatId: undefined });
  });
});
