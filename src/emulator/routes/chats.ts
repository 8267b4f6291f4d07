import type { EmulatorCore } from '../core';
import { type EmRequest, type EmResponse, GraphFault, json } from '../http';
import type { StoredEvent } from '../state';
import { chatJoinWebUrl } from '../teamsMeeting';

/**
 * The meeting chats Teams keeps for online meetings, as `GET /me/chats` and `/me/chats/{id}`
 * give them under `Chat.ReadBasic`: one chat per meeting, whose members are the organiser and
 * everyone whose calendar holds the meeting (FIDELITY.md).
 */

const TENANT_ID = '00000000-0000-0000-0000-0000000e9e5c';

/** The user's copies of online meetings that have a chat, one per chat. */
function meetingCopies(core: EmulatorCore, userId: string): StoredEvent[] {
  const seen = new Set<string>();
  return core.mailbox(userId).events.filter((e) => {
    if (!e.chatId || !e.joinUrl || seen.has(e.chatId)) return false;
    seen.add(e.chatId);
    return true;
  });
}

function chatDto(core: EmulatorCore, copy: StoredEvent): Record<string, unknown> {
  const organiser = core.user(copy.organizerAddress);
  const organiserEvent = organiser
    ? core.mailbox(organiser.id).events.find((e) => e.iCalUId === copy.iCalUId)
    : undefined;
  return {
    id: copy.chatId,
    topic: copy.subject,
    createdDateTime: copy.createdDateTime,
    lastUpdatedDateTime: copy.lastModifiedDateTime,
    chatType: 'meeting',
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(copy.chatId ?? '')}/0?tenantId=${TENANT_ID}`,
    tenantId: TENANT_ID,
    onlineMeetingInfo: {
      calendarEventId: organiserEvent?.id ?? null,
      joinWebUrl: chatJoinWebUrl(copy.joinUrl ?? ''),
      organizer: {
        id: organiser?.id ?? null,
        displayName: null,
        userIdentityType: 'aadUser',
        tenantId: TENANT_ID,
      },
    },
    viewpoint: { isHidden: false, lastMessageReadDateTime: copy.createdDateTime },
  };
}

/** `GET /me/chats/{id}`: a meeting chat the user is in; 403 for one they are not in, else 404. */
export function getChat(core: EmulatorCore, req: EmRequest, rawId: string): EmResponse {
  const id = decodeURIComponent(rawId);
  const copy = meetingCopies(core, req.user.id).find((e) => e.chatId === id);
  if (copy) {
    return json(
      200,
      { '@odata.context': `${req.root}/$metadata#chats/$entity`, ...chatDto(core, copy) },
      req.requestId,
    );
  }
  const exists = Object.values(core.state.mailboxes).some((box) =>
    box.events.some((e) => e.chatId === id),
  );
  if (exists) throw new GraphFault(403, 'Forbidden', 'The caller is not a member of the chat.');
  throw new GraphFault(404, 'NotFound', `The chat ${id} was not found.`);
}

/** `GET /me/chats`: the user's meeting chats (one page; `$top` at most 50, as Graph allows). */
export function listChats(core: EmulatorCore, req: EmRequest): EmResponse {
  const top = Number(req.query.get('$top') ?? 50);
  if (!Number.isInteger(top) || top < 1 || top > 50)
    throw new GraphFault(400, 'BadRequest', `Invalid value '${req.query.get('$top')}' for $top.`);
  const value = meetingCopies(core, req.user.id)
    .slice(0, top)
    .map((copy) => chatDto(core, copy));
  return json(200, { '@odata.context': `${req.root}/$metadata#chats`, value }, req.requestId);
}
