import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainDate, SEND_MESSAGES, validatePlan, wallTime } from '../../src/domain';
import planV2 from '../../src/domain/storedPlans/plan-v2.json';
import { aCoveredPlan } from '../../src/domain/testBuilders.testSupport';
import { PLAN_SESSION_KEY } from '../../src/host/outlook/meetingForm';
import { ORGANISER_PANE_COMMAND } from '../../src/host/outlook/sendEvent';
import {
  composeItem,
  formWithPlan,
  loadSendFile,
  type RuntimeOutlook,
  send,
} from '../outlookSendRuntime';

/**
 * The built send check (`outlook-send.js`, from the browser tests' build) as classic Outlook for
 * Windows runs it: parsed at the syntax level of README's minimum build, and run in a bare
 * context with no `Intl`, no DOM and no `fetch` (`tests/outlookSendRuntime.ts`).
 */
const root = path.resolve(import.meta.dirname, '../..');
const code = readFileSync(path.join(root, 'test-results/e2e-app/outlook-send.js'), 'utf8');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** A week before the plan's date: the runtime's clock. */
const NOW = Date.parse('2027-03-04T09:00:00+01:00');
const plan = aCoveredPlan({ date: '2027-03-11' });
const withoutChair = {
  ...plan,
  invitees: plan.invitees.filter((i) => !i.roles.includes('medChair')),
};
const chairMissing = validatePlan(withoutChair, {
  today: plainDate('2027-03-04'),
  now: wallTime('09:00'),
}).find((f) => f.code === 'med-chair-missing');

/**
 * What classic Outlook's JavaScript-only runtime parses, by build. Microsoft's "Troubleshoot
 * event-based and spam-reporting add-ins": before Version 2403 (Build 17425.20000), ECMAScript
 * 2016 and earlier only; `debug-autolaunch.md`: from 2403, the V8 engine. Microsoft names no
 * later edition, so the file is held to ES2020, complete in V8 since 8.0 (February 2020).
 */
function ecmaVersionOfClassicBuild(build: number): 2016 | 2020 {
  return build >= 2403 ? 2020 : 2016;
}

function parses(ecmaVersion: 2016 | 2020): boolean {
  try {
    parse(code, { ecmaVersion, sourceType: 'script' });
    return true;
  } catch {
    return false;
  }
}

/** The file loaded afresh for a form, as classic Outlook loads it on each Send. */
const run = (item: unknown, client: Omit<RuntimeOutlook, 'item'> = {}) =>
  loadSendFile(code, { item, ...client }, { now: NOW });

describe('the built send file (outlook-send.js) as classic Outlook runs it', () => {
  it('parses at the syntax level of the minimum classic build README states, which it needs', () => {
    const stated = [
      ...readme.matchAll(
        /classic Outlook for Windows\s*\(Microsoft 365,\s*version (\d{4}) or later/g,
      ),
    ];
    expect(stated.length).toBeGreaterThan(0);
    const builds = new Set(stated.map((m) => Number(m[1])));
    expect([...builds]).toEqual([2403]);
    expect(parses(ecmaVersionOfClassicBuild(2403))).toBe(true);
    // Not an empty claim: the file would not load in a classic build before 2403.
    expect(parses(ecmaVersionOfClassicBuild(2402))).toBe(false);
  });

  it('calls Office.actions.associate before it reads anything else: nothing can throw first', () => {
    const loaded = loadSendFile(
      code,
      { item: composeItem({ body: '<p>Frokost</p>' }) },
      {
        now: NOW,
        trap: true,
      },
    );
    expect(loaded.touchedFirst).toEqual([]);
    expect(loaded.names).toEqual(['onAppointmentSendHandler']);
  });

  it('registers and answers an ordinary and a network meeting with no Intl, DOM or fetch', async () => {
    expect(await send(run(composeItem({ body: '<p>Frokost</p>' })))).toEqual({ allowEvent: true });
    const covered = await send(run(composeItem(formWithPlan(plan)), { displayLanguage: 'en-US' }));
    expect(covered).toEqual({ allowEvent: true });
    const blocked = await send(run(composeItem(formWithPlan(plan, withoutChair))));
    expect(blocked.allowEvent).toBe(false);
    expect(blocked.errorMessage).toContain(chairMissing?.message.da);
  });

  it('opens the pane from the dialog’s button on Mailbox 1.14, and says where it is below', async () => {
    const item = () => composeItem(formWithPlan(plan, withoutChair));
    expect(await send(run(item(), { mailbox: '1.14' }))).toMatchObject({
      allowEvent: false,
      cancelLabel: SEND_MESSAGES.openPaneButton().da,
      commandId: ORGANISER_PANE_COMMAND,
    });
    const bodyOnly = { body: formWithPlan(plan).body };
    const below = await send(run(composeItem(bodyOnly), { mailbox: '1.13' }));
    expect(below).toEqual({
      allowEvent: false,
      errorMessage: SEND_MESSAGES.planNotOpen({ dialogOpensPane: false }).da,
    });
    expect(below.errorMessage).toContain('i mødets bånd');
  });

  it('fails safe both ways: ordinary goes when reads fail, a network meeting it cannot check stops', async () => {
    const refusedAll = ['body', 'sessionData', 'customProperties'];
    expect(await send(run(composeItem({ body: '<p>Frokost</p>' }, refusedAll)))).toEqual({
      allowEvent: true,
    });
    // Only the custom property could be read, and it marks a network meeting.
    const marked = composeItem(formWithPlan(plan), ['body', 'sessionData']);
    expect(await send(run(marked))).toMatchObject({ allowEvent: false });
    // No userProfile: the check goes on without the organiser and still answers.
    expect(await send(run(composeItem(formWithPlan(plan)), { noUserProfile: true }))).toEqual({
      allowEvent: true,
    });
    const noTime = { ...formWithPlan(plan), start: new Date(Number.NaN) };
    const stopped = await send(run(composeItem(noTime)));
    expect(stopped.errorMessage).toBe(SEND_MESSAGES.timesUnreadable().da);
    const attendeesRefused = composeItem(formWithPlan(plan), ['requiredAttendees']);
    expect((await send(run(attendeesRefused))).errorMessage).toContain('GenericResponseError');
  });

  it('leaves out what never stops a send, and stops what it cannot read: warnings, older plans', async () => {
    // A Saturday, in an effort of five meetings: the tab warns of both, the check lets it go.
    const saturday = {
      ...plan,
      date: plainDate('2027-03-13'),
      series: { ...plan.series, size: 5 },
    };
    const clock = { today: plainDate('2027-03-04'), now: wallTime('09:00') };
    expect(validatePlan(saturday, clock).map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(await send(run(composeItem(formWithPlan(saturday))))).toEqual({ allowEvent: true });
    // The same meeting without its MED chair stops, as on any other day.
    const uncovered = { ...saturday, invitees: withoutChair.invitees };
    const stopped = await send(run(composeItem(formWithPlan(saturday, uncovered))));
    expect(stopped.allowEvent).toBe(false);
    expect(stopped.errorMessage).toContain(chairMissing?.message.da);
    // An older pane's plan (schema version 2) in the session: stopped until the pane lifts it.
    const older = {
      ...formWithPlan(plan),
      session: { [PLAN_SESSION_KEY]: JSON.stringify(planV2) },
    };
    expect(await send(run(composeItem(older)))).toEqual({
      allowEvent: false,
      errorMessage: SEND_MESSAGES.planUnreadable({ dialogOpensPane: false }).da,
    });
  });
});
