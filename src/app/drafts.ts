import { type MeetingPlan, parsePlanJson, type PlanError } from '../domain';

/** Browser storage as the draft store uses it (localStorage in the app, a map in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** What was found when the tab opened. */
export type DraftLoad =
  | { readonly kind: 'none' }
  | { readonly kind: 'draft'; readonly plan: MeetingPlan; readonly savedAt: string }
  | {
      /** A draft that no longer reads as a plan: kept aside under `keptAs`, never thrown away. */
      readonly kind: 'unreadable';
      readonly errors: readonly PlanError[];
      readonly keptAs: string;
    };

const PREFIX = 'nm.draft.';

/** The storage key of a user's draft: one per signed-in user, so people sharing a PC keep theirs apart. */
export function draftKey(user: string): string {
  return `${PREFIX}${user.trim().toLowerCase()}`;
}

/**
 * The organiser's draft, saved after every change and read back after a reload or a crash. It
 * holds only the plan (never a token). A draft that no longer parses (a newer or older app, a
 * hand edit) is moved aside with a message, so nothing the organiser typed is lost.
 */
export class DraftStore {
  constructor(
    private readonly storage: DraftStorage,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Reads the user's draft. Never throws: storage the browser refuses to read (blocked, a
   * privacy mode) is no draft; a draft too large to copy aside next to itself (the quota) is
   * moved aside instead, and left where it was if even that fails.
   */
  load(user: string): DraftLoad {
    const key = draftKey(user);
    let text: string | null;
    try {
      text = this.storage.getItem(key);
    } catch {
      return { kind: 'none' };
    }
    if (text === null) return { kind: 'none' };
    let envelope: { savedAt?: unknown; plan?: unknown } | undefined;
    try {
      envelope = JSON.parse(text) as typeof envelope;
    } catch {
      envelope = undefined;
    }
    const parsed = parsePlanJson(JSON.stringify(envelope?.plan ?? null));
    if (envelope && parsed.ok) {
      return { kind: 'draft', plan: parsed.plan, savedAt: String(envelope.savedAt ?? '') };
    }
    const keptAs = this.keepAside(key, text);
    const errors = parsed.ok
      ? [
          {
            path: '(draft)',
            message: { da: 'Kladden kunne ikke læses.', en: 'The draft could not be read.' },
          },
        ]
      : parsed.errors;
    return { kind: 'unreadable', errors, keptAs };
  }

  /**
   * Moves an unreadable draft to a key of its own and says which. Copied first; when the copy
   * does not fit beside it (the quota), the original is taken away first; when even that fails,
   * the draft stays where it is (nothing is thrown away) and its own key is named.
   */
  private keepAside(key: string, text: string): string {
    const keptAs = `${key}.unreadable.${this.now().toISOString()}`;
    try {
      this.storage.setItem(keptAs, text);
      this.storage.removeItem(key);
      return keptAs;
    } catch {
      // Too large to be there twice.
    }
    try {
      this.storage.removeItem(key);
      this.storage.setItem(keptAs, text);
      return keptAs;
    } catch {
      try {
        if (this.storage.getItem(key) === null) this.storage.setItem(key, text);
      } catch {
        // The browser refuses every write: nothing more can be done here.
      }
      return key;
    }
  }

  /** Saves the user's draft; false when the browser refused (storage full or blocked). */
  save(user: string, plan: MeetingPlan): boolean {
    try {
      this.storage.setItem(
        draftKey(user),
        JSON.stringify({ savedAt: this.now().toISOString(), plan }),
      );
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets the user's draft (after it was sent). */
  clear(user: string): void {
    this.storage.removeItem(draftKey(user));
  }

  /** The drafts kept aside for a user, newest first. */
  keptAside(user: string): string[] {
    const prefix = `${draftKey(user)}.unreadable.`;
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys.sort().reverse();
  }
}
