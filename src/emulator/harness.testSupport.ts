/**
 * Test support: an emulator on a free port and Graph clients for its users, the retry clock
 * replaced so tests do not wait. Shared by the Graph layer's tests and the benchmarks.
 */
import { demoTokenSource } from '../auth/demoTokenSource';
import {
  createGraphClient,
  type GraphClient,
  type NetworkMeetingGraph,
  networkMeetingGraph,
  type RetryNotice,
} from '../graph';
import type { KeyPerson } from './demoTenant';
import { type EmulatorOptions, type RunningEmulator, startEmulator } from './server';

/** A started emulator with helpers to reach it as any of its users. */
export interface EmulatorHarness {
  readonly emulator: RunningEmulator;
  /** The address of a named demo person. */
  address(person: KeyPerson): string;
  /** A client signed in as a user (address or key person), with waits recorded, not slept. */
  client(
    user: string,
    options?: { fetch?: typeof fetch },
  ): GraphClient & { readonly waits: RetryNotice[] };
  /** The app's Graph layer signed in as a user (address or key person), for UI and app tests. */
  graph(user: string): NetworkMeetingGraph;
  close(): Promise<void>;
}

/** Starts an emulator in memory (or with a data folder) on a free port. */
export async function startHarness(options: EmulatorOptions = {}): Promise<EmulatorHarness> {
  const emulator = await startEmulator({ port: 0, anchor: '2027-03-01', ...options });
  const tenant = emulator.core.tenant;
  const address = (person: KeyPerson) => emulator.core.user(tenant.key[person])?.mail ?? '';
  const harness: EmulatorHarness = {
    emulator,
    address,
    client(user, clientOptions = {}) {
      const upn = user.includes('@') ? user : address(user as KeyPerson);
      const waits: RetryNotice[] = [];
      const graph = createGraphClient({
        baseUrl: emulator.url,
        tokens: demoTokenSource(upn),
        retry: { sleep: () => Promise.resolve(), onRetry: (n) => waits.push(n) },
        ...(clientOptions.fetch ? { fetch: clientOptions.fetch } : {}),
      });
      return Object.assign(graph, { waits });
    },
    graph: (user) => networkMeetingGraph(harness.client(user)),
    close: () => emulator.close(),
  };
  return harness;
}
