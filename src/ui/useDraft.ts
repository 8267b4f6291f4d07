import { useEffect, useMemo, useRef, useState } from 'react';
import { type DraftLoad, type DraftStorage, DraftStore } from '../app/drafts';

const NONE: DraftLoad = { kind: 'none' };

/**
 * The signed-in user's draft as the start screen offers it, read once per user. Reading moves an
 * unreadable draft aside (it writes to storage), so it runs in an effect, never during render,
 * and a second run for the same user (React's strict mode) keeps the first answer.
 */
export function useDraft(user: string, storage: DraftStorage) {
  const drafts = useMemo(() => new DraftStore(storage), [storage]);
  const read = useRef<{ readonly user: string; readonly draft: DraftLoad } | undefined>(undefined);
  const [draft, setDraft] = useState<DraftLoad>(NONE);
  useEffect(() => {
    if (read.current?.user !== user) {
      read.current = { user, draft: user ? drafts.load(user) : NONE };
    }
    setDraft(read.current.draft);
  }, [drafts, user]);
  return { drafts, draft };
}
