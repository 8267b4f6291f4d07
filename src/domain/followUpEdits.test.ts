import { describe, expect, it } from 'vitest';
import { validatePlan } from './validatePlan';
import { aCoveredPlan, aPersonRef, TEST_CLOCK } from './testBuilders.testSupport';
import { applyFollowUpEdits, followUpRefusals } from './followUpEdits';
import { plainDate, wallTime } from '../domain';

describe('follow-up edits', () => {
  it('makes a replacement a stand-in for this meeting: she covers the roles, he keeps them', () => {
    const plan = aCoveredPlan();
    const vice = plan.invitees.find((i) => i.roles.includes('medViceChair'));
    const next = aPersonRef('Nina Ny');
    const edited = applyFollowUpEdits(plan, [
      { kind: 'replace', email: vice?.email ?? '', person: next },
    ]);
    expect(edited.invitees.some((i) => i.email === vice?.email)).toBe(false);
    const standIn = edited.invitees.find((i) => i.email === next.email);
    expect(standIn).toMatchObject({ roles: [], attendance: 'required' });
    expect(standIn?.standsInFor).toEqual([
      expect.objectContaining({ email: vice?.email, roles: vice?.roles }),
    ]);
    expect(validatePlan(edited, TEST_CLOCK).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('leaves a TRIO seat with its holder and counts it covered by the stand-in', () => {
    const plan = aCoveredPlan({ workplaces: 1 });
    const tr = plan.presentingWorkplaces[0]?.trio.tr;
    const next = aPersonRef('Tim Ny');
    const edited = applyFollowUpEdits(plan, [
      { kind: 'replace', email: tr?.email ?? '', person: next },
    ]);
    expect(edited.presentingWorkplaces[0]?.trio.tr).toEqual(tr);
    expect(edited.invitees.filter((i) => i.email === next.email)).toHaveLength(1);
    expect(edited.invitees.some((i) => i.email === tr?.email)).toBe(false);
    expect(validatePlan(edited, TEST_CLOCK).filter((f) => f.code === 'trio-incomplete')).toEqual(
      [],
    );
  });

  it('adds a person for a role, and lays the same edits on a plan someone else changed', () => {
    const plan = aCoveredPlan();
    const theirs = aPersonRef('Theis Andens');
    const mine = aPersonRef('Mie Min');
    const changedByOther = applyFollowUpEdits(plan, [
      { kind: 'add', person: theirs, role: 'medMember' },
    ]);
    const merged = applyFollowUpEdits(changedByOther, [
      { kind: 'add', person: mine, role: 'middleManager' },
    ]);
    expect(merged.invitees.map((i) => i.email)).toEqual(
      expect.arrayContaining([theirs.email, mine.email]),
    );
    expect(merged.invitees.find((i) => i.email === theirs.email)?.attendance).toBe('optional');
    expect(merged.invitees.find((i) => i.email === mine.email)?.attendance).toBe('required');
  });

  it('moves the meeting and its agenda to a new time', () => {
    const plan = aCoveredPlan({ date: '2027-06-03' });
    const moved = applyFollowUpEdits(plan, [
      { kind: 'move', date: plainDate('2027-06-10'), start: wallTime('09:00') },
    ]);
    expect([moved.date, moved.start, moved.agenda[0]?.start]).toEqual([
      '2027-06-10',
      '09:00',
      '09:00',
    ]);
    expect(moved.end).not.toBe(plan.end);
  });

  it('refuses a move into the past, in Danish and English, and nothing else', () => {
    const plan = aCoveredPlan();
    const clock = { today: plan.date, now: wallTime('10:00') };
    const back = applyFollowUpEdits(plan, [
      { kind: 'move', date: plainDate('2020-01-06'), start: wallTime('11:00') },
    ]);
    const [refusal] = followUpRefusals(plan, back, clock);
    expect(refusal?.code).toBe('date-in-past');
    expect(refusal?.message.da).toContain('2020');
    expect(refusal?.message.en).toContain('2020');
    const earlierToday = applyFollowUpEdits(plan, [
      { kind: 'move', date: plan.date, start: wallTime('09:00') },
    ]);
    expect(followUpRefusals(plan, earlierToday, clock).map((f) => f.code)).toEqual([
      'start-in-past',
    ]);
    const later = applyFollowUpEdits(plan, [
      { kind: 'move', date: plan.date, start: wallTime('12:30') },
    ]);
    expect(followUpRefusals(plan, later, clock)).toEqual([]);
  });

  it('does not hold a meeting that has begun against edits that leave its time alone', () => {
    const plan = aCoveredPlan();
    const added = applyFollowUpEdits(plan, [
      { kind: 'add', person: aPersonRef('Ida Ny'), role: 'medMember' },
    ]);
    expect(
      followUpRefusals(plan, added, { today: plainDate('2099-01-01'), now: wallTime('08:00') }),
    ).toEqual([]);
  });
  it('refuses a move out of order among the effort’s meetings, and not one that keeps it', () => {
    const plan = {
      ...aCoveredPlan(),
      title: { da: '2. netværksmøde', en: '2nd network meeting' },
      series: {
        position: 2,
        size: 3,
        seriesId: 'm1',
        otherMeetings: [
          { planId: 'm1', position: 1, size: 3, date: plainDate('2026-02-05') },
          { planId: 'm3', position: 3, size: 3, date: plainDate('2026-06-04') },
        ],
      },
    };
    const move = (date: string) =>
      followUpRefusals(
        plan,
        applyFollowUpEdits(plan, [{ kind: 'move', date: plainDate(date), start: plan.start }]),
        TEST_CLOCK,
      ).map((f) => f.code);
    expect(move('2026-02-04')).toEqual(['series-date-order']);
    expect(move('2026-06-10')).toEqual(['series-date-order']);
    expect(move('2026-04-15')).toEqual([]);
  });
});
