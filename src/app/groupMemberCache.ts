import type { DirectoryPerson } from '../domain';
import type { NetworkMeetingGraph } from '../graph';

/**
 * Group members read once per session: adding workplace after workplace would otherwise read the
 * same three TRIO groups each time. Membership changes rarely within a session; when it has, the
 * organiser asks for the groups to be read again (`readAgain`).
 */
export class GroupMemberCache {
  private readonly read = new Map<string, Promise<readonly DirectoryPerson[]>>();

  constructor(private readonly graph: NetworkMeetingGraph) {}

  /** Each group's members; those not read this session are read together, in one call. */
  async members(groupIds: readonly string[]): Promise<Map<string, readonly DirectoryPerson[]>> {
    const missing = [...new Set(groupIds)].filter((id) => !this.read.has(id));
    if (missing.length > 0) {
      const fetched = this.graph.groupMembers(missing);
      for (const id of missing) {
        const one = fetched.then((all) => all.get(id) ?? []);
        this.read.set(id, one);
        // A failed read is not kept: the next call reads the group again.
        one.catch(() => {
          if (this.read.get(id) === one) this.read.delete(id);
        });
      }
    }
    const entries = await Promise.all(
      groupIds.map(async (id) => [id, await (this.read.get(id) ?? [])] as const),
    );
    return new Map(entries);
  }

  /** Forgets every group read this session, and reads these again now. */
  readAgain(groupIds: readonly string[]): Promise<Map<string, readonly DirectoryPerson[]>> {
    this.read.clear();
    return this.members(groupIds);
  }
}

const sessions = new WeakMap<NetworkMeetingGraph, GroupMemberCache>();

/**
 * The cache of the session a graph belongs to: the app makes one graph object when the page
 * loads, so the cache lives as long as the page. Membership is the directory's, the same for
 * whoever is signed in.
 */
export function groupMemberCacheOf(graph: NetworkMeetingGraph): GroupMemberCache {
  let cache = sessions.get(graph);
  if (!cache) sessions.set(graph, (cache = new GroupMemberCache(graph)));
  return cache;
}
