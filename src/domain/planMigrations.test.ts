import { describe, expect, it } from 'vitest';
import { parsePlan } from './parsePlan';
import { PLAN_SCHEMA_VERSION } from './plan';
import { migratePlan, STORED_PLAN_VERSIONS } from './planMigrations';
import planV1 from './storedPlans/plan-v1.json';

/**
 * A plan exactly as each released version stored it (`storedPlans/plan-v<n>.json`, never edited
 * after its version shipped). A new schema version adds the file of the version it replaces.
 */
const STORED: Readonly<Record<number, unknown>> = { 1: planV1 };

function storedPlan(version: number): Record<string, unknown> {
  const plan = STORED[version];
  if (plan === undefined) throw new Error(`No stored plan of version ${version} in storedPlans/`);
  return structuredClone(plan) as Record<string, unknown>;
}

const EARLIER_VERSIONS = STORED_PLAN_VERSIONS.filter((v) => v !== PLAN_SCHEMA_VERSION);

describe('migratePlan', () => {
  it('knows every version from 1 to the current one', () => {
    expect(STORED_PLAN_VERSIONS).toEqual(
      Array.from({ length: PLAN_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it.each(EARLIER_VERSIONS)('opens a plan stored by version %i as a current plan', (version) => {
    const stored = storedPlan(version);
    expect(stored['schemaVersion']).toBe(version);
    const result = parsePlan(stored);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(result.plan.id).toBe(stored['id']);
    expect(result.plan.invitees.length).toBe((stored['invitees'] as unknown[]).length);
    expect(result.plan.agenda.map((b) => [b.start, b.end])).toEqual(
      (stored['agenda'] as { start: string; end: string }[]).map((b) => [b.start, b.end]),
    );
  });

  it.each(EARLIER_VERSIONS)('leaves the stored value of version %i untouched', (version) => {
    const stored = storedPlan(version);
    const before = JSON.stringify(stored);
    migratePlan(stored);
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('records which language of each text a version 1 plan wrote since the template', () => {
    const stored = storedPlan(1);
    const result = parsePlan(stored);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { plan } = result;
    // Written in both languages: each keeps its own words.
    expect(plan.title).toEqual({
      da: 'Netværksmøde om social kapital – ældreplejen',
      en: 'Network meeting on social capital – eldercare',
      edited: ['da', 'en'],
    });
    // The template's texts, workplace names filled in, are not marked.
    const block = (id: string) => plan.agenda.find((b) => b.id === id);
    expect(block('welcome')?.title.edited).toBeUndefined();
    expect(block('workplace-1')?.title).toEqual({
      da: 'Arbejdsplads A: Præsentation ved Lokal TRIO',
      en: 'Arbejdsplads A: Presentation by the local TRIO',
    });
    expect(plan.focus.edited).toBeUndefined();
    expect(plan.sentIn).toBeUndefined();
  });

  it('gives a text written in one language only the same words in the other, marked', () => {
    const stored = storedPlan(1);
    const agenda = stored['agenda'] as Record<string, unknown>[];
    const v1 = {
      ...stored,
      // Renamed in Danish: version 1 left the template's English beside it.
      title: { da: '1. netværksmøde – ældreplejen', en: '1st network meeting on social capital' },
      agenda: agenda.map((b) =>
        b['id'] === 'lunch'
          ? { ...b, title: { da: 'Frokost i kantinen', en: 'Light lunch' } }
          : b['id'] === 'closing'
            ? { ...b, title: { da: 'Tak for i dag og kom godt hjem', en: 'Goodbye' } }
            : b,
      ),
    };
    const result = parsePlan(v1);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const block = (id: string) => result.plan.agenda.find((b) => b.id === id);
    expect(result.plan.title).toEqual({
      da: '1. netværksmøde – ældreplejen',
      en: '1. netværksmøde – ældreplejen',
      edited: ['da'],
    });
    expect(block('lunch')?.title).toEqual({
      da: 'Frokost i kantinen',
      en: 'Frokost i kantinen',
      edited: ['da'],
    });
    expect(block('closing')?.title).toEqual({ da: 'Goodbye', en: 'Goodbye', edited: ['en'] });
  });

  it('compares a blank plan and a block added by hand with their own starting texts', () => {
    const stored = storedPlan(1);
    const v1 = {
      ...stored,
      programme: 'blank',
      title: { da: 'Netværksmøde om social kapital', en: 'Network meeting on social capital' },
      focus: { da: 'Hvad vi har lært', en: '' },
      agenda: [
        {
          id: 'added-by-hand',
          kind: 'other',
          title: { da: 'Kaffe', en: 'New item' },
          note: { da: 'i kantinen', en: 'i kantinen' },
          start: '09:00',
          end: '09:15',
          presenters: { roles: [], workplaceIds: [], people: [] },
        },
      ],
    };
    const result = parsePlan(v1);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.plan.title.edited).toBeUndefined();
    expect(result.plan.focus).toEqual({
      da: 'Hvad vi har lært',
      en: 'Hvad vi har lært',
      edited: ['da'],
    });
    expect(result.plan.agenda[0]?.title).toEqual({ da: 'Kaffe', en: 'Kaffe', edited: ['da'] });
    // No template note to compare with: as it was.
    expect(result.plan.agenda[0]?.note).toEqual({ da: 'i kantinen', en: 'i kantinen' });
  });

  it('returns what is not an earlier plan as it is, for the schema to judge', () => {
    const future = { ...storedPlan(1), schemaVersion: PLAN_SCHEMA_VERSION + 1 };
    for (const value of [null, 3, 'plan', [], future, { schemaVersion: '1' }]) {
      expect(migratePlan(value)).toBe(value);
    }
    expect(parsePlan(future).ok).toBe(false);
  });
});
