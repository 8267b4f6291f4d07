import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { Bench } from 'tinybench';
import { aMeetingOf } from '../src/domain/testBuilders.testSupport';
import {
  composeItem,
  formWithPlan,
  loadSendFile,
  loadSendFileHere,
  send,
} from '../tests/outlookSendRuntime';
import type { BenchRow } from './graph.bench';

const root = path.resolve(import.meta.dirname, '..');
/** The meeting size the issue asks the figures for. */
const PEOPLE = 40;
/** A week before the covered plan's date: the check reads this as the present. */
const NOW = Date.parse('2026-03-05T09:00:00+01:00');
/** The budgets (issue 21): the file's size, and the decision beside a JSON round trip. */
const MAX_GZIP_KIB = 20;
const MAX_DECISION_RATIO = 10;

/**
 * The send check (`outlook-send.js`, `tests/outlookSendRuntime.ts`): its size, gzip; loading it
 * into a fresh bare context (`vm`: no DOM, no `Intl`) and answering a 40-person network meeting,
 * as classic Outlook pays on every Send; and the decision alone, the file loaded in an ordinary
 * realm. Node's vm intercepts every global read (about a hundred times V8's own cost), which
 * classic Outlook's runtime, a V8 context of its own, does not: the decision's budget is taken
 * where globals cost what they cost in V8, and the vm figure is printed beside it. Each beside
 * a JSON round trip of the same plan, in one run. Reads the bench's app build
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
  const code = readFileSync(file, 'utf8');
  const plan = aMeetingOf(PEOPLE);
  if (plan.invitees.length !== PEOPLE) throw new Error('wrong meeting size');
  const form = formWithPlan(plan);
  const fresh = () => loadSendFile(code, { item: composeItem(form) }, { now: NOW });
  const answered = async (loaded: ReturnType<typeof fresh>) => {
    const answer = await send(loaded);
    if (!answer.allowEvent) throw new Error(`The covered plan was stopped: ${answer.errorMessage}`);
  };
  const here = loadSendFileHere(code, { item: composeItem(form) }, { now: NOW });
  const inVm = fresh();
  await answered(here);
  await answered(inVm);

  const bench = new Bench({ time: 1_500, warmupTime: 300 });
  bench
    .add('load and answer', () => answered(fresh()))
    .add(
      'empty context',
      () => void vm.runInContext('delete globalThis.Intl', vm.createContext({})),
    )
    .add('decision', () => answered(here))
    .add('decision in vm', () => answered(inVm))
    .add('json', () => void JSON.parse(JSON.stringify(plan)));
  await bench.run();
  const median = (name: string) => {
    const r = bench.getTask(name)?.result;
    return r && 'latency' in r ? (r.latency.p50 ?? Number.NaN) : Number.NaN;
  };
  const loadAndAnswer = median('load and answer');
  const emptyContext = median('empty context');
  const decision = median('decision');
  const decisionInVm = median('decision in vm');
  const roundTrip = median('json');
  const gzip = gzipSync(code, { level: 9 }).length / 1024;
  const decisionRatio = decision / roundTrip;
  const kb = (n: number) => `${n.toFixed(1)} KiB`;
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  return [
    {
      name: 'Send check (outlook-send.js), gzip',
      value: kb(gzip),
      note: `${kb(code.length / 1024)} minified, ES2020, no Intl; target ≤ ${MAX_GZIP_KIB} KiB: ${met(gzip <= MAX_GZIP_KIB)}`,
    },
    {
      name: `Send check load and answer, ${PEOPLE}-person meeting (fresh bare JS context)`,
      value: `${loadAndAnswer.toFixed(3)} ms`,
      note: `${(loadAndAnswer / roundTrip).toFixed(1)}× JSON round trip: what classic Outlook pays on every Send`,
    },
    {
      name: '  of which Node makes an empty context',
      value: `${emptyContext.toFixed(3)} ms`,
      note: `${(emptyContext / roundTrip).toFixed(1)}× JSON round trip`,
    },
    {
      name: `Send check decision, ${PEOPLE}-person meeting (file loaded)`,
      value: `${decision.toFixed(3)} ms`,
      note: `${decisionRatio.toFixed(1)}× JSON round trip; target ≤ ${MAX_DECISION_RATIO}×: ${met(decisionRatio <= MAX_DECISION_RATIO)}`,
    },
    {
      name: '  the same decision in a vm context (every global read intercepted)',
      value: `${decisionInVm.toFixed(3)} ms`,
      note: `${(decisionInVm / roundTrip).toFixed(1)}× JSON round trip; Node's vm, not Outlook: no target`,
    },
    {
      name: '  JSON round trip of the same plan (stringify, parse)',
      value: `${roundTrip.toFixed(3)} ms`,
      note: '1.0×',
    },
  ];
}
