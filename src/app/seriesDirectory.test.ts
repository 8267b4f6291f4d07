import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refOf, withStandIn } from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { networkMeetingGraph, type NetworkMeetingGraph } from '../graph';
import { nextInSeriesFromDirectory } from './series';
import { plainDate } from '../domain';

let harness: EmulatorHarness;
let graph: NetworkMeetingGraph;
beforeAll(async () => {
  harness = await startHarness();
  graph = networkMeetingGraph(harness.client('organiser'));
});
afterAll(() => harness.close());

describe('the next meeting of a series, from the directory', () => {
  it('reads H-MED again: a member missing from the earlier list is invited, one who left is not', async () => {
    const tenant = harness.emulator.core.tenant;
    const first = demoPlan(tenant, { id: 'm1', date: '2027-03-11' });
    const committee = first.medCommittee;
    if (!committee) throw new Error('the demo plan has no committee');
    // As if the earlier meeting was planned before Jens Kjær joined H-MED and after Kasper left.
    const joined = committee.members.find((m) => m.name === 'Jens Kjær');
    const kasper = tenant.users.find((u) => u.displayName === 'Kasper Nissen');
    if (!joined || !kasper) throw new Error('missing demo people');
    const former = { id: kasper.id, name: kasper.displayName, email: kasper.mail };
    const earlier = withStandIn(
      {
        ...first,
        invitees: [
          ...first.invitees.filter((i) => i.email !== joined.email),
          {
            ...refOf(former),
            roles: ['medMember'],
            workplaceId: undefined,
            attendance: 'optional',
          },
        ],
        medCommittee: {
          ...committee,
          members: [...committee.members.filter((m) => m.email !== joined.email), former],
        },
      },
      harness.address('medViceChair'),
      { id: 'x', name: 'Maja Bak', email: 'maja.bak@egeskov.example' },
    );

    const next = await nextInSeriesFromDirectory(graph, earlier, {
      id: 'm2',
      date: plainDate('2027-05-06'),
    });
    const emails = next?.invitees.map((i) => i.email) ?? [];
    expect(next?.invitees.find((i) => i.email === joined.email)?.roles).toEqual(['medMember']);
    expect(emails).not.toContain(former.email);
    expect(next?.medCommittee?.members.map((m) => m.email).sort()).toEqual(
      committee.members.map((m) => m.email).sort(),
    );
    // The vice-chair's stand-in of the earlier meeting (an AM consultant) gives way to the
    // vice-chair and comes as herself.
    expect(next?.invitees.find((i) => i.email === harness.address('medViceChair'))?.roles).toEqual([
      'medViceChair',
      'tr',
    ]);
    const maja = next?.invitees.find((i) => i.email === 'maja.bak@egeskov.example');
    expect(maja?.roles).toEqual(['amConsultant']);
    expect(maja?.standsInFor).toBeUndefined();
  });
});
