import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bookPlan, openMeeting, savePlan } from '../../app/meetings';
import { PLAN_SCHEMA_VERSION, renderInvite, sessionPlanText } from '../../domain';
import planV1 from '../../domain/storedPlans/plan-v1.json';
import planV2 from '../../domain/storedPlans/plan-v2.json';
import { demoPlan } from '../../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../../emulator/harness.testSupport';
import {
  PLAN_ID_PROPERTY,
  PLAN_MARK_SESSION_KEY,
  PLAN_SESSION_KEY,
} from '../../host/outlook/meetingForm';
import { findFormPlan, formPlanWithoutGraph } from './findFormPlan';
import { earlyFormPlan, readFormForPlan } from './formPlanReads';
import { writePlanToForm } from './formSync';
import { MemoryMeetingForm } from './memoryMeetingForm.testSupport';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.emulator.faults.clear());

const graph = () => h.graph('organiser');
const quick = { wait: () => Promise.resolve() };

/** A network meeting booked as the tab books it, opened in Outlook with an empty session. */
async function bookedAndOpened(id: string, date: string) {
  const plan = demoPlan(h.emulator.core.tenant, { id, date });
  const booked = await bookPlan(graph(), plan, 'da');
  const event = (await h.client('organiser').sdk.api(`/me/events/${booked.eventId}`).get()) as {
    id: string;
    body: { content: string };
  };
  const form = new MemoryMeetingForm('organizer', h.address('organiser'), 'da-DK', {
    body: event.body.content,
    restId: event.id,
    sent: true,
  });
  return { plan, event, form };
}

describe('finding the plan of the meeting open in Outlook, from a form with no session', () => {
  it('from the body’s plan reference and the item’s id: a meeting booked in the tab', async () => {
    const { plan, form } = await bookedAndOpened('find-1', '2027-05-13');
    const found = await findFormPlan(form, graph(), quick);
    expect(found).toMatchObject({ kind: 'found', from: 'event', plan: { id: plan.id } });
    // The item marked, then the session filled again for the send check, in its compact form.
    expect(form.item.customProperties.get(PLAN_ID_PROPERTY)).toBe(plan.id);
    expect(form.item.sessionData.get(PLAN_SESSION_KEY)).toBe(
      found.kind === 'found' && sessionPlanText(found.plan),
    );
    expect(form.calls.indexOf('setCustomProperty')).toBeLessThan(
      form.calls.indexOf('setSessionData'),
    );
    expect(form.calls).not.toContain('save');
  });

  it('from the plan-id property and the item’s id, the body rewritten past recognition', async () => {
    const { plan, form } = await bookedAndOpened('find-2', '2027-05-20');
    form.item.body = '<p>Teksten er skrevet om.</p>';
    form.item.customProperties.set(PLAN_ID_PROPERTY, plan.id);
    const found = await findFormPlan(form, graph(), quick);
    expect(found).toMatchObject({ kind: 'found', from: 'event', plan: { id: plan.id } });
  });

  it('from the item’s id alone, with neither property nor reference: the event’s stored plan', async () => {
    const { plan, form } = await bookedAndOpened('find-3', '2027-05-27');
    form.item.body = '<p>Ingen reference her.</p>';
    const found = await findFormPlan(form, graph(), quick);
    expect(found).toMatchObject({ kind: 'found', from: 'event', plan: { id: plan.id } });
    expect(JSON.parse(form.item.sessionData.get(PLAN_SESSION_KEY) ?? '{}').id).toBe(plan.id);
  });

  it('from the session while the form stays open, without asking Graph', async () => {
    const { plan, form } = await bookedAndOpened('find-4', '2027-06-03');
    form.item.restId = 'no-such-event';
    // The compact form the pane writes now, and an earlier pane's whole JSON.
    for (const text of [sessionPlanText(plan), JSON.stringify(plan)]) {
      form.item.sessionData.set(PLAN_SESSION_KEY, text);
      expect(await findFormPlan(form, graph(), quick)).toMatchObject({
        kind: 'found',
        from: 'session',
        // The plan as JSON carries it: fields that are undefined are left out.
        plan: JSON.parse(JSON.stringify(plan)),
      });
    }
  });

  it('puts an older pane’s plan back as this pane writes it, lifted: the send check reads no other', async () => {
    const { form } = await bookedAndOpened('find-7', '2027-06-08');
    form.item.restId = 'no-such-event';
    for (const stored of [planV1, planV2]) {
      form.item.sessionData.set(PLAN_SESSION_KEY, JSON.stringify(stored));
      const found = await findFormPlan(form, graph(), quick);
      if (found.kind !== 'found') throw new Error(found.kind);
      expect(found.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
      expect(form.item.sessionData.get(PLAN_SESSION_KEY)).toBe(sessionPlanText(found.plan));
    }
  });

  it('finds none in an ordinary meeting, saved or new, nor in a new one that copied a reference', async () => {
    const ordinary = new MemoryMeetingForm('organizer', h.address('organiser'));
    expect((await findFormPlan(ordinary, graph(), quick)).kind).toBe('none');
    const lunch = (await h
      .client('organiser')
      .sdk.api('/me/events')
      .post({
        subject: 'Frokost',
        start: { dateTime: '2027-06-10T10:00:00', timeZone: 'UTC' },
        end: { dateTime: '2027-06-10T11:00:00', timeZone: 'UTC' },
      })) as { id: string };
    ordinary.item.restId = lunch.id;
    expect((await findFormPlan(ordinary, graph(), quick)).kind).toBe('none');
    const copy = new MemoryMeetingForm('organizer', h.address('organiser'), 'da-DK', {
      body: renderInvite(demoPlan(h.emulator.core.tenant, { id: 'other' }), 'da').html,
    });
    expect((await findFormPlan(copy, graph(), quick)).kind).toBe('none');
  });

  it('waits for a marked meeting classic Outlook has not handed to Exchange, and says so if it never comes', async () => {
    const { plan, form } = await bookedAndOpened('find-5', '2027-06-17');
    const path = `^/me/events/${form.item.restId}$`;
    h.emulator.faults.set([{ method: 'GET', path, status: 404, times: 2 }]);
    expect(await findFormPlan(form, graph(), quick)).toMatchObject({
      kind: 'found',
      plan: { id: plan.id },
    });
    form.item.sessionData.clear();
    h.emulator.faults.set([{ method: 'GET', path, status: 404, times: 99 }]);
    expect(await findFormPlan(form, graph(), quick)).toEqual({
      kind: 'unreadable',
      notArrived: true,
    });
    expect(form.item.sessionData.size).toBe(0);
  });
});

describe('the pane holds to the plan it found, as the tab does', () => {
  it('does not overwrite a plan the tab saved since, and replaces it once the organiser has looked', async () => {
    const { plan, event, form } = await bookedAndOpened('find-6', '2027-06-24');
    const found = await findFormPlan(form, graph(), quick);
    if (found.kind !== 'found') throw new Error(found.kind);
    expect(found.basis).toBeTruthy();
    // The mark rides beside the plan, so the pane opened again in this form holds to it too.
    expect(form.item.sessionData.get(PLAN_MARK_SESSION_KEY)).toBe(found.basis);
    expect(await findFormPlan(form, graph(), quick)).toMatchObject({
      from: 'session',
      basis: found.basis,
    });

    // The tab's follow-up saves a new title meanwhile.
    const opened = await openMeeting(graph(), event.id);
    if (!opened.ok) throw new Error('unreadable');
    const tabs = { ...plan, title: { da: 'Fanens titel', en: 'The tab’s title' } };
    await savePlan(graph(), opened.meeting, tabs, 'da');

    // The pane writes the plan it found: the tab's plan stays on the event.
    const panes = { ...found.plan, location: { ...found.plan.location, place: 'Rudens lokale' } };
    const write = () =>
      writePlanToForm({
        form,
        graph: graph(),
        plan: panes,
        written: found.plan,
        locale: 'da',
        basis,
      });
    let basis = found.basis;
    const refused = await write();
    expect(refused).toMatchObject({
      kind: 'notStored',
      failure: { kind: 'preconditionFailed' },
    });
    const stored = async () =>
      JSON.parse((await graph().getMeeting(event.id)).storedPlan?.plan ?? '{}') as typeof plan;
    expect((await stored()).title.da).toBe('Fanens titel');

    // Holding to the plan it now knows is there, the pane's next write replaces it, on purpose.
    if (refused.kind !== 'notStored') throw new Error(refused.kind);
    basis = refused.basis;
    expect(await write()).toMatchObject({ kind: 'written' });
    expect((await stored()).location.place).toBe('Rudens lokale');
  });
});

describe('the page’s early read of the form, before the organiser’s pane is drawn', () => {
  it('settles the plan from the form alone where it can, and leaves a saved item’s event to Graph', async () => {
    const { plan, form } = await bookedAndOpened('find-8', '2027-06-24');
    // A saved item with no session: only its event says; Graph is not asked here.
    const reads = readFormForPlan(form);
    expect(await formPlanWithoutGraph(form, await reads)).toBeUndefined();
    // The same reads then find the event's plan, without asking the form again.
    const asked = form.calls.length;
    expect(await findFormPlan(form, graph(), { ...quick, reads })).toMatchObject({
      kind: 'found',
      from: 'event',
      plan: { id: plan.id },
    });
    expect(form.calls.slice(asked).filter((c) => c.startsWith('get'))).toEqual([]);
    // Now the session holds it, and the form alone settles it.
    expect(await formPlanWithoutGraph(form, await readFormForPlan(form))).toMatchObject({
      kind: 'found',
      from: 'session',
      plan: { id: plan.id },
    });
    // A new item, never saved: none.
    const fresh = new MemoryMeetingForm('organizer', h.address('organiser'));
    expect(await formPlanWithoutGraph(fresh, await readFormForPlan(fresh))).toEqual({
      kind: 'none',
    });
  });

  it('is handed to the first pane drawn only: one drawn anew reads the form again', async () => {
    const fresh = new MemoryMeetingForm('organizer', h.address('organiser'));
    const reads = readFormForPlan(fresh);
    const early = earlyFormPlan({ found: { kind: 'none' }, formState: undefined, reads });
    expect(early.peek()?.found).toEqual({ kind: 'none' });
    expect(early.take()?.found).toEqual({ kind: 'none' });
    expect(early.peek()).toBeUndefined();
    expect(early.take()).toBeUndefined();
  });
});
