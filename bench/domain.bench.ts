import { Bench } from 'tinybench';
import {
  bookingFromPlan,
  insertBlock,
  invitationFrom,
  type InvitedMeeting,
  NO_PRESENTERS,
  parsePlan,
  renderInvite,
  validatePlan,
  type MeetingPlan,
} from '../src/domain';
import { aCoveredPlan, anInvitee } from '../src/domain/testBuilders';

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

/** The vice-chair's copy of the large plan's meeting, as his start screen reads it. */
function viceChairsCopy(plan: MeetingPlan): {
  meeting: InvitedMeeting;
  me: { email: string; name: string };
} {
  const booking = bookingFromPlan(plan, 'da');
  const vice = plan.invitees.find((i) => i.roles.includes('medViceChair'));
  if (!vice) throw new Error('no vice-chair');
  return {
    meeting: {
      eventId: 'e',
      etag: '',
      subject: booking.subject,
      start: `${plan.date}T${plan.start}:00`,
      end: `${plan.date}T${plan.end}:00`,
      organizer: { id: 'o', name: 'O', email: 'o@example.dk' },
      isOrganizer: false,
      isCancelled: false,
      webLink: '',
      responses: booking.attendees.map((a) => ({ email: a.email, name: a.name, response: 'none' })),
      myResponse: 'none',
      html: booking.html,
    },
    me: { email: vice.email, name: vice.name },
  };
}

/** Runs the domain benchmarks and returns rows for the report. */
export async function domainBench(): Promise<{ name: string; medianMs: number; note: string }[]> {
  const plan = largePlan();
  if (plan.invitees.length !== 10_000 || plan.agenda.length !== 40)
    throw new Error('wrong plan size');
  const copy = viceChairsCopy(plan);
  if (invitationFrom(copy.meeting, copy.me)?.expected.blocks.length !== 1)
    throw new Error('the vice-chair should find the reflection block');
  const bench = new Bench({ time: 1_000, warmupTime: 200 });
  bench
    .add('validatePlan (10,000 invitees, 40 blocks)', () => void validatePlan(plan))
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
