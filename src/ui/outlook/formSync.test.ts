import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listBookedMeetings } from '../../app/meetings';
import { startPlanner } from '../../app/planner';
import {
  type MeetingPlan,
  plainDate,
  planReference,
  planRefIn,
  programmeRegionIn,
  readStoredPlan,
  SESSION_DATA_MAX,
  storedPlanFromSession,
} from '../../domain';
import { demoPlan } from '../../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../../emulator/harness.testSupport';
import { PLAN_ID_PROPERTY, PLAN_SESSION_KEY } from '../../host/outlook/meetingForm';
import { inCalls, readFormState, writePlanToForm } from './formSync';
import { findFormPlan } from './findFormPlan';
import { MemoryMeetingForm } from './memoryMeetingForm.testSupport';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.emulator.faults.clear());

/** Waits recorded, not slept. */
function quickWait() {
  const waited: number[] = [];
  return { waited, wait: (ms: number) => Promise.resolve(void waited.push(ms)) };
}

const JOIN =
  '<div><br><div>________________________________________________________________</div>' +
  '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_x">Deltag i mødet nu</a></div>';

/** The organiser's new meeting in Outlook, saved into the emulator as Outlook saves it. */
function organiserForm(body = `<html><body><p>Husk at læse bilaget.</p>${JOIN}</body></html>`) {
  const address = h.address('organiser');
  const form = new MemoryMeetingForm('organizer', address, 'da-DK', { body });
  const client = h.client('organiser');
  form.onSave = async (item) => {
    if (item.restId) return item.restId;
    const event = (await client.sdk.api('/me/events').post({
      subject: item.subject,
      body: { contentType: 'html', content: item.body },
      start: { dateTime: item.start.toISOString().slice(0, 19), timeZone: 'UTC' },
      end: { dateTime: item.end.toISOString().slice(0, 19), timeZone: 'UTC' },
    })) as { id: string };
    return event.id;
  };
  return form;
}

const graph = () => h.graph('organiser');

describe('writing a plan into Outlook’s meeting form', () => {
  it('writes subject, Copenhagen times, place, programme and attendees by role, and keeps the plan', async () => {
    const form = organiserForm();
    const plan = demoPlan(h.emulator.core.tenant, { id: 'form-1', date: '2027-04-15' });
    const outcome = await writePlanToForm({
      form,
      graph: graph(),
      plan,
      written: undefined,
      locale: 'da',
    });
    expect(outcome.kind).toBe('written');
    const item = form.item;
    expect(item.subject).toBe(plan.title.da);
    expect(item.start.toISOString()).toBe('2027-04-15T09:00:00.000Z');
    expect(item.end.toISOString()).toBe('2027-04-15T12:00:00.000Z');
    expect(item.location).toBe('Egeskov Rådhus, byrådssalen');
    // The programme first, the organiser's words and the Teams block kept after it.
    expect(planRefIn(item.body)).toBe('form-1');
    expect(item.body.indexOf('<table')).toBeLessThan(item.body.indexOf('Husk at læse bilaget.'));
    expect(item.body).toContain(JOIN);
    const chair = item.required.find((a) => a.email === h.address('medChair'));
    expect(chair?.displayName).toMatch(/\(.*MED-formand.*\)$/);
    expect(item.required.some((a) => a.email === h.address('organiser'))).toBe(false);
    expect(JSON.parse(item.sessionData.get(PLAN_SESSION_KEY) ?? '{}').id).toBe('form-1');
    expect(item.customProperties.get(PLAN_ID_PROPERTY)).toBe('form-1');
    // Teams as the body shows it: the invitation says the join link is at the bottom.
    expect(JSON.parse(item.sessionData.get(PLAN_SESSION_KEY) ?? '{}').location.teams).toBe(true);

    // The tab finds the meeting with its plan.
    const booked = await listBookedMeetings(graph(), {
      start: '2027-04-01T00:00:00Z',
      end: '2027-05-01T00:00:00Z',
    });
    expect(booked.find((m) => m.eventId === item.restId)?.plan.id).toBe('form-1');
  });

  it('replaces its programme on the next write, keeps a person added in Outlook, drops one removed there', async () => {
    const form = organiserForm();
    const plan = demoPlan(h.emulator.core.tenant, { id: 'form-2', date: '2027-04-22' });
    const first = await writePlanToForm({
      form,
      graph: graph(),
      plan,
      written: undefined,
      locale: 'da',
    });
    if (first.kind !== 'written') throw new Error(first.kind);
    const removed = form.item.required[0];
    form.item.required = form.item.required.slice(1);
    form.item.optional.push({ email: 'gaest@example.org', displayName: 'Gæst Udefra' });
    form.item.body = form.item.body.replace('Husk at læse bilaget.', 'Husk kaffe.');

    const again = await writePlanToForm({
      form,
      graph: graph(),
      plan: first.plan,
      written: first.plan,
      locale: 'en',
    });
    expect(again.kind === 'written' && again.placement).toBe('replaced');
    expect(form.item.body.split(planReference('form-2'))).toHaveLength(2);
    expect(form.item.body).toContain('Husk kaffe.');
    expect(form.item.optional).toContainEqual({
      email: 'gaest@example.org',
      displayName: 'Gæst Udefra',
    });
    expect(form.item.required.some((a) => a.email === removed?.email)).toBe(false);
  });

  it('adds more than 100 attendees in calls of at most 100', async () => {
    const form = organiserForm();
    const plan = demoPlan(h.emulator.core.tenant, { id: 'form-3', date: '2027-04-29' });
    const many: MeetingPlan = {
      ...plan,
      invitees: [
        ...plan.invitees,
        ...Array.from({ length: 180 }, (_, i) => ({
          id: `e${i}`,
          name: `Medarbejder ${i}`,
          email: `medarbejder.${i}@egeskov.example`,
          roles: ['employee' as const],
          workplaceId: undefined,
          attendance: 'optional' as const,
        })),
      ],
    };
    const outcome = await writePlanToForm({
      form,
      graph: graph(),
      plan: many,
      written: undefined,
      locale: 'da',
    });
    expect(outcome.kind).toBe('written');
    expect(form.item.optional.length).toBeGreaterThanOrEqual(180);
    expect(form.calls.filter((c) => c === 'addAttendees').length).toBeGreaterThanOrEqual(1);
    expect(inCalls(Array.from({ length: 201 })).map((c) => c.length)).toEqual([100, 100, 1]);
  });

  it('keeps a 500-person plan in the session for the send check, the plan id written first', async () => {
    const form = organiserForm();
    const tenant = h.emulator.core.tenant;
    const plan = demoPlan(tenant, { id: 'form-500', date: '2027-05-20' });
    const taken = new Set(plan.invitees.map((i) => i.email));
    const colleagues = tenant.users.filter((u) => !taken.has(u.mail));
    const big: MeetingPlan = {
      ...plan,
      invitees: [
        ...plan.invitees,
        ...colleagues.slice(0, 500 - plan.invitees.length).map((u) => ({
          id: u.id,
          name: u.displayName,
          email: u.mail,
          roles: ['employee' as const],
          workplaceId: undefined,
          attendance: 'optional' as const,
        })),
      ],
    };
    expect(big.invitees).toHaveLength(500);
    // The plan's own JSON would not fit in session data.
    expect(JSON.stringify(big).length).toBeGreaterThan(SESSION_DATA_MAX);
    const outcome = await writePlanToForm({
      form,
      graph: graph(),
      plan: big,
      written: undefined,
      locale: 'da',
    });
    expect(outcome.kind).toBe('written');
    const text = form.item.sessionData.get(PLAN_SESSION_KEY) ?? '';
    expect(text.length).toBeLessThanOrEqual(SESSION_DATA_MAX);
    const read = readStoredPlan(storedPlanFromSession(text));
    expect(read?.invitees).toHaveLength(500);
    expect(outcome.kind === 'written' && read).toEqual(outcome.kind === 'written' && outcome.plan);
    expect(form.calls.indexOf('setCustomProperty')).toBeLessThan(
      form.calls.indexOf('setSessionData'),
    );
    expect((await findFormPlan(form, graph())).kind).toBe('found');
  });

  it('refuses a plan too large for the session before writing anything into the form', async () => {
    const form = organiserForm();
    const plan = demoPlan(h.emulator.core.tenant, { id: 'form-big', date: '2027-05-27' });
    const huge: MeetingPlan = {
      ...plan,
      invitees: [
        ...plan.invitees,
        ...Array.from({ length: 480 }, (_, i) => ({
          id: `medarbejder-med-et-meget-langt-id-${i}`,
          name: `Anne-Marie Bjerregaard Christensen-Østergaard ${i}`,
          email: `anne-marie.bjerregaard.christensen-oestergaard.${i}@egeskov.example`,
          roles: ['employee' as const],
          workplaceId: undefined,
          attendance: 'optional' as const,
        })),
      ],
    };
    const outcome = await writePlanToForm({
      form,
      graph: graph(),
      plan: huge,
      written: undefined,
      locale: 'da',
    });
    expect(outcome).toMatchObject({ kind: 'tooLarge', max: SESSION_DATA_MAX });
    expect(outcome.kind === 'tooLarge' && outcome.length).toBeGreaterThan(SESSION_DATA_MAX);
    expect(
      form.calls.filter((c) => c.startsWith('set') || c === 'save' || c.startsWith('add')),
    ).toEqual([]);
  });

  it('says which step Outlook refused, and writes nothing after it', async () => {
    const form = organiserForm();
    form.failNext = 'setBodyHtml';
    const plan = startPlanner('first', { id: 'form-4', date: plainDate('2027-05-06') })
      ?.plan as MeetingPlan;
    const outcome = await writePlanToForm({
      form,
      graph: graph(),
      plan,
      written: undefined,
      locale: 'da',
    });
    expect(outcome.kind === 'refused' && outcome.step).toBe('body');
    expect(form.calls).not.toContain('save');
    expect(programmeRegionIn(form.item.body)).toBeUndefined();
  });
});

describe('the item the pane writes into', () => {
  it('saves a new meeting, which gives it an id and mails nobody', async () => {
    const form = organiserForm();
    const plan = demoPlan(h.emulator.core.tenant, { id: 'form-6', date: '2027-05-13' });
    const outcome = await writePlanToForm({
      form,
      graph: graph(),
      plan,
      written: undefined,
      locale: 'da',
    });
    expect(outcome.kind === 'written' && outcome.saved).toBe(true);
    expect(form.calls.filter((c) => c === 'save')).toHaveLength(1);
    expect(form.item.updatesSent).toBe(0);
  });

  it('never saves a meeting already sent: its attendees would be mailed before Send', async () => {
    const form = organiserForm();
    const plan = demoPlan(h.emulator.core.tenant, { id: 'form-7', date: '2027-05-20' });
    await writePlanToForm({ form, graph: graph(), plan, written: undefined, locale: 'da' });
    // Sent, closed and opened again: an existing meeting with its id.
    form.item.sent = true;
    form.calls.length = 0;
    const again = await writePlanToForm({
      form,
      graph: graph(),
      plan,
      written: plan,
      locale: 'da',
    });
    expect(again.kind === 'written' && again.saved).toBe(false);
    expect(form.calls).not.toContain('save');
    expect(form.calls).toContain('getItemRestId');
    expect(form.item.updatesSent).toBe(0);
  });

  it('refuses a title or place longer than Outlook takes, before writing anything', async () => {
    const plan = demoPlan(h.emulator.core.tenant, { id: 'form-8', date: '2027-05-27' });
    for (const [field, long] of [
      ['subject', { ...plan, title: { da: 'T'.repeat(256), en: 'T'.repeat(256) } }],
      ['location', { ...plan, location: { ...plan.location, place: 'S'.repeat(300) } }],
    ] as const) {
      const form = organiserForm();
      const outcome = await writePlanToForm({
        form,
        graph: graph(),
        plan: long,
        written: undefined,
        locale: 'da',
      });
      expect(outcome).toMatchObject({ kind: 'tooLong', field, max: 255 });
      expect(form.calls.filter((c) => c.startsWith('set') || c === 'save')).toEqual([]);
    }
    // 255 is taken.
    const form = organiserForm();
    const fits = { ...plan, title: { da: 'T'.repeat(255), en: 'T'.repeat(255) } };
    expect(
      (
        await writePlanToForm({
          form,
          graph: graph(),
          plan: fits,
          written: undefined,
          locale: 'da',
        })
      ).kind,
    ).toBe('written');
  });

  it('marks the item though new Outlook fails the first save of its custom properties', async () => {
    const form = organiserForm();
    form.failNext = 'setCustomProperty';
    const plan = demoPlan(h.emulator.core.tenant, { id: 'form-9', date: '2027-06-03' });
    const outcome = await writePlanToForm({
      form,
      graph: graph(),
      plan,
      written: undefined,
      locale: 'da',
    });
    expect(outcome.kind).toBe('written');
    expect(form.item.customProperties.get(PLAN_ID_PROPERTY)).toBe('form-9');
  });

  it('stores the plan once classic Outlook has handed the saved item to Exchange, waiting longer each time', async () => {
    const form = organiserForm();
    h.emulator.faults.set([{ method: 'POST', path: '/extensions$', status: 404, times: 2 }]);
    const { waited, wait } = quickWait();
    const plan = demoPlan(h.emulator.core.tenant, { id: 'form-10', date: '2027-06-10' });
    const outcome = await writePlanToForm({
      form,
      graph: graph(),
      plan,
      written: undefined,
      locale: 'da',
      wait,
    });
    expect(outcome.kind).toBe('written');
    expect(waited).toEqual([1_000, 2_000]);
    const booked = await listBookedMeetings(graph(), {
      start: '2027-06-01T00:00:00Z',
      end: '2027-07-01T00:00:00Z',
    });
    expect(booked.find((m) => m.eventId === form.item.restId)?.plan.id).toBe('form-10');
  });

  it('says so when the saved item never reaches Exchange', async () => {
    const form = organiserForm();
    h.emulator.faults.set([{ method: 'POST', path: '/extensions$', status: 404, times: 99 }]);
    const { waited, wait } = quickWait();
    const plan = demoPlan(h.emulator.core.tenant, { id: 'form-11', date: '2027-06-17' });
    const outcome = await writePlanToForm({
      form,
      graph: graph(),
      plan,
      written: undefined,
      locale: 'da',
      wait,
    });
    expect(outcome.kind).toBe('notArrived');
    expect(waited).toEqual([1_000, 2_000, 4_000, 8_000]);
  });
});

describe('reading the form', () => {
  it('reads the form’s times and attendees', async () => {
    const form = organiserForm();
    form.item.required = [{ email: 'a@example.org', displayName: 'A' }];
    const state = await readFormState(form);
    expect(state.required).toEqual([{ email: 'a@example.org', name: 'A' }]);
    expect(state.organizer).toBe(h.address('organiser'));
  });
});
