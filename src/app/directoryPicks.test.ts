import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePlan } from '../domain';
import { aCoveredPlan, TEST_CLOCK } from '../domain/testBuilders.testSupport';
import { NEW_TR_WORKPLACE } from '../emulator/demoTenant';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { networkMeetingGraph, type NetworkMeetingGraph } from '../graph';
import {
  inviteesFromGroup,
  inviteesFromMembers,
  membersOfGroup,
  workplacesFromGroups,
  workplacesInGroup,
} from './directoryPicks';

let harness: EmulatorHarness;
let graph: NetworkMeetingGraph;
beforeAll(async () => {
  harness = await startHarness();
  graph = networkMeetingGraph(harness.client('organiser'));
});
afterAll(() => harness.close());

async function group(name: string) {
  const found = (await graph.findGroups(name)).find((g) => g.name === name);
  if (!found) throw new Error(`no group ${name}`);
  return found;
}

describe('picking from the directory', () => {
  it('tags every member of a group with the role they are invited for', async () => {
    const med = await group('H-MED');
    const invitees = await inviteesFromGroup(graph, med, 'medMember', 'optional');
    const tenant = harness.emulator.core.tenant;
    const expected = tenant.groups.find((g) => g.displayName === 'H-MED')?.memberIds.length;
    expect(invitees).toHaveLength(expected ?? -1);
    expect(invitees.every((i) => i.roles.join() === 'medMember')).toBe(true);
    expect(invitees.every((i) => i.attendance === 'optional')).toBe(true);
  });

  it('imports a group but the members the organiser left out', async () => {
    const members = await membersOfGroup(graph, await group('Alle AMR'));
    const [left, ...kept] = members;
    const invitees = inviteesFromMembers(members, new Set([left?.id ?? '']), 'amr', 'required');
    expect(invitees.map((i) => i.email)).toEqual(kept.map((m) => m.email));
    expect(invitees.map((i) => i.email)).not.toContain(left?.email);
    expect(invitees.every((i) => i.roles.join() === 'amr')).toBe(true);
  });

  it('brings each workplace with the TRIO its members hold, in one round trip', async () => {
    const trioGroups = {
      leader: await group('Ledere – lokale enheder'),
      amr: await group('Alle AMR'),
      tr: await group('Alle TR'),
    };
    const places = [await group('Hjemmeplejen Nord'), await group(NEW_TR_WORKPLACE)];
    const before = harness.emulator.requests.length;
    const workplaces = await workplacesFromGroups(graph, places, trioGroups);
    const batches = harness.emulator.requests.slice(before);
    expect(batches.map((r) => r.path)).toEqual(['/$batch']);
    const tenant = harness.emulator.core.tenant;
    const first = tenant.workplaces.find((w) => w.name === 'Hjemmeplejen Nord');
    expect(workplaces[0]?.trio.leader?.id).toBe(first?.leaderId);
    expect(workplaces[0]?.trio.amr?.id).toBe(first?.amrId);
    expect(workplaces[0]?.trio.tr?.id).toBe(first?.trId);
    expect(workplaces[1]?.trio.tr).toBeUndefined();
    const plan = { ...aCoveredPlan(), presentingWorkplaces: workplaces };
    const incomplete = validatePlan(plan, TEST_CLOCK).filter((f) => f.code === 'trio-incomplete');
    expect(incomplete.map((f) => f.workplaceIds)).toContainEqual([places[1]?.id]);
  });

  it('takes no TRIO silently from a group of two workplaces, and splits it into them', async () => {
    // The issue: "Forvaltningen for Social og Sundhed" gave one of its two TRIOs as its own.
    const trioGroups = {
      leader: await group('Ledere – lokale enheder'),
      amr: await group('Alle AMR'),
      tr: await group('Alle TR'),
    };
    const social = await group('Forvaltningen for Social og Sundhed');
    const [taken] = await workplacesFromGroups(graph, [social], trioGroups);
    expect(taken?.trio).toEqual({});
    const tenant = harness.emulator.core.tenant;
    const inside = tenant.workplaces.filter((w) =>
      ['Hjemmeplejen Nord', 'Plejecentret Lindely'].includes(w.name),
    );
    expect(taken?.seatChoices?.leader?.map((p) => p.id).sort()).toEqual(
      inside.map((w) => w.leaderId).sort(),
    );
    expect(taken?.seatChoices?.tr).toHaveLength(2);
    const split = await workplacesInGroup(graph, social, trioGroups);
    expect(split.map((w) => w.name).sort()).toEqual(['Hjemmeplejen Nord', 'Plejecentret Lindely']);
    expect(split.every((w) => w.trio.leader && w.trio.amr && w.trio.tr && !w.seatChoices)).toBe(
      true,
    );
    expect(await workplacesInGroup(graph, await group('Vej og Park'), trioGroups)).toEqual([]);
  });

  it('leaves every seat empty when the TRIO groups are not set', async () => {
    const [workplace] = await workplacesFromGroups(graph, [await group('Vej og Park')], {});
    expect(workplace?.trio).toEqual({});
  });
});
