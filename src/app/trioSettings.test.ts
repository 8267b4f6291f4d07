import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memoryStorage.testSupport';
import {
  loadOrganisationKind,
  loadTrioGroups,
  saveOrganisationKind,
  saveTrioGroups,
  trioGroupsKey,
} from './trioSettings';

describe('TRIO group settings', () => {
  it('come back as saved, per user', () => {
    const storage = memoryStorage();
    const groups = { leader: { id: 'g1', name: 'Ledere' }, tr: { id: 'g3', name: 'Alle TR' } };
    expect(saveTrioGroups(storage, 'Signe@Egeskov.example', groups)).toBe(true);
    expect(loadTrioGroups(storage, 'signe@egeskov.example')).toEqual(groups);
    expect(loadTrioGroups(storage, 'other@egeskov.example')).toEqual({});
  });

  it('count an unreadable or tampered setting as not set', () => {
    const storage = memoryStorage();
    storage.setItem(trioGroupsKey('a@b.dk'), '{not json');
    expect(loadTrioGroups(storage, 'a@b.dk')).toEqual({});
    storage.setItem(trioGroupsKey('a@b.dk'), JSON.stringify({ leader: { id: 7 }, amr: null }));
    expect(loadTrioGroups(storage, 'a@b.dk')).toEqual({});
  });

  it('keep the kind of organisation beside the TRIO groups, each saved without losing the other', () => {
    const storage = memoryStorage();
    expect(loadOrganisationKind(storage, 'a@b.dk')).toBeUndefined();
    const groups = { leader: { id: 'g1', name: 'Ledere' } };
    saveTrioGroups(storage, 'a@b.dk', groups);
    expect(saveOrganisationKind(storage, 'A@b.dk', 'hospital')).toBe(true);
    expect(loadOrganisationKind(storage, 'a@b.dk')).toBe('hospital');
    expect(loadTrioGroups(storage, 'a@b.dk')).toEqual(groups);
    saveTrioGroups(storage, 'a@b.dk', { ...groups, tr: { id: 'g3', name: 'Alle TR' } });
    expect(loadOrganisationKind(storage, 'a@b.dk')).toBe('hospital');
    storage.setItem(trioGroupsKey('a@b.dk'), JSON.stringify({ organisation: 'ministerium' }));
    expect(loadOrganisationKind(storage, 'a@b.dk')).toBeUndefined();
  });

  it('report a browser that refuses to store', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveTrioGroups(full, 'a@b.dk', {})).toBe(false);
  });
});
