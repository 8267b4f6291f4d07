import {
  type DirectoryGroup,
  isOrganisationKind,
  type OrganisationKind,
  TRIO_SEATS,
  type TrioSeat,
} from '../domain';
import type { DraftStorage } from './drafts';
import type { TrioGroups } from './directoryPicks';

/**
 * The organiser's settings, kept per user like the draft: the directory groups that hold the
 * TRIOs' roles, and beside them which kind of organisation this is (kommune, region, hospital),
 * asked once. One entry, so each setting keeps the other when saved.
 */
export function trioGroupsKey(user: string): string {
  return `nm.trio-groups.${user.trim().toLowerCase()}`;
}

function isGroup(value: unknown): value is DirectoryGroup {
  const g = value as Partial<DirectoryGroup> | null;
  return typeof g?.id === 'string' && typeof g.name === 'string';
}

function readSettings(storage: DraftStorage, user: string): Record<string, unknown> {
  try {
    const saved: unknown = JSON.parse(storage.getItem(trioGroupsKey(user)) ?? '{}');
    return typeof saved === 'object' && saved !== null && !Array.isArray(saved)
      ? (saved as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function writeSettings(
  storage: DraftStorage,
  user: string,
  change: Record<string, unknown>,
): boolean {
  try {
    storage.setItem(
      trioGroupsKey(user),
      JSON.stringify({ ...readSettings(storage, user), ...change }),
    );
    return true;
  } catch {
    return false;
  }
}

/** The user's TRIO groups as saved; anything unreadable counts as not set. */
export function loadTrioGroups(storage: DraftStorage, user: string): TrioGroups {
  const saved = readSettings(storage, user);
  const out: Partial<Record<TrioSeat, DirectoryGroup>> = {};
  for (const { seat } of TRIO_SEATS) {
    const group = saved[seat];
    if (isGroup(group)) out[seat] = { id: group.id, name: group.name };
  }
  return out;
}

/** Saves the user's TRIO groups; false when the browser refuses (full, private mode). */
export function saveTrioGroups(storage: DraftStorage, user: string, groups: TrioGroups): boolean {
  const seats = Object.fromEntries(TRIO_SEATS.map(({ seat }) => [seat, groups[seat]]));
  return writeSettings(storage, user, seats);
}

/** Which kind of organisation the user said theirs is; `undefined` until they have said. */
export function loadOrganisationKind(
  storage: DraftStorage,
  user: string,
): OrganisationKind | undefined {
  const kind = readSettings(storage, user)['organisation'];
  return isOrganisationKind(kind) ? kind : undefined;
}

/** Saves the kind of organisation beside the TRIO groups; false when the browser refuses. */
export function saveOrganisationKind(
  storage: DraftStorage,
  user: string,
  kind: OrganisationKind,
): boolean {
  return writeSettings(storage, user, { organisation: kind });
}
