import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanJson } from './parsePlan';
import { PLAN_SCHEMA_VERSION } from './plan';
import { aCoveredPlan } from './testBuilders.testSupport';

describe('parsePlan', () => {
  it('accepts a plan that went through JSON and back unchanged', () => {
    const plan = aCoveredPlan();
    const result = parsePlan(JSON.parse(JSON.stringify(plan)));
    expect(result).toEqual({ ok: true, plan });
  });

  it('names each wrong field and says what is wrong, in Danish and English', () => {
    const plan = JSON.parse(JSON.stringify(aCoveredPlan()));
    plan.date = '2026-02-30';
    plan.agenda[3].start = '25:00';
    plan.agenda[1].kind = 'lunch';
    plan.invitees[2].attendance = 'maybe';
    delete plan.title;
    const result = parsePlan(plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      ['agenda[1].kind', 'agenda[3].start', 'date', 'invitees[2].attendance', 'title'].sort(),
    );
    expect(byPath['date']).toEqual({
      da: 'skal være en dato som 2026-03-12',
      en: 'must be a date such as 2026-03-12',
    });
    expect(byPath['agenda[3].start']?.en).toBe('must be a time such as 11:00');
    expect(byPath['agenda[1].kind']?.en).toContain('"welcome"');
    expect(byPath['agenda[1].kind']?.da).toContain('Ugyldigt');
    expect(byPath['title']?.da).not.toBe(byPath['title']?.en);
  });

  it('names a count that is not a whole number in both languages', () => {
    const plan = aCoveredPlan();
    const result = parsePlan({ ...plan, series: { ...plan.series, position: 1.5 } });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'series.position',
        message: { da: 'skal være et helt tal', en: 'must be a whole number' },
      },
    ]);
  });

  it('rejects a plan of another schema version', () => {
    const result = parsePlan({ ...aCoveredPlan(), schemaVersion: PLAN_SCHEMA_VERSION + 1 });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['schemaVersion']);
  });

  it('says in both languages what is wrong with a version, a yes-or-no, a range and an id', () => {
    const plan = aCoveredPlan();
    const result = parsePlan({
      ...plan,
      schemaVersion: PLAN_SCHEMA_VERSION + 1,
      location: { ...plan.location, teams: 'yes' },
      series: { ...plan.series, size: 13 },
      invitees: [{ ...plan.invitees[0], id: '' }, ...plan.invitees.slice(1)],
    });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'schemaVersion',
        message: {
          da: `skal være ${PLAN_SCHEMA_VERSION}: planen er gemt af en anden version af appen`,
          en: `must be ${PLAN_SCHEMA_VERSION}: the plan was saved by another version of the app`,
        },
      },
      {
        path: 'series.size',
        message: { da: 'ligger uden for det tilladte', en: 'is outside what is allowed' },
      },
      {
        path: 'location.teams',
        message: { da: 'skal være true eller false', en: 'must be true or false' },
      },
      {
        path: 'invitees[0].id',
        message: { da: 'skal være 1 til 1.000 tegn', en: 'must be 1 to 1,000 characters' },
      },
    ]);
  });

  it('says a file is not JSON instead of crashing', () => {
    const result = parsePlanJson('{"title": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message.da).toContain('ikke gyldig JSON');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(parsePlan(value).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parsePlanJson(text)).not.toThrow();
      }),
    );
  });
});
