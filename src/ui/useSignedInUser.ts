import { useEffect, useState } from 'react';
import type { DirectoryPerson } from '../domain';
import type { NetworkMeetingGraph } from '../graph';

/** The signed-in user as Graph knows them, once signed in; an error message if Graph fails. */
export function useSignedInUser(
  graph: NetworkMeetingGraph,
  signedIn: boolean,
  key: string,
): { me?: DirectoryPerson; error?: string } {
  const [result, setResult] = useState<{ me?: DirectoryPerson; error?: string }>({});
  useEffect(() => {
    if (!signedIn) {
      setResult({});
      return;
    }
    let live = true;
    graph.me().then(
      (me) => live && setResult({ me }),
      (e: unknown) => live && setResult({ error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [graph, signedIn, key]);
  return result;
}
