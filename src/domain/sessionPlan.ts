import type { MeetingPlan } from './plan';

/**
 * The plan as the organiser's pane keeps it in Outlook's session data for the send check.
 * Session data holds at most 50,000 characters on Mailbox 1.15 and older (Office's `SessionData`
 * reference), and a plan's JSON passes that at about 330 invitees; the app accepts 500. So the
 * invitees, most of the plan, are written as a table: no keys, each address split into its
 * local part and an index into a table of domains, roles as indices into a table of the roles
 * used, attendance as 0 or 1, and an Entra object id (a GUID) in 22 characters of base64url.
 * Everything else passes through as it is: every other field of the plan, every other field of
 * an invitee, and any field a later schema adds. So decoding gives back the plan's JSON exactly
 * (`sessionPlan.test.ts`), and `validatePlan` finds what it finds on the plan itself.
 */

/** What session data holds on clients with Mailbox 1.15 or older, per add-in and item. */
export const SESSION_DATA_MAX = 50_000;

/** Marks the compact form, and its version, so an older pane's full JSON is still read. */
const FORMAT_KEY = 'nmSession';
const FORMAT_VERSION = 1;

/** The fields of an invitee the table holds; any other field rides in the row's last cell. */
const TABLE_FIELDS = ['id', 'name', 'email', 'roles', 'attendance', 'workplaceId'] as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Row = [string, string, string, number, number[], 0 | 1, (string | 0)?, { [k: string]: Json }?];

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A packed GUID starts with "~" and has 22 characters of base64url; any other id that starts
// with "~" gets a second one, which base64url never holds.
const PACKED = '~';

function packGuid(guid: string): string {
  const hex = guid.replace(/-/g, '');
  let out = PACKED;
  let bits = 0;
  let value = 0;
  for (const digit of hex) {
    value = (value << 4) | parseInt(digit, 16);
    bits += 4;
    while (bits >= 6) {
      bits -= 6;
      out += BASE64URL[(value >> bits) & 63];
    }
    value &= (1 << bits) - 1;
  }
  return bits > 0 ? out + BASE64URL[(value << (6 - bits)) & 63] : out;
}

function unpackGuid(packed: string): string | undefined {
  let hex = '';
  let bits = 0;
  let value = 0;
  for (const char of packed) {
    const digit = BASE64URL.indexOf(char);
    if (digit < 0) return undefined;
    value = (value << 6) | digit;
    bits += 6;
    while (bits >= 4 && hex.length < 32) {
      bits -= 4;
      hex += ((value >> bits) & 15).toString(16);
    }
    value &= (1 << bits) - 1;
  }
  if (hex.length !== 32) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function packId(id: string): string {
  if (GUID.test(id)) return packGuid(id);
  return id.startsWith(PACKED) ? PACKED + id : id;
}

function unpackId(id: string): string | undefined {
  if (!id.startsWith(PACKED)) return id;
  if (id.startsWith(PACKED + PACKED)) return id.slice(1);
  return unpackGuid(id.slice(1));
}

/** Index of a value in a table, added if new. */
function indexIn(table: string[], index: Map<string, number>, value: string): number {
  let at = index.get(value);
  if (at === undefined) {
    at = table.length;
    table.push(value);
    index.set(value, at);
  }
  return at;
}

/**
 * The plan in its compact form for session data, as JSON text. The caller checks its length
 * against {@link SESSION_DATA_MAX} before writing anything.
 */
export function sessionPlanText(plan: MeetingPlan): string {
  const domains: string[] = [];
  const domainIndex = new Map<string, number>();
  const roles: string[] = [];
  const roleIndex = new Map<string, number>();
  const rows = plan.invitees.map((invitee): Row => {
    const at = invitee.email.lastIndexOf('@');
    // An address without "@" is kept whole (domain -1): validation names it as invalid.
    const local = at < 0 ? invitee.email : invitee.email.slice(0, at);
    const domain = at < 0 ? -1 : indexIn(domains, domainIndex, invitee.email.slice(at + 1));
    const row: Row = [
      packId(invitee.id),
      invitee.name,
      local,
      domain,
      invitee.roles.map((r) => indexIn(roles, roleIndex, r)),
      invitee.attendance === 'optional' ? 1 : 0,
    ];
    const rest: { [k: string]: Json } = {};
    let more = false;
    for (const [key, value] of Object.entries(invitee)) {
      if ((TABLE_FIELDS as readonly string[]).includes(key) || value === undefined) continue;
      rest[key] = value as Json;
      more = true;
    }
    if (invitee.workplaceId !== undefined || more) row.push(invitee.workplaceId ?? 0);
    if (more) row.push(rest);
    return row;
  });
  // Every field of the plan in its place, the invitees as the table.
  const compact: { [k: string]: unknown } = { [FORMAT_KEY]: FORMAT_VERSION };
  for (const [key, value] of Object.entries(plan)) {
    compact[key] = key === 'invitees' ? { domains, roles, rows } : value;
  }
  return JSON.stringify(compact);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (v: unknown): v is string => typeof v === 'string';

function inviteeOf(row: unknown, domains: unknown[], roles: unknown[]): unknown {
  if (!Array.isArray(row) || row.length < 6) return undefined;
  const [id, name, local, domain, roleIndices, attendance, workplaceId, rest] = row as unknown[];
  const domainName = domain === -1 ? '' : domains[domain as number];
  const unpacked = isString(id) ? unpackId(id) : undefined;
  if (
    unpacked === undefined ||
    !isString(name) ||
    !isString(local) ||
    !isString(domainName) ||
    !Array.isArray(roleIndices) ||
    (attendance !== 0 && attendance !== 1)
  ) {
    return undefined;
  }
  const invitee: Record<string, unknown> = {
    id: unpacked,
    name,
    email: domain === -1 ? local : `${local}@${domainName}`,
    roles: roleIndices.map((i) => roles[i as number]),
    attendance: attendance === 1 ? 'optional' : 'required',
  };
  if (isString(workplaceId)) invitee['workplaceId'] = workplaceId;
  return isRecord(rest) ? { ...invitee, ...rest } : invitee;
}

/**
 * The stored plan's JSON value from session data's text: the compact form decoded, or an older
 * pane's full JSON as it is. Not checked: the caller holds it to the schema (`readCurrentPlan`,
 * `parsePlan`). Undefined for text that is not JSON or a compact form that does not decode.
 */
export function storedPlanFromSession(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value[FORMAT_KEY] === undefined) return value;
  if (value[FORMAT_KEY] !== FORMAT_VERSION) return undefined;
  const table = value['invitees'];
  if (!isRecord(table)) return undefined;
  const { domains, roles, rows } = table;
  if (!Array.isArray(domains) || !Array.isArray(roles) || !Array.isArray(rows)) return undefined;
  const invitees = rows.map((row) => inviteeOf(row, domains, roles));
  if (invitees.includes(undefined)) return undefined;
  const plan: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key !== FORMAT_KEY) plan[key] = key === 'invitees' ? invitees : field;
  }
  return plan;
}
