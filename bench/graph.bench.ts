import { bookPlan } from '../src/app/meetings';
import { FIRST_PROGRAMME, type Invitee, planFromTemplate, type Role } from '../src/domain';
import { demoWorkplaces } from '../src/emulator/demoPlan.testSupport';
import { startHarness } from '../src/emulator/harness.testSupport';
import { call, pathOf } from '../src/graph/graphClient';
import { membersPath } from '../src/graph/groups';
import { networkMeetingGraph } from '../src/graph/networkMeetingGraph';
import type { PageDto, UserDto } from '../src/graph/dto';
import { RoundTripCounter } from './roundTrips';
import { plainDate } from '../src/domain';

const ROLE_GROUPS: readonly Role[] = [
  'director',
  'departmentDirector',
  'middleManager',
  'medMember',
  'hrConsultant',
  'amConsultant',
];

/** One row of the report. */
export interface BenchRow {
  readonly name: string;
  readonly value: string;
  readonly note: string;
}

/**
 * Expands every role group of a 1st-programme meeting with six workplaces and books it, through
 * the real client over HTTP against the emulator, counting round trips and requests; and the
 * same expansion done naively (a request per group and page, one after another) beside it.
 */
export async function graphBench(): Promise<BenchRow[]> {
  const h = await startHarness();
  try {
    const tenant = h.emulator.core.tenant;
    const workplaces = demoWorkplaces(tenant, 6);
    const groupIds = [
      ...ROLE_GROUPS.map((r) => tenant.roleGroups[r] as string),
      ...workplaces.map((w) => w.id),
    ];

    const ours = new RoundTripCounter();
    const graph = networkMeetingGraph(h.client('organiser', { fetch: ours.fetch }));
    const members = await graph.groupMembers(groupIds);
    const result = planFromTemplate(FIRST_PROGRAMME, {
      id: 'bench',
      date: plainDate('2027-03-11'),
      workplaces,
    });
    if (!result.ok) throw new Error(result.error.message.en);
    const invitees: Invitee[] = ROLE_GROUPS.flatMap((role) =>
      (members.get(tenant.roleGroups[role] as string) ?? []).map((p) => ({
        ...p,
        roles: [role],
        attendance: 'required' as const,
      })),
    );
    const booked = await bookPlan(
      graph,
      { ...result.plan, invitees: [...result.plan.invitees, ...invitees] },
      'da',
    );
    if (!booked.eventId) throw new Error('not booked');

    const naive = new RoundTripCounter();
    const naiveClient = h.client('organiser', { fetch: naive.fetch });
    for (const id of groupIds) {
      let next: string | undefined = membersPath(id);
      while (next) {
        const page: PageDto<UserDto> = await call(
          () => naiveClient.sdk.api(next as string).get() as Promise<PageDto<UserDto>>,
        );
        const link = page['@odata.nextLink'];
        next = link ? pathOf(naiveClient, link) : undefined;
      }
    }
    await call(() => naiveClient.sdk.api('/me').get());

    return [
      {
        name: `Expand ${groupIds.length} role groups and book (1st programme, 6 workplaces)`,
        value: `${ours.maxDepth} round trips, ${ours.requests} requests`,
        note: `target ≤ 3 round trips: ${ours.maxDepth <= 3 ? 'met' : 'MISSED'}`,
      },
      {
        name: '  same expansion, one request per group in turn (baseline)',
        value: `${naive.maxDepth} round trips, ${naive.requests} requests`,
        note: `ours is ${(ours.maxDepth / naive.maxDepth).toFixed(2)}× the baseline's round trips`,
      },
    ];
  } finally {
    await h.close();
  }
}
