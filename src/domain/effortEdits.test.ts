import { describe, expect, it } from 'vitest';
import type { BookedMeeting } from './calendarMeeting';
import { workplaceFromGroup } from './directory';
import type { MeetingPlan } from './plan';
import { applyPlanEdit, applyPlanEdits, type PlanEdit } from './planEdits';
import { planFromTemplate } from './planFromTemplate';
import { SECOND_PROGRAMME } from './programmes';
import { renderInvite } from './renderInvite';
import {
  firstOpenDayFrom,
  lastDateIn,
  nextMeetingSearchFrom,
  nextPositionIn,
  seriesMeetingsFrom,
} from './seriesSnapshot';
import { aCoveredPlan, aPersonRef, aWorkplace, TEST_CLOCK } from './testBuilders.testSupport';
import { validatePlan } from './validatePlan';
import { copenhagenDateTime, plainDate } from './wallTime';

const run = (plan: MeetingPlan, ...edits: PlanEdit[]): MeetingPlan => applyPlanEdits(plan, edits);
const codes = (plan: MeetingPlan) => validatePlan(plan, TEST_CLOCK).map((f) => f.code);

describe('roles, one at a time per person', () => {
  it('adds a role to a person already invited, and takes a single role away again', () => {
    const plan = aCoveredPlan();
    const member = plan.invitees.find((i) => i.roles.includes('medMember'));
    if (!member) throw new Error('no member');
    const more = run(plan, { kind: 'addRole', email: member.email, role: 'amr' });
    expect(more.invitees.find((i) => i.email === member.email)?.roles).toEqual([
      'medMember',
      'amr',
    ]);
    // A role that asks for a required attendee makes an optional member required, as inviting would.
    const optional = run(plan, { kind: 'attendance', email: member.email, attendance: 'optional' });
    const hr = run(optional, { kind: 'addRole', email: member.email, role: 'hrConsultant' });
    expect(hr.invitees.find((i) => i.email === member.email)?.attendance).toBe('required');
    const fewer = run(more, { kind: 'removeRole', email: member.email, role: 'medMember' });
    expect(fewer.invitees.find((i) => i.email === member.email)?.roles).toEqual(['amr']);
    expect(fewer.invitees).toHaveLength(plan.invitees.length);
  });

  it('takes the vice-chair role from the chair without removing her as chair', () => {
    const plan = aCoveredPlan();
    const chair = plan.invitees.find((i) => i.roles.includes('medChair'));
    if (!chair) throw new Error('no chair');
    const both = run(plan, { kind: 'addRole', email: chair.email, role: 'medViceChair' });
    const vice = plan.invitees.find((i) => i.roles.includes('medViceChair'));
    const alone = run(both, { kind: 'uninvite', email: vice?.email ?? '' });
    expect(codes(alone)).toContain('med-chair-is-vice-chair');
    const fixed = run(alone, {
      kind: 'removeRole',
      email: chair.email.toUpperCase(),
      role: 'medViceChair',
    });
    expect(fixed.invitees.find((i) => i.email === chair.email)?.roles).toEqual(['medChair']);
    expect(codes(fixed)).not.toContain('med-chair-is-vice-chair');
    expect(codes(fixed)).toContain('med-vice-chair-missing');
  });

  it('empties the TRIO seat of a person whose seat role is taken away; the last role removes them', () => {
    const plan = aCoveredPlan();
    const [workplace] = plan.presentingWorkplaces;
    const tr = workplace?.trio.tr;
    if (!workplace || !tr) throw new Error('no TRIO');
    const out = run(plan, { kind: 'removeRole', email: tr.email, role: 'tr' });
    expect(out.presentingWorkplaces[0]?.trio.tr).toBeUndefined();
    expect(out.invitees.some((i) => i.email === tr.email)).toBe(false);
    expect(codes(out)).toContain('trio-incomplete');
  });
});

describe('a group holding several workplaces', () => {
  const leaders = [aPersonRef('Lise Leder'), aPersonRef('Lars Leder')];
  const amrs = [aPersonRef('Anna AMR'), aPersonRef('Alf AMR')];
  const trs = [aPersonRef('Tom TR'), aPersonRef('Tine TR')];
  const group = workplaceFromGroup(
    { id: 'forvaltning', name: 'Forvaltningen for Social og Sundhed' },
    [...leaders, ...amrs, ...trs],
    { workplaceLeader: leaders, amr: amrs, tr: trs },
  );

  it('is added with its seats empty until the organiser chooses, then the choice is done', () => {
    const plan = run(aCoveredPlan({ workplaces: 0 }), { kind: 'addWorkplace', workplace: group });
    expect(plan.presentingWorkplaces[0]?.trio).toEqual({});
    expect(plan.invitees.some((i) => i.workplaceId === 'forvaltning')).toBe(false);
    const chosen = run(plan, {
      kind: 'seat',
      workplaceId: 'forvaltning',
      seat: 'leader',
      person: leaders[1],
    });
    expect(chosen.presentingWorkplaces[0]?.trio.leader).toEqual(leaders[1]);
    expect(Object.keys(chosen.presentingWorkplaces[0]?.seatChoices ?? {})).toEqual(['amr', 'tr']);
    const all = run(
      chosen,
      { kind: 'seat', workplaceId: 'forvaltning', seat: 'amr', person: amrs[1] },
      { kind: 'seat', workplaceId: 'forvaltning', seat: 'tr', person: trs[1] },
    );
    expect(all.presentingWorkplaces[0]?.seatChoices).toBeUndefined();
    expect(codes(all)).not.toContain('trio-incomplete');
  });

  it('is split into its workplaces, in its place among the others', () => {
    const [a, b] = [aWorkplace('Hjemmeplejen Nord'), aWorkplace('Plejecentret Lindely')];
    const other = aWorkplace('Vej og Park');
    const plan = run(
      aCoveredPlan({ workplaces: 0 }),
      { kind: 'addWorkplace', workplace: group },
      { kind: 'addWorkplace', workplace: other },
    );
    const split = applyPlanEdit(plan, {
      kind: 'splitWorkplace',
      workplaceId: 'forvaltning',
      into: [a, b],
    });
    if (!split.ok) throw new Error(split.error.message.en);
    expect(split.plan.presentingWorkplaces.map((w) => w.name)).toEqual([
      'Hjemmeplejen Nord',
      'Plejecentret Lindely',
      'Vej og Park',
    ]);
    expect(codes(split.plan)).not.toContain('trio-incomplete');
  });
});

describe('the adapted frame', () => {
  it('is confirmed and taken back by an edit, and kept when workplaces change', () => {
    const plan = aCoveredPlan();
    const confirmed = run(plan, { kind: 'confirmFrame', minutes: 300 });
    expect(confirmed.adaptedFrame).toEqual({ minutes: 300 });
    const more = run(confirmed, { kind: 'addWorkplace', workplace: aWorkplace('Vej og Park') });
    expect(more.adaptedFrame).toEqual({ minutes: 300 });
    expect(
      run(confirmed, { kind: 'confirmFrame', minutes: undefined }).adaptedFrame,
    ).toBeUndefined();
  });

  it('shows the real end in the invitation', () => {
    const plan = aCoveredPlan({ programme: SECOND_PROGRAMME, workplaces: 6 });
    const long = run(plan, {
      kind: 'agenda',
      edit: { kind: 'length', blockId: 'survey', minutes: 320 },
    });
    expect(renderInvite(long, 'da').text).toContain('torsdag den 12. marts 2026, 12.30–20.20');
  });
});

describe('the kind of organisation', () => {
  const second = (organisation?: 'kommune' | 'region' | 'hospital') => {
    const laid = planFromTemplate(SECOND_PROGRAMME, {
      id: 'p',
      date: plainDate('2027-04-08'),
      workplaces: [],
      organisation,
    });
    if (!laid.ok) throw new Error(laid.error.message.en);
    return laid.plan;
  };
  const reflection = (plan: MeetingPlan) => plan.agenda.find((b) => b.id === 'reflection')?.title;

  it('keeps the guide’s words until it is known, and words the 2nd programme for it', () => {
    expect(reflection(second())?.da).toMatch(/skal tage i kommunen\/på hospitalet$/);
    expect(reflection(second('hospital'))).toEqual({
      da: "Direktørernes og næstformanden i H-MED refleksioner over projektets resultater og hvilken retning den fortsatte 'social kapital indsats' skal tage på hospitalet",
      en: "The directors' and the H-MED vice-chair's reflections on the project's results and the direction the continued social-capital effort should take at the hospital",
    });
    expect(reflection(second('region'))?.da).toMatch(/skal tage i regionen$/);
    expect(second('region').organisation).toBe('region');
  });

  it('rewords a plan when told, leaving a title the organiser wrote, and keeps it when relaid', () => {
    const plan = second();
    const region = run(plan, { kind: 'organisation', organisation: 'region' });
    expect(reflection(region)?.en).toMatch(/should take in the region$/);
    const kommune = run(region, { kind: 'organisation', organisation: 'kommune' });
    expect(reflection(kommune)?.da).toMatch(/skal tage i kommunen$/);
    const relaid = run(kommune, { kind: 'addWorkplace', workplace: aWorkplace('Vej og Park') });
    expect(reflection(relaid)?.da).toMatch(/skal tage i kommunen$/);
    const own = run(plan, {
      kind: 'agenda',
      edit: {
        kind: 'update',
        blockId: 'reflection',
        changes: { title: { da: 'Direktionens refleksion', en: 'Reflections' } },
      },
    });
    expect(reflection(run(own, { kind: 'organisation', organisation: 'hospital' }))).toEqual({
      da: 'Direktionens refleksion',
      en: 'Reflections',
    });
  });
});

describe('the effort’s other meetings', () => {
  const booked = (plan: MeetingPlan, date: string, isCancelled = false): BookedMeeting => ({
    eventId: `e-${plan.id}`,
    etag: '1',
    subject: plan.title.da,
    start: copenhagenDateTime(`${date}T11:00:00`),
    end: copenhagenDateTime(`${date}T14:00:00`),
    organizer: aPersonRef('Signe'),
    isOrganizer: true,
    isCancelled,
    webLink: '',
    responses: [],
    myResponse: 'none',
    plan,
  });
  const first = { ...aCoveredPlan(), id: 'm1', series: { position: 1, size: 3 } };
  const second = { ...first, id: 'm2', series: { position: 2, size: 3, seriesId: 'm1' } };
  const stranger = { ...first, id: 'x1' };

  it('are read from the events, at the dates the events have now; itself and cancelled ones left out', () => {
    const third = { ...first, id: 'm3', series: { position: 3, size: 3, seriesId: 'm1' } };
    const meetings = [
      booked(second, '2027-04-08'),
      booked(stranger, '2027-02-01'),
      booked(first, '2027-01-26'),
      booked({ ...third, id: 'm3-cancelled' }, '2027-05-01', true),
      booked(third, '2027-06-03'),
    ];
    expect(seriesMeetingsFrom(third, meetings)).toEqual([
      { planId: 'm1', position: 1, size: 3, date: '2027-01-26' },
      { planId: 'm2', position: 2, size: 3, date: '2027-04-08' },
    ]);
    const refreshed = run(third, {
      kind: 'seriesMeetings',
      meetings: seriesMeetingsFrom(third, meetings),
    });
    expect(nextPositionIn(refreshed)).toBe(4);
    expect(nextPositionIn(first)).toBe(2);
    // The same snapshot again leaves the very same plan (no needless draft save).
    expect(
      applyPlanEdit(refreshed, {
        kind: 'seriesMeetings',
        meetings: seriesMeetingsFrom(third, meetings),
      }),
    ).toEqual({ ok: true, plan: refreshed });
  });

  it('set where the next meeting is first looked for: ten weeks after the last one', () => {
    // The issue: meeting 1 on Monday 25 January 2027.
    const one = { ...first, date: plainDate('2027-01-25') };
    expect(lastDateIn(one)).toBe('2027-01-25');
    expect(nextMeetingSearchFrom(one)).toBe('2027-04-05');
    const withLater = {
      ...one,
      series: {
        ...one.series,
        otherMeetings: [{ planId: 'm2', position: 2, size: 3, date: plainDate('2027-04-08') }],
      },
    };
    expect(nextMeetingSearchFrom(withLater)).toBe('2027-06-17');
  });

  it('first open day: past weekends, holidays and Christmas to New Year', () => {
    expect(firstOpenDayFrom(plainDate('2027-04-05'))).toBe('2027-04-05');
    // 2027-03-29 is Easter Monday.
    expect(firstOpenDayFrom(plainDate('2027-03-27'))).toBe('2027-03-30');
    expect(firstOpenDayFrom(plainDate('2027-12-23'))).toBe('2027-12-23');
    expect(firstOpenDayFrom(plainDate('2027-12-24'))).toBe('2028-01-03');
  });
});
