import { Bench } from 'tinybench';
import {
  insertBlock,
  invitationFrom,
  NO_PRESENTERS,
  parsePlan,
  renderInvite,
  validatePlan,
  type MeetingPlan,
} from '../src/domain';
import {
  aCoveredPlan,
  anInvitedCopy,
  anInvitee,
  TEST_CLOCK,
} from '../src/domain/testBuilders.testSupport';

/** A plan at the sizes the issue asks for: 10,000 invitees and 40 agenda blocks. */
export function largePlan(): MeetingPlan {
  let plan = aCoveredPlan({ workplaces: 6, start: '09:00' });
  for (let i = plan.agenda.length; i < 40; i++) {
    const result = insertBlock(plan, plan.agenda.length - 1, {
      id: `extra-${i}`,
      kind: i % 10 === 0 ? 'break' : 'other',
      title: { da: `Punkt ${i}`, en: `Item ${i}` },
      minutes: 5,
      presenters: NO_PRESENTERS,
    });
    if (!result.ok) throw new Error(result.error.message.en);
    plan = result.plan;
  }
  const crowd = Array.from({ length: 10_000 - plan.invitees.length }, (_, i) =>
    anInvitee(['employee'], {
      name: `Medarbejder ${i}`,
      attendance: i % 3 === 0 ? 'optional' : 'required',
    }),
  );
  // Plans reach validation through parsePlan (drafts, events, files), so measure such a value.
  const parsed = parsePlan(
    JSON.parse(JSON.stringify({ ...plan, invitees: [...plan.invitees, ...crowd] })),
  );
  if (!parsed.ok)
    throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message.en}`).join('\n'));
  return parsed.plan;
}

/** Runs the domain benchmarks and returns rows for the report. */
export async function domainBench(): Promise<{ name: string; medianMs: number; note: string }[]> {
  const plan = largePlan();
  if (plan.invitees.length !== 10_000 || plan.agenda.length !== 40)
    throw new Error('wrong plan size');
  const vice = plan.invitees.find((i) => i.roles.includes('medViceChair'));
  const copy = {
    meeting: anInvitedCopy(plan),
    me: { email: vice?.email ?? 'missing', name: vice?.name ?? '' },
  };
  if (invitationFrom(copy.meeting, copy.me)?.expected.blocks.length !== 1)
    throw new Error('the vice-chair should find the reflection block');
  const bench = new Bench({ time: 1_000, warmupTime: 200 });
  bench
    .add('validatePlan (10,000 invitees, 40 blocks)', () => void validatePlan(plan, TEST_CLOCK))
    .add('renderInvite (same plan, da)', () => void renderInvite(plan, 'da'))
    .add(
      'invitationFrom (its copy: 10,000 attendees, 40 rows)',
      () => void invitationFrom(copy.meeting, copy.me),
    )
    .add(
      'yardstick: JSON round trip of the same plan',
      () => void JSON.parse(JSON.stringify(plan)),
    );
  await bench.run();
  const median = (name: string) => {
    const task = bench.getTask(name);
    const result = task?.result;
    if (!result || !('latency' in result)) throw new Error(`no result for ${name}`);
    return result.latency.p50 ?? Number.NaN;
  };
  const yardstick = median('yardstick: JSON round trip of the same plan');
  return bench.tasks.map((t) => {
    const ms = median(t.name);
    return {
      name: t.name,
      medianMs: ms,
      note: t.name.startsWith('validatePlan')
        ? `${(ms / yardstick).toFixed(2)}× yardstick; target < 5 ms: ${ms < 5 ? 'met' : 'MISSED'}`
        : `${(ms / yardstick).toFixed(2)}× yardstick`,
    };
  });
}
