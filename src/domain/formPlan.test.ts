import { describe, expect, it } from 'vitest';
import { bookingFromPlan } from './calendarBooking';
import { DayClock } from './dayClock';
import {
  copenhagenWallTime,
  type FormPerson,
  type FormState,
  formAttendeesFor,
  formPersonId,
  inviteesWithoutRole,
  planAsInForm,
  planToWrite,
} from './formPlan';
import type { MeetingPlan } from './plan';
import { aCoveredPlan, formOf, instantOf, TEST_CLOCK } from './testBuilders.testSupport';
import { validatePlan } from './validatePlan';
import { wallTime } from './wallTime';

describe('the plan as the meeting form has it', () => {
  it('is the plan itself when the form holds what the plan says', () => {
    const plan = aCoveredPlan();
    const inForm = planAsInForm(plan, formOf(plan));
    expect(inForm.date).toBe(plan.date);
    expect(inForm.start).toBe(plan.start);
    expect(inForm.end).toBe(plan.end);
    expect(inForm.agenda).toEqual(plan.agenda);
    expect(validatePlan(inForm, TEST_CLOCK)).toEqual(validatePlan(plan, TEST_CLOCK));
  });

  it('gives someone added in the form no role, and drops someone removed there', () => {
    const plan = aCoveredPlan();
    const form = formOf(plan);
    const chair = plan.invitees.find((i) => i.roles.includes('medChair'));
    if (!chair) throw new Error('the covered plan has a MED chair');
    const inForm = planAsInForm(plan, {
      ...form,
      required: [
        ...form.required.filter((p) => p.email !== chair.email),
        { email: 'Gæst@Example.org', name: 'En Gæst' },
      ],
    });
    expect(inForm.invitees.find((i) => i.email === chair.email)).toBeUndefined();
    expect(inForm.invitees.find((i) => i.email === 'Gæst@Example.org')).toMatchObject({
      id: formPersonId('gæst@example.org'),
      roles: [],
      attendance: 'required',
    });
    expect(validatePlan(inForm, TEST_CLOCK).map((f) => f.code)).toContain('med-chair-missing');
  });

  it('takes required or optional from the form, and a person on both lists as required', () => {
    const plan = aCoveredPlan();
    const form = formOf(plan);
    const chair = form.required.find((p) => p.name === 'Freja Formand');
    if (!chair) throw new Error('the covered plan has a MED chair');
    const moved = planAsInForm(plan, {
      ...form,
      required: form.required.filter((p) => p !== chair),
      optional: [...form.optional, chair],
    });
    expect(moved.invitees.find((i) => i.email === chair.email)?.attendance).toBe('optional');
    expect(validatePlan(moved, TEST_CLOCK).map((f) => f.code)).toContain('role-only-optional');
    const both = planAsInForm(plan, { ...form, optional: [...form.optional, chair] });
    expect(both.invitees.filter((i) => i.email === chair.email)).toHaveLength(1);
    expect(both.invitees.find((i) => i.email === chair.email)?.attendance).toBe('required');
  });

  it('moves the programme with a new start, and takes the end from the form', () => {
    const plan = aCoveredPlan({ start: '11:00' });
    const inForm = planAsInForm(plan, {
      ...formOf(plan),
      start: instantOf('2026-03-13', '12:00'),
      end: instantOf('2026-03-13', '14:00'),
    });
    expect(inForm.date).toBe('2026-03-13');
    expect(inForm.start).toBe('12:00');
    expect(inForm.end).toBe('14:00');
    expect(inForm.agenda[0]?.start).toBe('12:00');
    // Two hours cannot hold a three-hour programme: the schedule rules say so.
    expect(validatePlan(inForm, TEST_CLOCK).map((f) => f.code)).toContain('block-outside-meeting');
  });

  it('reads Copenhagen’s wall time on both sides of a clock change', () => {
    expect(copenhagenWallTime(Date.parse('2026-03-28T10:00:00Z'))).toEqual({
      date: '2026-03-28',
      time: '11:00',
    });
    expect(copenhagenWallTime(Date.parse('2026-03-30T10:00:00Z'))).toEqual({
      date: '2026-03-30',
      time: '12:00',
    });
  });
});

const ORGANISER = 'signe@example.org';

/** The form as the pane leaves it after writing the plan: its times, its attendees named by role. */
function writtenFormOf(plan: MeetingPlan, overrides: Partial<FormState> = {}): FormState {
  const clock = new DayClock(plan.date);
  const lists = formAttendeesFor(plan, { required: [], optional: [], organizer: ORGANISER }, 'da');
  return {
    organizer: ORGANISER,
    start: Date.parse(clock.instant(plan.start)),
    end: Date.parse(clock.instant(plan.end)),
    required: lists.required,
    optional: lists.optional,
    ...overrides,
  };
}

const errorsOf = (plan: MeetingPlan) =>
  validatePlan(plan, TEST_CLOCK)
    .filter((f) => f.severity === 'error')
    .map((f) => f.code);

describe('the plan as the meeting form holds it', () => {
  it('is the plan itself when the form holds what the pane wrote', () => {
    const plan = aCoveredPlan();
    const inForm = planAsInForm(plan, writtenFormOf(plan));
    const withoutRole = inviteesWithoutRole(inForm);
    expect(errorsOf(inForm)).toEqual([]);
    expect(inForm.invitees.map((i) => i.email).sort()).toEqual(
      plan.invitees.map((i) => i.email).sort(),
    );
    expect(withoutRole).toEqual([]);
  });

  it('loses the roles of someone the organiser removed in Outlook', () => {
    const plan = aCoveredPlan();
    const form = writtenFormOf(plan);
    const chair = plan.invitees.find((i) => i.roles.includes('medChair'));
    const without = form.required.filter((p) => p.email !== chair?.email);
    const inForm = planAsInForm(plan, { ...form, required: without });
    expect(errorsOf(inForm)).toContain('med-chair-missing');
  });

  it('reads someone moved to optional in Outlook as optional', () => {
    const plan = aCoveredPlan();
    const form = writtenFormOf(plan);
    const chair = form.required.find((p) => p.name.includes('MED-formand')) as FormPerson;
    const inForm = planAsInForm(plan, {
      ...form,
      required: form.required.filter((p) => p !== chair),
      optional: [...form.optional, chair],
    });
    expect(errorsOf(inForm)).toContain('role-only-optional');
  });

  it('shows an attendee added by hand as without a role, and one named with a role as that role', () => {
    const plan = aCoveredPlan();
    const form = writtenFormOf(plan);
    const inForm = planAsInForm(plan, {
      ...form,
      required: [
        ...form.required,
        { email: 'ole@example.org', name: 'Ole Olsen' },
        { email: 'ane@example.org', name: 'Ane Berg (HR-konsulent)' },
      ],
    });
    const withoutRole = inviteesWithoutRole(inForm);
    expect(withoutRole.map((i) => [i.name, i.roles])).toEqual([['Ole Olsen', []]]);
    expect(inForm.invitees.find((i) => i.email === 'ane@example.org')?.roles).toEqual([
      'hrConsultant',
    ]);
  });

  it('moves the programme with a new start set in Outlook, and finds blocks past a new end', () => {
    const plan = aCoveredPlan();
    const clock = new DayClock(plan.date);
    const later = planAsInForm(
      plan,
      writtenFormOf(plan, {
        start: Date.parse(clock.instant(wallTime('12:00'))),
        end: Date.parse(clock.instant(wallTime('15:00'))),
      }),
    );
    expect([later.start, later.end, later.agenda[0]?.start]).toEqual(['12:00', '15:00', '12:00']);
    expect(errorsOf(later)).toEqual([]);
    const shorter = planAsInForm(
      plan,
      writtenFormOf(plan, { end: Date.parse(clock.instant(wallTime('13:00'))) }),
    );
    expect(errorsOf(shorter)).toContain('block-outside-meeting');
  });

  it('reads the form’s instants as Copenhagen wall times, summer time included', () => {
    expect(copenhagenWallTime(Date.parse('2027-06-10T09:00:00Z'))).toEqual({
      date: '2027-06-10',
      time: '11:00',
    });
    expect(copenhagenWallTime(Date.parse('2027-01-10T09:00:00Z')).time).toBe('10:00');
  });

  it('counts the organiser as coming, though Outlook does not list them', () => {
    const plan = aCoveredPlan();
    const hr = plan.invitees.find((i) => i.roles.includes('hrConsultant'));
    const am = plan.invitees.find((i) => i.roles.includes('amConsultant'));
    const form = writtenFormOf(plan);
    const listed = form.required.filter((p) => p.email !== hr?.email && p.email !== am?.email);
    const inForm = planAsInForm(plan, { ...form, required: listed, organizer: hr?.email });
    expect(inForm.invitees.some((i) => i.email === hr?.email)).toBe(true);
    expect(inForm.invitees.some((i) => i.email === am?.email)).toBe(false);
  });

  it('takes the organiser Outlook lists among the attendees neither as a person without a role nor twice', () => {
    const plan = aCoveredPlan();
    const form = writtenFormOf(plan);
    const me = { email: 'Signe.Organiser@Example.dk', name: 'Signe Organiser' };
    // Classic Outlook lists the organiser among the required attendees; the plan does not.
    const listed = planAsInForm(plan, {
      ...form,
      required: [me, ...form.required],
      organizer: 'signe.organiser@example.dk',
    });
    expect(inviteesWithoutRole(listed)).toEqual([]);
    expect(listed.invitees).toHaveLength(planAsInForm(plan, form).invitees.length);
    // An organiser the plan invites for a role keeps it, once, listed or not.
    const hr = plan.invitees.find((i) => i.roles.includes('hrConsultant'));
    const asHr = { ...form, organizer: hr?.email };
    const hrListed = planAsInForm(plan, asHr).invitees.filter((i) => i.email === hr?.email);
    expect(hrListed).toHaveLength(1);
    expect(hrListed[0]?.roles).toContain('hrConsultant');
  });
});

describe('what the pane writes into the form', () => {
  it('names every invitee with their roles, as the tab books them, and leaves out the organiser', () => {
    const plan = aCoveredPlan();
    const lists = formAttendeesFor(
      plan,
      { required: [], optional: [], organizer: plan.invitees[0]?.email },
      'en',
    );
    const booked = bookingFromPlan(plan, 'en').attendees.slice(1);
    expect([...lists.required, ...lists.optional].map((p) => p.name).sort()).toEqual(
      booked.map((a) => a.name).sort(),
    );
  });

  it('keeps attendees added in Outlook as they are, in their list', () => {
    const plan = aCoveredPlan();
    const guest = { email: 'guest@example.org', name: 'Gæst' };
    const lists = formAttendeesFor(plan, { required: [], optional: [guest] }, 'da');
    expect(lists.optional).toContainEqual(guest);
    expect(lists.required).not.toContainEqual(guest);
  });

  it('drops those removed in Outlook since the last write, keeps those added in the pane since', () => {
    const plan = aCoveredPlan();
    const form = writtenFormOf(plan);
    const [gone, ...rest] = form.required;
    const added = {
      ...(plan.invitees[0] as MeetingPlan['invitees'][number]),
      email: 'new@example.org',
    };
    const next = planToWrite(
      { ...plan, invitees: [...plan.invitees, added] },
      { ...form, required: rest },
      plan,
    );
    const emails = next.invitees.map((i) => i.email);
    expect(emails).not.toContain(gone?.email);
    expect(emails).toContain('new@example.org');
  });

  it('keeps the programme’s own times the first time, and follows a move in Outlook after', () => {
    const plan = aCoveredPlan();
    const clock = new DayClock(plan.date);
    const moved = writtenFormOf(plan, {
      start: Date.parse(clock.instant(wallTime('12:00'))),
      end: Date.parse(clock.instant(wallTime('15:00'))),
    });
    expect(planToWrite(plan, moved, undefined).start).toBe(plan.start);
    expect(planToWrite(plan, moved, plan).start).toBe('12:00');
  });

  it('keeps every role of a person the plan lists twice (a director also on the committee)', () => {
    const plan = aCoveredPlan();
    const director = plan.invitees.find((i) => i.roles.includes('director'));
    if (!director) throw new Error('the covered plan has a director');
    const twice = {
      ...plan,
      invitees: [
        ...plan.invitees,
        { ...director, roles: ['medMember' as const], attendance: 'optional' as const },
      ],
    };
    const inForm = planAsInForm(twice, writtenFormOf(twice));
    expect(inForm.invitees.find((i) => i.email === director.email)?.roles).toEqual([
      'director',
      'medMember',
    ]);
    expect(errorsOf(inForm)).toEqual([]);
  });
});
