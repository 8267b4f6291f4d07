import type { InvitedMeeting } from '../domain';
import type { EventDto, PageDto } from './dto';
import { EVENT_SELECT, meetingFromEvent, PREFER_COPENHAGEN } from './eventMapping';
import { call, type GraphClient, pathOf } from './graphClient';

/**
 * The meetings others organise in a range, as the user's own copies with their bodies: those carry
 * no plan (Exchange keeps the organiser's extension), so the app tells network meetings by the
 * reference their body ends with. Bodies are read, so the pages are kept small.
 */
export async function listInvitedMeetings(
  graph: GraphClient,
  range: { readonly start: string; readonly end: string },
  pageSize = 25,
): Promise<InvitedMeeting[]> {
  const utc = (iso: string) => new Date(iso).toISOString().slice(0, 19);
  const filter = `start/dateTime ge '${utc(range.start)}' and start/dateTime lt '${utc(range.end)}'`;
  const out: InvitedMeeting[] = [];
  const take = (page: PageDto<EventDto>) => {
    for (const event of page.value) {
      const meeting = meetingFromEvent(event);
      if (!meeting.isOrganizer) out.push({ ...meeting, html: event.body?.content ?? '' });
    }
  };
  let page = await call(
    () =>
      graph.sdk
        .api('/me/events')
        .header('Prefer', PREFER_COPENHAGEN)
        .filter(filter)
        .select(`${EVENT_SELECT},body`)
        .orderby('start/dateTime')
        .top(pageSize)
        .get() as Promise<PageDto<EventDto>>,
  );
  for (;;) {
    take(page);
    const next = page['@odata.nextLink'];
    if (!next) return out;
    page = await call(
      () =>
        graph.sdk.api(pathOf(graph, next)).header('Prefer', PREFER_COPENHAGEN).get() as Promise<
          PageDto<EventDto>
        >,
    );
  }
}
