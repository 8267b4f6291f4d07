/**
 * The scenario's target with no arguments: the Graph emulator started in this process, in
 * memory, with its demo tenant (the organiser Signe Vestergaard, the MED chair and vice-chair as
 * the two test mailboxes, H-MED as the group).
 */
import { demoTokenSource } from '../../src/auth/demoTokenSource';
import { type EmulatorOptions, startEmulator } from '../../src/emulator/server';
import { createGraphClient, networkMeetingGraph } from '../../src/graph';
import type { SignedIn, VerifyTarget } from './target';
import { recordTraffic } from './traffic';

/**
 * Starts the emulator on a free port and signs the demo's organiser and MED chair in; tests
 * pass options (faults, the other case of an unconfirmed behaviour).
 */
export async function emulatorTarget(options: EmulatorOptions = {}): Promise<VerifyTarget> {
  const emulator = await startEmulator({ ...options, port: 0 });
  const tenant = emulator.core.tenant;
  const address = (id: string) => emulator.core.user(id)?.mail ?? '';
  const signIn = (email: string): SignedIn => {
    const traffic = recordTraffic();
    const client = createGraphClient({
      baseUrl: emulator.url,
      tokens: demoTokenSource(email),
      fetch: traffic.fetch,
    });
    return { email, graph: networkMeetingGraph(client), client, traffic };
  };
  const chair = address(tenant.key.medChair);
  return {
    kind: 'emulator',
    organiser: signIn(address(tenant.key.organiser)),
    mailboxes: [chair, address(tenant.key.medViceChair)],
    attendee: signIn(chair),
    groupId: tenant.roleGroups.medMember,
    deliveryTimeoutMs: 0,
    close: () => emulator.close(),
  };
}
