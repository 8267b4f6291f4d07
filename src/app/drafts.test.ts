import { describe, expect, it } from 'vitest';
import { aCoveredPlan } from '../domain/testBuilders.testSupport';
import { type DraftStorage, DraftStore, draftKey } from './drafts';
import { memoryStorage } from './memoryStorage.testSupport';

const at = () => new Date('2027-02-01T10:00:00Z');

describe('drafts', () => {
  it('comes back as saved, per user', () => {
    const storage = memoryStorage();
    const drafts = new DraftStore(storage, at);
    const plan = aCoveredPlan();
    expect(drafts.save('Signe@Egeskov.example', plan)).toBe(true);
    expect(drafts.load('signe@egeskov.example')).toEqual({
      kind: 'draft',
      plan,
      savedAt: '2027-02-01T10:00:00.000Z',
    });
    expect(drafts.load('mads@egeskov.example')).toEqual({ kind: 'none' });
  });

  it('keeps a draft that no longer reads aside, with the reason, instead of throwing it away', () => {
    const storage = memoryStorage();
    const drafts = new DraftStore(storage, at);
    const broken = { savedAt: 'x', plan: { ...aCoveredPlan(), date: '2027-02-30' } };
    storage.setItem(draftKey('signe@egeskov.example'), JSON.stringify(broken));
    const loaded = drafts.load('signe@egeskov.example');
    expect(loaded.kind).toBe('unreadable');
    if (loaded.kind !== 'unreadable') return;
    expect(loaded.errors.map((e) => e.path)).toEqual(['date']);
    expect(storage.getItem(loaded.keptAs)).toBe(JSON.stringify(broken));
    expect(drafts.keptAside('signe@egeskov.example')).toEqual([loaded.keptAs]);
    expect(drafts.load('signe@egeskov.example')).toEqual({ kind: 'none' });
  });

  it('never throws on a draft too large to copy beside itself: it is moved aside whole', () => {
    const user = 'signe@egeskov.example';
    // A draft the schema refuses (an oversized plan), and a storage it fills more than half of.
    const plan = { ...aCoveredPlan(), title: { da: 'x'.repeat(20_000), en: 'x' } };
    const text = JSON.stringify({ savedAt: 'x', plan });
    const storage = memoryStorage({ quota: text.length * 1.5 });
    storage.setItem(draftKey(user), text);
    const drafts = new DraftStore(storage, at);
    const loaded = drafts.load(user);
    expect(loaded.kind).toBe('unreadable');
    if (loaded.kind !== 'unreadable') return;
    expect(loaded.keptAs).not.toBe(draftKey(user));
    expect(storage.getItem(loaded.keptAs)).toBe(text);
    expect(storage.getItem(draftKey(user))).toBeNull();
  });

  it('never throws where the browser refuses storage: no draft, and nothing thrown away', () => {
    const refusing: DraftStorage = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      removeItem: () => undefined,
      key: () => null,
      length: 0,
    };
    expect(new DraftStore(refusing, at).load('a@b.example')).toEqual({ kind: 'none' });
    const storage = memoryStorage();
    storage.setItem(draftKey('a@b.example'), '{"plan": 3}');
    const full: DraftStorage = {
      ...storage,
      getItem: (k) => storage.getItem(k),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => undefined,
      key: (i) => storage.key(i),
      length: storage.length,
    };
    const loaded = new DraftStore(full, at).load('a@b.example');
    expect(loaded).toMatchObject({ kind: 'unreadable', keptAs: draftKey('a@b.example') });
    expect(storage.getItem(draftKey('a@b.example'))).toBe('{"plan": 3}');
  });

  it('keeps text that is not JSON at all aside too', () => {
    const storage = memoryStorage();
    storage.setItem(draftKey('a@b.example'), '{"plan": ');
    const loaded = new DraftStore(storage, at).load('a@b.example');
    expect(loaded).toMatchObject({
      kind: 'unreadable',
      keptAs: 'nm.draft.a@b.example.unreadable.2027-02-01T10:00:00.000Z',
    });
    expect(storage.map.get('nm.draft.a@b.example.unreadable.2027-02-01T10:00:00.000Z')).toBe(
      '{"plan": ',
    );
  });

  it('says so when the browser refuses to save, and stores nothing but the plan', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(new DraftStore(full, at).save('a@b.example', aCoveredPlan())).toBe(false);
    const storage = memoryStorage();
    new DraftStore(storage, at).save('a@b.example', aCoveredPlan());
    expect([...storage.map.keys()]).toEqual(['nm.draft.a@b.example']);
    expect(Object.keys(JSON.parse(storage.map.get('nm.draft.a@b.example') ?? '{}'))).toEqual([
      'savedAt',
      'plan',
    ]);
  });
});
