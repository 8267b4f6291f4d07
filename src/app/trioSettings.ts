import { type DirectoryGroup, TRIO_SEATS, type TrioSeat } from '../domain';
import type { DraftStorage } from './drafts';
import type { TrioGroups } from './directoryPicks';

/** The storage key of a user's TRIO groups; a setting, kept per user like the draft. */
export function trioGroupsKey(user: string): string {
  return `nm.trio-groups.${user.trim().toLowerCase()}`;
}

function isGroup(value: unknown): value is DirectoryGroup {
  const g = value as Partial<DirectoryGroup> | null;
  return typeof g?.id === 'string' && typeof g.name === 'string';
}

/** The user's TRIO groups as saved; anything unreadable counts as not set. */
export function loadTrioGroups(storage: DraftStorage, user: string): TrioGroups {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(trioGroupsKey(user)) ?? '{}');
  } catch {
    return {};
  }
  const out: Partial<Record<TrioSeat, DirectoryGroup>> = {};
  for (const { seat } of TRIO_SEATS) {
    const group = (saved as Record<string, unknown> | null)?.[seat];
    if (isGroup(group)) out[seat] = { id: group.id, name: group.name };
  }
  return out;
}

/** Saves the user's TRIO groups; false when the browser refuses (full, private mode). */
export function saveTrioGroups(storage: DraftStorage, user: string, groups: TrioGroups): boolean {
  try {
    storage.setItem(trioGroupsKey(user), JSON.stringify(groups));
    return true;
  } catch {
    return false;
  }
}
