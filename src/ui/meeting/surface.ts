import { STAGE_PROGRAMME_PARAM, threadIdOfMeetingId } from '../../domain';
import type { HostInfo } from '../../host/hostInfo';

/** Which of the app's views a page shows, from where the host loaded it. */
export type Surface =
  | { readonly kind: 'personal' }
  /** A meeting tab's configuration page (Teams' `settings` frame). */
  | { readonly kind: 'configure' }
  /** A meeting's details tab or chat tab (one tab in Teams, frame `content`). */
  | { readonly kind: 'meetingTab'; readonly chatId: string }
  /** The meeting's side panel, during the meeting. */
  | { readonly kind: 'sidePanel'; readonly chatId: string }
  /** The meeting's stage, for everyone in the meeting (the chat is unknown outside Teams). */
  | { readonly kind: 'stage'; readonly chatId: string | undefined };

const MEETING_CHAT = /^19:meeting_[^@]+@thread\.v2$/;

/**
 * The meeting chat a page in a meeting is in: Teams' `chat.id`, or the thread inside its
 * `meeting.id`; undefined outside a meeting (a group chat is no meeting's).
 */
export function meetingChatOf(info: Pick<HostInfo, 'meeting'>): string | undefined {
  const chatId = info.meeting?.chatId;
  if (chatId && MEETING_CHAT.test(chatId)) return chatId;
  return info.meeting?.meetingId ? threadIdOfMeetingId(info.meeting.meetingId) : undefined;
}

/**
 * The view for a page: Teams' frame context and meeting first (`sidePanel`, `meetingStage`,
 * `content` in a meeting), then the page's own `view` parameter (a stage link opened as a page,
 * the configuration page), else the personal tab.
 */
export function surfaceOf(
  info: Pick<HostInfo, 'frameContext' | 'meeting'>,
  search: string,
): Surface {
  const view = new URLSearchParams(search).get('view');
  const chatId = meetingChatOf(info);
  if (info.frameContext === 'meetingStage' || view === 'stage') return { kind: 'stage', chatId };
  if (info.frameContext === 'settings' || view === 'configure') return { kind: 'configure' };
  if (chatId && info.frameContext === 'sidePanel') return { kind: 'sidePanel', chatId };
  if (chatId) return { kind: 'meetingTab', chatId };
  return { kind: 'personal' };
}

/** Whether a page's address is a stage link with the programme in it (no sign-in needed). */
export function carriesStageProgramme(search: string): boolean {
  return new URLSearchParams(search).has(STAGE_PROGRAMME_PARAM);
}
