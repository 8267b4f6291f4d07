/**
 * Whom the scenario runs as, and where: the organiser (signed in), the two test mailboxes the
 * meeting is sent to, and, when it is signed in too, the first of them as an attendee, to see
 * the copy Exchange puts in their calendar.
 */
import type { GraphClient, NetworkMeetingGraph } from '../../src/graph';
import type { Traffic } from './traffic';

/** A signed-in user: the app's Graph layer for them, and what went over its wire. */
export interface SignedIn {
  readonly email: string;
  readonly graph: NetworkMeetingGraph;
  /** The same client under `graph`, for the few probes the app itself never sends. */
  readonly client: GraphClient;
  readonly traffic: Traffic;
}

/** Everything a run needs. */
export interface VerifyTarget {
  /** `emulator`: the in-process Graph emulator; `tenant`: a real Microsoft 365 tenant. */
  readonly kind: 'emulator' | 'tenant';
  readonly organiser: SignedIn;
  /** The two test mailboxes, by address: the first invited as required, the second optional. */
  readonly mailboxes: readonly [string, string];
  /** The first test mailbox signed in, when it is; rows about an attendee's copy need it. */
  readonly attendee?: SignedIn | undefined;
  /** A directory group to read the members of. */
  readonly groupId?: string | undefined;
  /** How long to wait for Exchange to deliver to the attendee's calendar. */
  readonly deliveryTimeoutMs: number;
  close(): Promise<void>;
}
