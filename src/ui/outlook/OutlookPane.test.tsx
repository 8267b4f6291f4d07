// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RetryFeed } from '../../app/retryFeed';
import { DemoAuthProvider } from '../../auth/demoAuth';
import { planRefIn } from '../../domain';
import { demoPlan } from '../../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../../emulator/harness.testSupport';
import type { HostInfo } from '../../host/hostInfo';
import { PLAN_SESSION_KEY } from '../../host/outlook/meetingForm';
import { writePlanToForm } from './formSync';
import { MemoryMeetingForm } from './memoryMeetingForm.testSupport';
import { OutlookPane } from './mountOutlookPane';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(cleanup);

const host = (locale: string): HostInfo => ({
  kind: 'outlook',
  theme: 'default',
  locale,
  nestedAuth: true,
});

function demoAuth() {
  const people = h.emulator.core.tenant.users.map((u) => ({
    role: '',
    displayName: u.displayName,
    userPrincipalName: u.mail,
  }));
  return new DemoAuthProvider(people, undefined);
}

function organiserForm() {
  const form = new MemoryMeetingForm('organizer', h.address('organiser'), 'da-DK', {
    start: new Date('2027-06-10T08:00:00Z'),
    end: new Date('2027-06-10T08:30:00Z'),
  });
  const client = h.client('organiser');
  form.onSave = async (item) =>
    item.restId ??
    (
      (await client.sdk.api('/me/events').post({
        subject: item.subject,
        start: { dateTime: item.start.toISOString().slice(0, 19), timeZone: 'UTC' },
        end: { dateTime: item.end.toISOString().slice(0, 19), timeZone: 'UTC' },
      })) as { id: string }
    ).id;
  return form;
}

function renderPane(form: MemoryMeetingForm, locale = 'da-DK', user = 'organiser') {
  return render(
    <OutlookPane
      form={form}
      host={host(locale)}
      nestedAuthSupported
      auth={demoAuth()}
      graph={h.graph(user)}
      retries={new RetryFeed()}
    />,
  );
}

describe('the organiser’s pane', { timeout: 20_000 }, () => {
  it('starts a programme, writes it into the form, and shows coverage of what the form holds', async () => {
    const form = organiserForm();
    renderPane(form);
    fireEvent.click(
      await screen.findByRole('button', { name: /^1\. netværksmøde/ }, { timeout: 5000 }),
    );
    // Nothing is in the form yet: coverage of the form finds the roles missing.
    const coverage = await screen.findByTestId('coverage');
    await waitFor(() =>
      expect(coverage.querySelector('[data-code="med-chair-missing"]')).not.toBeNull(),
    );
    expect(screen.getByTestId('write-status').textContent).toMatch(/ikke står i mødet/);

    fireEvent.click(screen.getByTestId('write-to-form'));
    await waitFor(() =>
      expect(screen.getByTestId('write-status').textContent).toMatch(/opdateret og gemt/),
    );
    expect(planRefIn(form.item.body)).toBeDefined();
    expect(form.item.start.toISOString()).toBe('2027-06-10T09:00:00.000Z');
    expect(form.item.sessionData.get(PLAN_SESSION_KEY)).toBeDefined();
  });

  it('shows an attendee added by hand in Outlook as without a role, and counts them once given one', async () => {
    const form = organiserForm();
    const plan = demoPlan(h.emulator.core.tenant, { id: 'pane-2', date: '2027-06-17' });
    const first = await writePlanToForm({
      form,
      graph: h.graph('organiser'),
      plan,
      written: undefined,
      locale: 'da',
    });
    expect(first.kind).toBe('written');
    // In Outlook, the organiser takes the MED chair out and types in a stand-in by hand.
    const chair = h.address('medChair');
    const invited = new Set(plan.invitees.map((i) => i.email));
    const other = h.emulator.core.tenant.users.find((u) => !invited.has(u.mail));
    if (!other) throw new Error('every demo user is invited');
    form.item.required = form.item.required.filter((a) => a.email !== chair);
    form.item.required.push({ email: other.mail, displayName: other.displayName });
    renderPane(form);

    const noRole = await screen.findByTestId('no-role', {}, { timeout: 5000 });
    expect(within(noRole).getByText(other.displayName)).toBeTruthy();
    const coverage = screen.getByTestId('coverage');
    await waitFor(() =>
      expect(coverage.querySelector('[data-code="med-chair-missing"]')).not.toBeNull(),
    );
    // Give her the MED chair's role in the pane: the role is covered again.
    const picker = within(noRole).getByRole('combobox');
    fireEvent.click(picker);
    fireEvent.click(await screen.findByRole('option', { name: 'MED-formand' }));
    fireEvent.click(within(noRole).getByRole('button', { name: 'Giv rolle' }));
    await waitFor(() =>
      expect(coverage.querySelector('[data-code="med-chair-missing"]')).toBeNull(),
    );
    expect(screen.queryByTestId('no-role')).toBeNull();
  });

  it('follows the form by Outlook’s events where it raises them, and reads it on a timer only where not', async () => {
    const form = organiserForm();
    const plan = demoPlan(h.emulator.core.tenant, { id: 'pane-3', date: '2027-06-24' });
    await writePlanToForm({
      form,
      graph: h.graph('organiser'),
      plan,
      written: undefined,
      locale: 'da',
    });
    renderPane(form);
    const coverage = await screen.findByTestId('coverage', {}, { timeout: 5000 });
    await waitFor(() =>
      expect(coverage.querySelector('[data-code="med-chair-missing"]')).toBeNull(),
    );
    // Idle: Outlook raised nothing, so nothing is read.
    const reads = () => form.calls.filter((c) => c === 'getAttendees').length;
    const before = reads();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(reads()).toBe(before);
    // The organiser takes the chair out in Outlook, and Outlook says the recipients changed.
    form.item.required = form.item.required.filter((a) => a.email !== h.address('medChair'));
    act(() => form.changed('recipients'));
    await waitFor(
      () => expect(coverage.querySelector('[data-code="med-chair-missing"]')).not.toBeNull(),
      { timeout: 1_000 },
    );
    cleanup();

    // Below Mailbox 1.7 Outlook raises no events: the pane reads the form every two seconds.
    const older = organiserForm();
    older.events = false;
    renderPane(older);
    await screen.findByRole('button', { name: /^1\. netværksmøde/ }, { timeout: 5000 });
    const first = older.calls.filter((c) => c === 'getAttendees').length;
    await waitFor(
      () => expect(older.calls.filter((c) => c === 'getAttendees').length).toBeGreaterThan(first),
      { timeout: 3_000 },
    );
  });

  it('speaks English when Outlook does', async () => {
    renderPane(organiserForm(), 'en-GB');
    expect(await screen.findByRole('button', { name: /^1st network meeting/ })).toBeTruthy();
  });
});

describe('the attendee’s pane', { timeout: 20_000 }, () => {
  it('shows my roles, my part and the whole programme, and sends my answer to the organiser', async () => {
    const organiser = h.graph('organiser');
    const plan = demoPlan(h.emulator.core.tenant, { id: 'pane-att', date: '2027-06-24' });
    const { bookPlan } = await import('../../app/meetings');
    const booked = await bookPlan(organiser, plan, 'da');
    const copy = await h.graph('medChair').invitedMeetingByICalUId(booked.iCalUId ?? '');
    const form = new MemoryMeetingForm('attendee', h.address('medChair'), 'da-DK', {
      restId: copy?.eventId,
    });
    renderPane(form, 'da-DK', 'medChair');

    expect((await screen.findByTestId('my-roles')).textContent).toMatch(/MED-formand/);
    expect(screen.getByTestId('please-confirm')).toBeTruthy();
    const whole = screen.getByTestId('whole-programme');
    expect(whole.querySelectorAll('li').length).toBeGreaterThan(5);
    expect(whole.querySelectorAll('li[data-mine]').length).toBeGreaterThan(0);

    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'Jeg kommer' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Jeg deltager' }));
    });
    await waitFor(() => expect(screen.getByTestId('my-answer').textContent).toMatch(/Accepteret/));
    const read = await organiser.getMeeting(booked.eventId);
    expect(read.responses.find((r) => r.email === h.address('medChair'))?.response).toBe(
      'accepted',
    );
  });

  it('beside the invitation in the inbox, finds the meeting in my calendar and shows my part', async () => {
    const plan = demoPlan(h.emulator.core.tenant, { id: 'pane-request', date: '2027-06-29' });
    const { bookPlan } = await import('../../app/meetings');
    const booked = await bookPlan(h.graph('organiser'), plan, 'da');
    const copy = await h.graph('medChair').invitedMeetingByICalUId(booked.iCalUId ?? '');
    // The request: a message of its own (its id is no event's), with the meeting's start and body.
    const form = new MemoryMeetingForm('attendee', h.address('medChair'), 'da-DK', {
      restId: 'AAMkRequestMessage',
      start: new Date(`${copy?.start ?? ''}+02:00`),
      body: copy?.html ?? '',
    });
    form.itemKind = 'meetingMessage';
    renderPane(form, 'da-DK', 'medChair');
    expect((await screen.findByTestId('my-roles')).textContent).toMatch(/MED-formand/);
    expect(form.calls).not.toContain('getItemRestId');
  });

  it('says a message that is no invitation is none, without asking Graph', async () => {
    const form = new MemoryMeetingForm('attendee', h.address('medChair'), 'da-DK', {
      restId: 'AAMkSomeMail',
    });
    form.itemKind = 'message';
    renderPane(form, 'da-DK', 'medChair');
    expect((await screen.findByTestId('not-meeting')).textContent).toMatch(
      /ikke en mødeinvitation/,
    );
    expect(form.calls).toEqual([]);
  });

  it('leaves an ordinary meeting alone', async () => {
    const client = h.client('organiser');
    await client.sdk.api('/me/events').post({
      subject: 'Frokost',
      body: { contentType: 'html', content: '<p>Bare frokost</p>' },
      start: { dateTime: '2027-07-01T10:00:00', timeZone: 'UTC' },
      end: { dateTime: '2027-07-01T11:00:00', timeZone: 'UTC' },
      attendees: [{ type: 'required', emailAddress: { address: h.address('medChair') } }],
    });
    const copy = (
      await h
        .graph('medChair')
        .listInvitedMeetings(
          { start: '2027-07-01T00:00:00Z', end: '2027-07-02T00:00:00Z' },
          () => true,
        )
    )[0];
    const form = new MemoryMeetingForm('attendee', h.address('medChair'), 'da-DK', {
      restId: copy?.eventId,
    });
    renderPane(form, 'da-DK', 'medChair');
    expect((await screen.findByTestId('not-network-meeting')).textContent).toMatch(/ikke planlagt/);
  });
});
