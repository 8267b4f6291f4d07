import { randomBytes } from 'node:crypto';
import type { EmulatorCore } from './core';

/**
 * What Teams makes for an online meeting booked in Outlook or through Graph: the meeting chat's
 * thread (`19:meeting_…@thread.v2`) and a join link in one of its two forms (FIDELITY.md):
 *
 * - `short`, the default: `https://teams.microsoft.com/meet/<13 digits>?p=<passcode>`, which
 *   names no chat (microsoft-graph-comms-samples#847: the default for new meetings);
 * - `long`: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_…%40thread.v2/0?context=…`,
 *   which carries the thread id.
 */
export interface TeamsMeetingIds {
  readonly chatId: string;
  readonly joinUrl: string;
}

const TENANT_CONTEXT = '%7b%22Tid%22%3a%22egeskov%22%7d';

/** A new online meeting's chat thread and join link, in the form the emulator is set to make. */
export function newTeamsMeeting(core: EmulatorCore): TeamsMeetingIds {
  const chatId = `19:meeting_${randomBytes(27).toString('base64url')}@thread.v2`;
  if (core.behaviour.joinUrls === 'long') return { chatId, joinUrl: longJoinUrl(chatId) };
  // Thirteen digits, the first not 0, as Teams' meeting ids are.
  const digits = `${1 + ((randomBytes(1)[0] as number) % 9)}${[...randomBytes(12)].map((b) => b % 10).join('')}`;
  return {
    chatId,
    joinUrl: `https://teams.microsoft.com/meet/${digits}?p=${randomBytes(9).toString('base64url')}`,
  };
}

/** The long form of a meeting's join link: the thread with lower-case escapes, as Exchange writes it. */
export function longJoinUrl(chatId: string): string {
  const thread = encodeURIComponent(chatId).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase());
  return `https://teams.microsoft.com/l/meetup-join/${thread}/0?context=${TENANT_CONTEXT}`;
}

/**
 * The join link as the meeting chat's `onlineMeetingInfo.joinWebUrl` gives it. Whether it is
 * spelt as the event's `onlineMeeting.joinUrl` is unconfirmed (FIDELITY.md), so the emulator
 * spells it otherwise, as it might be: escapes in upper case and no query (context, passcode).
 * It names the same meeting; the app compares what names the meeting, not the text.
 */
export function chatJoinWebUrl(joinUrl: string): string {
  const url = new URL(joinUrl);
  const path = url.pathname.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase());
  return `${url.origin}${path}`;
}

/** Teams' meeting id for a chat thread, as `getContext` gives it: base64 of `0#<thread>#0`. */
export function meetingIdOf(chatId: string): string {
  return Buffer.from(`0#${chatId}#0`).toString('base64');
}
