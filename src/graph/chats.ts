import type { ChatDto } from './dto';
import { call, type GraphClient } from './graphClient';

/**
 * `GET /me/chats/{id}` (delegated `Chat.ReadBasic`): the join link of the meeting a meeting
 * chat belongs to (`onlineMeetingInfo.joinWebUrl`), or undefined when the chat is no meeting's.
 * This is how a tab in a meeting learns which meeting it is in: Teams gives the tab the chat's
 * id, and only the older, long join links carry it (README, Permissions).
 */
export async function meetingChatJoinUrl(
  graph: GraphClient,
  chatId: string,
): Promise<string | undefined> {
  const chat = await call(
    () => graph.sdk.api(`/me/chats/${encodeURIComponent(chatId)}`).get() as Promise<ChatDto>,
  );
  return chat.onlineMeetingInfo?.joinWebUrl ?? undefined;
}
