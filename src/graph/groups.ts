import type { DirectoryGroup, DirectoryPerson } from '../domain';
import { batchError, sendBatch, type BatchRequest } from './batch';
import type { GroupDto, PageDto, UserDto } from './dto';
import { call, type GraphClient, pathOf } from './graphClient';
import { withQuery } from './query';
import { ADVANCED_QUERY_HEADER, personFromUser, searchClause, USER_SELECT } from './users';

/** Graph's largest page for directory objects. */
export const MEMBERS_PAGE_SIZE = 999;

/**
 * `GET /groups?$search="displayName:…" OR "description:…"`: groups the organiser can pick, found
 * by the start of any word of their name or description ("AMR" finds "Alle AMR").
 */
export async function searchGroups(
  graph: GraphClient,
  text: string,
  top = 20,
): Promise<DirectoryGroup[]> {
  const page = await call(
    () =>
      graph.sdk
        .api(
          withQuery('/groups', {
            $search: `${searchClause('displayName', text)} OR ${searchClause('description', text)}`,
            $select: 'id,displayName,description',
            $top: top,
          }),
        )
        .header(ADVANCED_QUERY_HEADER.name, ADVANCED_QUERY_HEADER.value)
        .get() as Promise<PageDto<GroupDto>>,
  );
  return page.value.map((g) => ({
    id: g.id,
    name: g.displayName ?? g.id,
    description: g.description ?? undefined,
  }));
}

/**
 * The groups directly inside a group (`GET /groups/{id}/members/microsoft.graph.group`): the
 * workplaces an administration's group holds, so the organiser can split it into them. Paged.
 */
export async function memberGroups(graph: GraphClient, groupId: string): Promise<DirectoryGroup[]> {
  const out: DirectoryGroup[] = [];
  let page = await call(
    () =>
      graph.sdk
        .api(
          withQuery(`/groups/${encodeURIComponent(groupId)}/members/microsoft.graph.group`, {
            $select: 'id,displayName,description',
            $top: MEMBERS_PAGE_SIZE,
          }),
        )
        .get() as Promise<PageDto<GroupDto>>,
  );
  for (;;) {
    out.push(
      ...page.value.map((g) => ({
        id: g.id,
        name: g.displayName ?? g.id,
        description: g.description ?? undefined,
      })),
    );
    const link = page['@odata.nextLink'];
    if (!link) return out;
    page = await call(() => graph.sdk.api(pathOf(graph, link)).get() as Promise<PageDto<GroupDto>>);
  }
}

/** The first page of a group's users, nested groups expanded. */
export function membersPath(groupId: string): string {
  return withQuery(
    `/groups/${encodeURIComponent(groupId)}/transitiveMembers/microsoft.graph.user`,
    {
      $select: USER_SELECT,
      $top: MEMBERS_PAGE_SIZE,
    },
  );
}

/**
 * Every user in each group, through nested groups, in as few round trips as Graph allows:
 * the first page of every group in `$batch` calls (20 a call, sent together), then each
 * following page of every group that has one, again together.
 */
export async function groupMembers(
  graph: GraphClient,
  groupIds: readonly string[],
): Promise<Map<string, DirectoryPerson[]>> {
  const members = new Map<string, DirectoryPerson[]>(groupIds.map((id) => [id, []]));
  let pending: BatchRequest[] = [...new Set(groupIds)].map((id) => ({
    id,
    method: 'GET',
    url: membersPath(id),
  }));
  while (pending.length > 0) {
    const answers = await sendBatch(graph, pending);
    const next: BatchRequest[] = [];
    for (const request of pending) {
      const answer = answers.get(request.id);
      if (!answer || answer.status >= 400)
        throw answer ? batchError(answer) : new Error(`No answer for group ${request.id}`);
      const page = answer.body as PageDto<UserDto>;
      members.get(request.id)?.push(...page.value.map(personFromUser).filter((p) => p.email));
      const link = page['@odata.nextLink'];
      if (link) next.push({ id: request.id, method: 'GET', url: pathOf(graph, link) });
    }
    pending = next;
  }
  return members;
}
