import type { DirectoryPerson } from '../domain';
import type { PageDto, PersonDto, UserDto } from './dto';
import { call, type GraphClient } from './graphClient';
import { searchText, withQuery } from './query';

/** The user properties the app reads. */
export const USER_SELECT = 'id,displayName,mail,userPrincipalName,jobTitle,department';

/** A directory user as a domain person: the address is `mail`, or the UPN when there is none. */
export function personFromUser(u: UserDto): DirectoryPerson {
  return {
    id: u.id,
    name: u.displayName ?? u.mail ?? u.userPrincipalName ?? u.id,
    email: u.mail ?? u.userPrincipalName ?? '',
    jobTitle: u.jobTitle ?? undefined,
    department: u.department ?? undefined,
  };
}

/** `GET /me`: the signed-in user. */
export async function getMe(graph: GraphClient): Promise<DirectoryPerson> {
  return personFromUser(
    await call(
      () => graph.sdk.api(withQuery('/me', { $select: USER_SELECT })).get() as Promise<UserDto>,
    ),
  );
}

/**
 * One directory `$search` clause: `"property:text"`, a double quote or backslash in the text
 * escaped with a backslash, as Graph's `$search` syntax asks; the text as `searchText` cuts it.
 */
export function searchClause(property: string, text: string): string {
  return `"${property}:${searchText(text).replace(/[\\"]/g, '\\$&')}"`;
}

/** Graph serves `$search` on directory objects only as an advanced query, with this header. */
export const ADVANCED_QUERY_HEADER = { name: 'ConsistencyLevel', value: 'eventual' } as const;

/**
 * `GET /users?$search="displayName:…" OR "mail:…"`: directory users with a word of their name
 * starting with the text, or an address starting with it.
 */
export async function searchUsers(
  graph: GraphClient,
  text: string,
  top = 15,
): Promise<DirectoryPerson[]> {
  return usersFoundAt(graph, '/users', text, top);
}

/**
 * `GET /groups/{id}/transitiveMembers/microsoft.graph.user?$search=…`: the group's users (nested
 * groups included) found as `searchUsers` finds them.
 */
export async function searchGroupUsers(
  graph: GraphClient,
  groupId: string,
  text: string,
  top = 15,
): Promise<DirectoryPerson[]> {
  const path = `/groups/${encodeURIComponent(groupId)}/transitiveMembers/microsoft.graph.user`;
  return usersFoundAt(graph, path, text, top);
}

/** One `$search` by any word of the name, or the start of the address, over a user collection. */
async function usersFoundAt(
  graph: GraphClient,
  path: string,
  text: string,
  top: number,
): Promise<DirectoryPerson[]> {
  const page = await call(
    () =>
      graph.sdk
        .api(
          withQuery(path, {
            $search: `${searchClause('displayName', text)} OR ${searchClause('mail', text)}`,
            $select: USER_SELECT,
            $top: top,
          }),
        )
        .header(ADVANCED_QUERY_HEADER.name, ADVANCED_QUERY_HEADER.value)
        .get() as Promise<PageDto<UserDto>>,
  );
  return page.value.map(personFromUser).filter((p) => p.email);
}

/** `GET /me/people?$search=`: people ranked by how much the user works with them. */
export async function searchPeople(
  graph: GraphClient,
  text: string,
  top = 10,
): Promise<DirectoryPerson[]> {
  const page = await call(
    () =>
      graph.sdk
        .api(
          withQuery('/me/people', {
            $search: `"${searchText(text).replace(/"/g, '')}"`,
            $top: top,
          }),
        )
        .get() as Promise<PageDto<PersonDto>>,
  );
  return page.value.flatMap((p) => {
    const email = p.scoredEmailAddresses?.[0]?.address ?? p.userPrincipalName;
    return email
      ? [
          {
            id: p.id,
            name: p.displayName ?? email,
            email,
            jobTitle: p.jobTitle ?? undefined,
            department: p.department ?? undefined,
          },
        ]
      : [];
  });
}

/**
 * People for a search box: the members of `firstFrom` (a workplace's group) first when given,
 * then those the user works with (people API), then the rest of the directory, each address
 * once. The lookups run at the same time.
 */
export async function findPeople(
  graph: GraphClient,
  text: string,
  firstFrom?: string,
): Promise<DirectoryPerson[]> {
  if (searchText(text).length < 2) return [];
  const [members, people, users] = await Promise.all([
    firstFrom ? searchGroupUsers(graph, firstFrom, text) : Promise.resolve([]),
    searchPeople(graph, text),
    searchUsers(graph, text),
  ]);
  const seen = new Set<string>();
  return [...members, ...people, ...users].filter((p) => {
    const key = p.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
