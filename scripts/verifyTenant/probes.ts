/**
 * The few requests the scenario sends that the app itself never does, to see how Graph answers
 * where FIDELITY.md is unsure. They go through the app's own client (its middleware: token,
 * retry, request id), touch only the run's own meeting, and return what was seen, in words.
 */
import { teamsMeetingKey } from '../../src/domain';
import { type GraphClient, withQuery } from '../../src/graph';

/** `status code` of a failed SDK call. */
function failure(e: unknown): string {
  const err = e as { statusCode?: number; code?: string; message?: string };
  return err.statusCode ? `${err.statusCode} ${err.code ?? ''}`.trim() : String(err.message ?? e);
}

/** What Graph answers to a request: `accepted` or `status code`. */
async function outcome(request: () => Promise<unknown>): Promise<string> {
  try {
    await request();
    return 'accepted';
  } catch (e) {
    return failure(e);
  }
}

const eventPath = (id: string) => `/me/events/${encodeURIComponent(id)}`;

/** A PATCH with an ETag the event has moved on from. */
export async function staleIfMatch(
  client: GraphClient,
  eventId: string,
  staleEtag: string,
  subject: string,
): Promise<string> {
  return outcome(() =>
    client.sdk.api(eventPath(eventId)).header('If-Match', staleEtag).patch({ subject }),
  );
}

/** A PATCH of nothing but the attendee list. */
export async function attendeesOnlyPatch(
  client: GraphClient,
  eventId: string,
  etag: string,
  attendees: readonly { readonly name: string; readonly email: string }[],
): Promise<string> {
  return outcome(() =>
    client.sdk
      .api(eventPath(eventId))
      .header('If-Match', etag)
      .patch({
        attendees: attendees.map((a) => ({
          type: 'required',
          emailAddress: { address: a.email, name: a.name },
        })),
      }),
  );
}

/** Whether `bodyPreview` is the whole body's text or its start, and how long. */
export async function bodyPreview(client: GraphClient, eventId: string): Promise<string> {
  const event = (await client.sdk
    .api(withQuery(eventPath(eventId), { $select: 'bodyPreview,body' }))
    .header('Prefer', 'outlook.body-content-type="text"')
    .get()) as { bodyPreview?: string; body?: { content?: string } };
  const preview = event.bodyPreview ?? '';
  const text = (event.body?.content ?? '').replace(/\s+/g, ' ').trim();
  return preview.length < text.length
    ? `cut at ${preview.length} characters`
    : `the whole body (${preview.length} characters)`;
}

/** A PATCH with a property the metadata does not have (refused, or taken). */
export async function unknownProperty(
  client: GraphClient,
  eventId: string,
  etag: string,
): Promise<string> {
  const seen = await outcome(() =>
    client.sdk
      .api(eventPath(eventId))
      .header('If-Match', etag)
      .patch({ netvaerksmoederVerifyUnknown: 'x' }),
  );
  return `an unknown event property: ${seen}`;
}

/** A directory `$search` without a property name. */
export async function searchSyntax(client: GraphClient): Promise<string> {
  const seen = await outcome(() =>
    client.sdk
      .api(withQuery('/users', { $search: 'netvaerksmoeder' }))
      .header('ConsistencyLevel', 'eventual')
      .get(),
  );
  return `a bare word: ${seen}`;
}

/** Whether the start of each word of a name (`"displayName:Bir Hol"`) finds the person. */
export async function searchTokens(
  client: GraphClient,
  person: { readonly name: string; readonly email: string },
): Promise<string | undefined> {
  const words = person.name.split(/\s+/).filter((w) => w.length >= 3);
  if (words.length < 2) return undefined;
  const text = words
    .slice(0, 2)
    .map((w) => w.slice(0, 3))
    .join(' ');
  const page = (await client.sdk
    .api(
      withQuery('/users', {
        $search: `"displayName:${text}"`,
        $select: 'mail,userPrincipalName',
        $top: 50,
      }),
    )
    .header('ConsistencyLevel', 'eventual')
    .get()) as { value: { mail?: string | null; userPrincipalName?: string | null }[] };
  const found = page.value.some(
    (u) => (u.mail ?? u.userPrincipalName ?? '').toLowerCase() === person.email.toLowerCase(),
  );
  return `the start of every word ${found ? 'finds' : 'does not find'} the person`;
}

/** Whether another user's `jobTitle` comes back `null` or is left out. */
export async function basicProfile(client: GraphClient, email: string): Promise<string> {
  const user = (await client.sdk
    .api(withQuery(`/users/${encodeURIComponent(email)}`, { $select: 'displayName,jobTitle' }))
    .get()) as Record<string, unknown>;
  if (!('jobTitle' in user)) return 'jobTitle left out';
  return user['jobTitle'] === null ? 'jobTitle null' : 'jobTitle given';
}

/**
 * The meeting chat of a booked Teams meeting, found among the user's chats (`GET /me/chats`,
 * which the app never lists: it is given the chat's id by Teams) by the organiser's event id or
 * the meeting its link names; and how its `joinWebUrl` compares with the event's `joinUrl`.
 */
export async function meetingChatLink(
  client: GraphClient,
  eventId: string,
  joinUrl: string,
): Promise<{ readonly chatId?: string; readonly seen: string }> {
  const page = (await client.sdk.api(withQuery('/me/chats', { $top: 50 })).get()) as {
    value: {
      id: string;
      onlineMeetingInfo?: { calendarEventId?: string | null; joinWebUrl?: string | null } | null;
    }[];
  };
  const key = teamsMeetingKey(joinUrl);
  const chat = page.value.find(
    (c) =>
      c.onlineMeetingInfo?.calendarEventId === eventId ||
      (!!key && teamsMeetingKey(c.onlineMeetingInfo?.joinWebUrl ?? '') === key),
  );
  const link = chat?.onlineMeetingInfo?.joinWebUrl ?? '';
  if (!chat) return { seen: 'no meeting chat among the first 50 chats' };
  const seen =
    link === joinUrl
      ? 'the same text'
      : teamsMeetingKey(link) === key
        ? 'another spelling of the same meeting'
        : `another link: ${link}`;
  return { chatId: chat.id, seen };
}
