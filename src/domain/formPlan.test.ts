import { describe, expect, it } from 'vitest';
import { copenhagenWallTime, formPersonId, planAsInForm } from './formPlan';
import { aCoveredPlan, formOf, instantOf, TEST_CLOCK } from './testBuilders.testSupport';
import { validatePlan } from './validatePlan';

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
