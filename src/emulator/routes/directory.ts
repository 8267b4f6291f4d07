import type { DemoGroup, DemoUser } from '../demoTenant';
import type { EmulatorCore } from '../core';
import { type EmRequest, type EmResponse, GraphFault, json } from '../http';
import { parseDirectorySearch } from '../directorySearch';
import { applySelect, objectReader, ODataError, parseFilter } from '../odata';

const DEFAULT_USER_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];

/** A user as Graph returns one, all properties the emulator knows. */
export function userDto(u: DemoUser): Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: u.displayName,
    givenName: u.givenName,
    jobTitle: u.jobTitle,
    mail: u.mail,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'da-DK',
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
    id: u.id,
    department: u.department,
  };
}

/**
 * The properties `User.ReadBasic.All` (the app's scope for other users) reads: Graph's
 * "basic profile", plus the id. The rest of another user's profile comes back empty.
 */
const BASIC_PROFILE = new Set([
  'id',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
]);

/** A user as the caller may read them: all of their own profile, another's basic profile only. */
function visibleUser(u: DemoUser, viewer: DemoUser): Record<string, unknown> {
  const dto = userDto(u);
  if (u.id === viewer.id) return dto;
  return Object.fromEntries(
    Object.entries(dto).map(([k, v]) => [k, BASIC_PROFILE.has(k) ? v : null]),
  );
}

function selectUser(u: DemoUser, select: string | null, viewer: DemoUser): Record<string, unknown> {
  const dto = visibleUser(u, viewer);
  if (select) return applySelect(dto, select);
  return Object.fromEntries(
    Object.entries(dto).filter(([k]) => DEFAULT_USER_PROPERTIES.includes(k)),
  );
}

function groupDto(g: DemoGroup): Record<string, unknown> {
  return {
    id: g.id,
    displayName: g.displayName,
    description: g.description,
    mail: g.mail,
    mailEnabled: true,
    securityEnabled: true,
    groupTypes: [],
  };
}

/** `$top` within Graph's limits for directory objects (default 100, at most 999). */
function pageSize(req: EmRequest, max = 999, fallback = 100): number {
  const top = req.query.get('$top');
  if (top === null) return fallback;
  const n = Number(top);
  if (!Number.isInteger(n) || n < 1)
    throw new GraphFault(400, 'Request_BadRequest', `Invalid value '${top}' for $top.`);
  if (n > max)
    throw new GraphFault(
      400,
      'Request_BadRequest',
      `Invalid page size specified: '${n}'. Must be between 1 and ${max} inclusive.`,
    );
  return n;
}

/** A page of a collection with `@odata.nextLink` carrying an opaque `$skiptoken`. */
export function page(
  req: EmRequest,
  items: readonly unknown[],
  size: number,
  context: string,
): EmResponse {
  const token = req.query.get('$skiptoken');
  const offset = token
    ? Number(
        Buffer.from(token, 'base64url')
          .toString('utf8')
          .replace(/^offset:/, ''),
      )
    : 0;
  if (!Number.isInteger(offset) || offset < 0)
    throw new GraphFault(400, 'Request_BadRequest', 'The $skiptoken is invalid.');
  const slice = items.slice(offset, offset + size);
  const body: Record<string, unknown> = {
    '@odata.context': `${req.root}/$metadata#${context}`,
    value: slice,
  };
  if (offset + size < items.length) {
    const next = new URLSearchParams(req.query);
    next.set('$skiptoken', Buffer.from(`offset:${offset + size}`).toString('base64url'));
    body['@odata.nextLink'] = `${req.root}${req.path}?${next.toString()}`;
  }
  return json(200, body, req.requestId);
}

function filtered<T>(
  req: EmRequest,
  items: readonly T[],
  dto: (item: T) => Record<string, unknown>,
): T[] {
  const filter = req.query.get('$filter');
  if (!filter) return [...items];
  try {
    const predicate = parseFilter(filter);
    return items.filter((item) => predicate(objectReader(dto(item))));
  } catch (e) {
    if (e instanceof ODataError) throw new GraphFault(400, 'Request_UnsupportedQuery', e.message);
    throw e;
  }
}

function searched<T>(
  req: EmRequest,
  items: readonly T[],
  dto: (item: T) => Record<string, unknown>,
): T[] {
  const search = req.query.get('$search');
  if (!search) return [...items];
  if ((req.headers['consistencylevel'] ?? '').toLowerCase() !== 'eventual') {
    throw new GraphFault(
      400,
      'Request_UnsupportedQuery',
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  }
  try {
    const predicate = parseDirectorySearch(search);
    return items.filter((item) => predicate(objectReader(dto(item))));
  } catch (e) {
    if (e instanceof ODataError) throw new GraphFault(400, 'Request_UnsupportedQuery', e.message);
    throw e;
  }
}

/** `GET /me`. */
export function getMe(_core: EmulatorCore, req: EmRequest): EmResponse {
  return json(
    200,
    {
      '@odata.context': `${req.root}/$metadata#users/$entity`,
      ...selectUser(req.user, req.query.get('$select'), req.user),
    },
    req.requestId,
  );
}

/** `GET /users`, with `$filter`, `$search`, `$select`, `$top` and paging. */
export function listUsers(core: EmulatorCore, req: EmRequest): EmResponse {
  const users = searched(req, filtered(req, core.tenant.users, userDto), userDto);
  const select = req.query.get('$select');
  return page(
    req,
    users.map((u) => selectUser(u, select, req.user)),
    pageSize(req),
    'users',
  );
}

/** `GET /users/{id | userPrincipalName}`. */
export function getUser(core: EmulatorCore, req: EmRequest, id: string): EmResponse {
  const user = core.user(decodeURIComponent(id));
  if (!user)
    throw new GraphFault(
      404,
      'Request_ResourceNotFound',
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    );
  return json(200, selectUser(user, req.query.get('$select'), req.user), req.requestId);
}

/** `GET /me/people?$search=…`: people ranked by how much the user works with them. */
export function searchPeople(core: EmulatorCore, req: EmRequest): EmResponse {
  const raw = (req.query.get('$search') ?? '').replace(/^"|"$/g, '').trim().toLowerCase();
  const top = pageSize(req, 1000, 10);
  const myGroups = core.tenant.groups.filter(
    (g) => g.memberIds.includes(req.user.id) && g.id !== core.tenant.allStaffGroupId,
  );
  const close = new Set(myGroups.flatMap((g) => g.memberIds));
  const matches = core.tenant.users.filter((u) => {
    if (!raw) return close.has(u.id);
    const words = `${u.displayName} ${u.mail}`.toLowerCase().split(/[\s.@-]+/);
    return raw.split(/\s+/).every((part) => words.some((w) => w.startsWith(part)));
  });
  const ranked = matches
    .map((u) => ({ u, score: (close.has(u.id) ? 10 : 1) + (u.jobTitle === 'Medarbejder' ? 0 : 2) }))
    .sort((a, b) => b.score - a.score || a.u.displayName.localeCompare(b.u.displayName, 'da'))
    .slice(0, top);
  const value = ranked.map(({ u, score }) => ({
    id: u.id,
    displayName: u.displayName,
    givenName: u.givenName,
    surname: u.surname,
    jobTitle: u.jobTitle,
    department: u.department,
    companyName: core.tenant.name,
    userPrincipalName: u.userPrincipalName,
    scoredEmailAddresses: [
      { address: u.mail, relevanceScore: score, selectionLikelihood: 'notSpecified' },
    ],
    phones: [],
    personType: { class: 'Person', subclass: 'OrganizationUser' },
  }));
  return json(
    200,
    { '@odata.context': `${req.root}/$metadata#users('${req.user.id}')/people`, value },
    req.requestId,
  );
}

/** `GET /groups`, with `$filter` or `$search`. */
export function listGroups(core: EmulatorCore, req: EmRequest): EmResponse {
  const groups = searched(req, filtered(req, core.tenant.groups, groupDto), groupDto);
  return page(
    req,
    groups.map((g) => applySelect(groupDto(g), req.query.get('$select'))),
    pageSize(req),
    'groups',
  );
}

/** `GET /groups/{id}`. */
export function getGroup(core: EmulatorCore, req: EmRequest, id: string): EmResponse {
  const group = core.group(id);
  if (!group) throw notFoundGroup(id);
  return json(200, applySelect(groupDto(group), req.query.get('$select')), req.requestId);
}

function notFoundGroup(id: string): GraphFault {
  return new GraphFault(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

/** `GET /groups/{id}/members/microsoft.graph.group`: the groups directly inside it, paged. */
export function memberGroups(core: EmulatorCore, req: EmRequest, id: string): EmResponse {
  const group = core.group(id);
  if (!group) throw notFoundGroup(id);
  const select = req.query.get('$select');
  const items = group.groupIds.flatMap((gid) => {
    const nested = core.group(gid);
    return nested
      ? [{ '@odata.type': '#microsoft.graph.group', ...applySelect(groupDto(nested), select) }]
      : [];
  });
  return page(req, items, pageSize(req), 'groups');
}

/** `GET /groups/{id}/transitiveMembers[/microsoft.graph.user]`, paged. */
export function transitiveMembers(
  core: EmulatorCore,
  req: EmRequest,
  id: string,
  usersOnly: boolean,
): EmResponse {
  const group = core.group(id);
  if (!group) throw notFoundGroup(id);
  const all = core.transitiveMembers(group);
  // Advanced queries ($filter, $search) work on transitiveMembers as on /users and /groups.
  const users = searched(req, filtered(req, all.users, userDto), userDto);
  const groups = searched(req, filtered(req, all.groups, groupDto), groupDto);
  const select = req.query.get('$select');
  const items = [
    ...users.map((u) => ({
      '@odata.type': '#microsoft.graph.user',
      ...selectUser(u, select, req.user),
    })),
    ...(usersOnly
      ? []
      : groups.map((g) => ({
          '@odata.type': '#microsoft.graph.group',
          ...applySelect(groupDto(g), select),
        }))),
  ];
  return page(req, items, pageSize(req), 'directoryObjects');
}
