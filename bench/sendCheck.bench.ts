import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { Bench } from 'tinybench';
import { renderInvite, type MeetingPlan } from '../src/domain';
import { aMeetingOf, formOf } from '../src/domain/testBuilders.testSupport';
import type { BenchRow } from './graph.bench';

const root = path.resolve(import.meta.dirname, '..');
/** The meeting size the issue asks the decision time for. */
const PEOPLE = 40;
/** A week before the covered plan's date: the check reads this as the present. */
const NOW = Date.parse('2026-03-05T09:00:00+01:00');

type Completed = (answer: { allowEvent: boolean; errorMessage?: string }) => void;

/** Office's compose item for a plan, answering in a microtask with Office's result shape. */
function composeItem(plan: MeetingPlan) {
  const form = formOf(plan);
  const answer =
    (value: unknown) =>
    (...args: unknown[]) => {
      const cb = args.at(-1) as (r: unknown) => void;
      queueMicrotask(() => cb({ status: 'succeeded', value }));
    };
  const recipients = (attendance: string) =>
    plan.invitees
      .filter((i) => i.attendance === attendance)
      .map((i) => ({ emailAddress: i.email, displayName: i.name }));
  return {
    body: { getAsync: answer(renderInvite(plan, 'da').html) },
    requiredAttendees: { getAsync: answer(recipients('required')) },
    optionalAttendees: { getAsync: answer(recipients('optional')) },
    start: { getAsync: answer(new Date(form.start)) },
    end: { getAsync: answer(new Date(form.end)) },
    sessionData: { getAsync: answer(JSON.stringify(plan)) },
    loadCustomPropertiesAsync: answer({ get: () => plan.id }),
  };
}

/** The built send check, loaded as classic Outlook loads it: a bare context, no DOM. */
function loadHandler(file: string, plan: MeetingPlan): (event: { completed: Completed }) => void {
  const handlers = new Map<string, (event: { completed: Completed }) => void>();
  const sandbox = {
    Office: {
      context: {
        displayLanguage: 'da-DK',
        mailbox: {
          userProfile: { emailAddress: 'signe@egeskov.example' },
          item: composeItem(plan),
        },
      },
      actions: {
        associate: (name: string, fn: (event: { completed: Completed }) => void) =>
          handlers.set(name, fn),
      },
    },
    setTimeout,
    queueMicrotask,
  };
  vm.createContext(sandbox);
  vm.runInContext(
    `Date = class extends Date { constructor(...a) { if (a.length) super(...a); else super(${NOW}); } static now() { return ${NOW}; } };`,
    sandbox,
  );
  vm.runInContext(readFileSync(file, 'utf8'), sandbox);
  const handler = handlers.get('onAppointmentSendHandler');
  if (!handler) throw new Error('The send check registered no handler');
  return handler;
}

/**
 * The send check (`outlook-send.js`): its size, gzip, and its decision on a 40-person meeting
 * beside a JSON round trip of the same plan, side by side in one run. Reads the bench's app build
 * (`firstScreenBench` makes it) or builds one.
 */
export async function sendCheckBench(): Promise<BenchRow[]> {
  const out = path.join(root, 'test-results/bench-app');
  const file = path.join(out, 'outlook-send.js');
  if (!existsSync(file)) {
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/webpack/bin/webpack.js'),
        '--mode',
        'production',
        '--env',
        'testBuild',
        '--output-path',
        out,
      ],
      {
        cwd: root,
        env: { ...process.env, NM_IGNORE_DOTENV: '1', NM_DEMO: 'true' },
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) throw new Error(`Build failed:\n${run.stdout}\n${run.stderr}`);
  }
  const code = readFileSync(file);
  const plan = aMeetingOf(PEOPLE);
  if (plan.invitees.length !== PEOPLE) throw new Error('wrong meeting size');
  const handler = loadHandler(file, plan);
  const decide = () =>
    new Promise<void>((resolve, reject) =>
      handler({
        completed: (a) => (a.allowEvent ? resolve() : reject(new Error(a.errorMessage))),
      }),
    );
  await decide();
  const bench = new Bench({ time: 1_000, warmupTime: 200 });
  bench.add('decision', decide).add('json', () => void JSON.parse(JSON.stringify(plan)));
  await bench.run();
  const median = (name: string) => {
    const r = bench.getTask(name)?.result;
    return r && 'latency' in r ? (r.latency.p50 ?? Number.NaN) : Number.NaN;
  };
  const decision = median('decision');
  const roundTrip = median('json');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return [
    {
      name: 'Send check (outlook-send.js), gzip',
      value: kb(gzipSync(code, { level: 9 }).length),
      note: `${kb(code.length)} minified; one file, no chunks, no DOM`,
    },
    {
      name: `Send check decision, ${PEOPLE}-person meeting (bare JS runtime)`,
      value: `${decision.toFixed(3)} ms`,
      note: `${(decision / roundTrip).toFixed(1)}× JSON round trip; target < 1000 ms: ${decision < 1000 ? 'met' : 'MISSED'}`,
    },
    {
      name: '  JSON round trip of the same plan (stringify, parse)',
      value: `${roundTrip.toFixed(3)} ms`,
      note: '1.0×',
    },
  ];
}
