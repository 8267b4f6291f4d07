import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { emulatorTarget } from '../scripts/verifyTenant/emulatorTarget';
import type { Row } from '../scripts/verifyTenant/report';
import { runScenario } from '../scripts/verifyTenant/scenario';
import { UNCONFIRMED } from '../scripts/verifyTenant/unconfirmed';

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);
/** 11 March 2027, so the meeting lands on a weekday four weeks on. */
const NOW = Date.parse('2027-03-11T09:00:00Z');

async function scenarioOn(options: Parameters<typeof emulatorTarget>[0] = {}): Promise<Row[]> {
  const target = await emulatorTarget(options);
  try {
    return await runScenario(target, NOW);
  } finally {
    await target.close();
  }
}
const verdictOf = (rows: readonly Row[], behaviour: string) =>
  rows.find((r) => r.behaviour.startsWith(behaviour))?.verdict;

/**
 * The behaviour cells of FIDELITY.md's rows whose confidence says "unconfirmed", in its tables
 * headed "behaviour" (Graph's); another table (the Teams host harness's) is no tenant's to
 * confirm, and verify:tenant does not speak to it.
 */
function unconfirmedInFidelity(): string[] {
  const out: string[] = [];
  let confidence = -1;
  let previous: string[] = [];
  for (const line of readFileSync(path.join(root, 'src/emulator/FIDELITY.md'), 'utf8').split(
    '\n',
  )) {
    if (!line.startsWith('|')) continue;
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.every((c) => /^:?-+:?$/.test(c))) {
      // The rule under a table's header: the row before it says whose table it is.
      confidence = previous[0] === 'behaviour' ? previous.indexOf('confidence') : -1;
    } else if (confidence >= 0 && /unconfirmed/i.test(cells[confidence] ?? '')) {
      out.push(cells[0] ?? '');
    }
    previous = cells;
  }
  return out;
}

describe('npm run verify:tenant', () => {
  it('passes against the emulator it starts itself, printing behaviour, expected and seen', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'verify:tenant'], { cwd: root });
    expect(stdout).toMatch(/^behaviour +\| expected +\| seen +\| verdict$/m);
    for (const behaviour of [
      'sign-in',
      'read a group’s members',
      'getSchedule for 20 people',
      '$batch of 20',
      'create a Teams meeting with its',
      'read it back, attendee names as',
      'filter the organiser’s events by',
      'If-Match conflict',
      'PATCH of the attendee list',
      'forward',
      'cancel',
      'clean up',
    ])
      expect(stdout).toMatch(
        new RegExp(`^${behaviour.replace(/[$.*]/g, '\\$&')} .*\\| pass$`, 'm'),
      );
    expect(stdout).toMatch(/^\d+ passed, 0 failed$/m);
    expect(stdout).not.toMatch(/\| (FAIL|differs)$/m);
  }, 60_000);

  it('refuses half a tenant’s arguments with its usage, exit 2, before any sign-in', async () => {
    const failed = await run(
      'npx',
      [
        'tsx',
        'scripts/verifyTenant/main.ts',
        '--tenant',
        'contoso.onmicrosoft.com',
        'a@contoso.dk',
      ],
      { cwd: root },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(
      /^usage: npm run verify:tenant \[-- --tenant <tenant id> --client <client id> <mailbox 1> <mailbox 2>/,
    );
  }, 30_000);

  it('speaks to every row FIDELITY.md marks unconfirmed, and on the emulator sees what it imitates', async () => {
    expect(UNCONFIRMED.map((u) => u.fidelity)).toEqual(unconfirmedInFidelity());
    const rows = await scenarioOn();
    const unconfirmed = rows.filter((r) => r.behaviour.startsWith('unconfirmed: '));
    expect(unconfirmed).toHaveLength(UNCONFIRMED.length);
    for (const row of unconfirmed)
      expect(['pass', 'not run'], row.behaviour).toContain(row.verdict);
    // Only what no run can see: a second forward's mail (no Mail.Read), a 503 after the work
    // (not to be made on a tenant), People search's ranking (Microsoft's own).
    expect(unconfirmed.filter((r) => r.verdict === 'not run').map((r) => r.behaviour)).toEqual([
      'unconfirmed: The organiser forwards the meeting again to the same person',
      'unconfirmed: A 503 or 504 after a write Graph passed on',
      'unconfirmed: People search',
    ]);
  }, 30_000);

  it('says so when a tenant goes the other way on an unconfirmed behaviour', async () => {
    const rows = await scenarioOn({ behaviour: { attendeeNames: 'directory' } });
    expect(verdictOf(rows, 'unconfirmed: The display name given')).toBe('differs');
    expect(rows.find((r) => r.behaviour.startsWith('unconfirmed: The display name'))?.seen).toMatch(
      /^the directory’s: /,
    );
    expect(rows.filter((r) => r.verdict === 'FAIL')).toEqual([]);
  }, 30_000);

  it('fails the row whose behaviour breaks, and still cleans up', async () => {
    // Exchange refusing the cancel: the scenario reports it and its clean-up cancels again.
    const rows = await scenarioOn({
      faults: [{ method: 'POST', path: '/cancel$', status: 500, times: 1 }],
    });
    expect(verdictOf(rows, 'cancel')).toBe('FAIL');
    expect(rows.find((r) => r.behaviour === 'clean up')).toMatchObject({
      seen: '0 left',
      verdict: 'pass',
    });
  }, 30_000);
});
