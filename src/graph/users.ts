import type { DirectoryPerson } from '../domain';
import type { PageDto, PersonDto, UserDto } from './dto';
import { call, type GraphClient } from './graphClient';

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

/** OData string literal: single quotes doubled. */
export function odataString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** `GET /me`: the signed-in user. */
export async function getMe(graph: GraphClient): Promise<DirectoryPerson> {
  return personFromUser(
    await call(() => graph.sdk.api('/me').select(USER_SELECT).get() as Promise<UserDto>),
  );
}

/** `GET /users?$filter=startswith(...)`: directory users whose name or address starts with the text. */
export async function searchUsers(
  graph: GraphClient,
  text: string,
  top = 15,
): Promise<DirectoryPerson[]> {
  const q = odataString(text.trim());
  const filter = ['displayName', 'givenName', 'surname', 'mail']
    .map((p) => `startswith(${p},${q})`)
    .join(' or ');
  const page = await call(
    () =>
      graph.sdk.api('/users').filter(filter).select(USER_SELECT).top(top).get() as Promise<
        PageDto<UserDto>
      >,
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
        .api('/me/people')
        .search(`"${text.trim().replace(/"/g, '')}"`)
        .top(top)
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
 * People for a search box: those the user works with first (people API), then the rest of the
 * directory, each address once. Both lookups run at the same time.
 */
export async function findPeople(graph: GraphClient, text: string): Promise<DirectoryPerson[]> {
  if (text.trim().length < 2) return [];
  const [people, users] = await Promise.all([searchPeople(graph, text), searchUsers(graph, text)]);
  const seen = new Set<string>();
  return [...people, ...users].filter((p) => {
    const key = p.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
