import { describe, expect, it } from 'vitest';
import { parsePlan } from './parsePlan';
import { PLAN_SCHEMA_VERSION } from './plan';
import { migratePlan, STORED_PLAN_VERSIONS } from './planMigrations';
import planV1 from './storedPlans/plan-v1.json';
import planV2 from './storedPlans/plan-v2.json';

/**
 * A plan exactly as each released version stored it (`storedPlans/plan-v<n>.json`, never edited
 * after its version shipped). A new schema version adds the file of the version it replaces.
 */
const STORED: Readonly<Record<number, unknown>> = { 1: planV1, 2: planV2 };

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

  it('opens a version-1 plan without the fields version 3 added for the effort rules', () => {
    const result = parsePlan(storedPlan(1));
    if (!result.ok) throw new Error('v1 plan did not open');
    expect(result.plan.series.otherMeetings).toBeUndefined();
    expect(result.plan.adaptedFrame).toBeUndefined();
    expect(result.plan.organisation).toBeUndefined();
    expect(result.plan.presentingWorkplaces.every((w) => w.seatChoices === undefined)).toBe(true);
  });

  it('keeps version 3’s series snapshot, adapted frame, organisation and seat choices', () => {
    const v1 = storedPlan(1);
    const workplaces = v1['presentingWorkplaces'] as Record<string, unknown>[];
    const someone = { id: 'u-1', name: 'Lise Leder', email: 'lise@example.org' };
    const other = { id: 'u-2', name: 'Lars Leder', email: 'lars@example.org' };
    const v2 = {
      ...v1,
      schemaVersion: PLAN_SCHEMA_VERSION,
      series: {
        ...(v1['series'] as object),
        otherMeetings: [{ planId: 'plan-0', position: 2, size: 3, date: '2026-05-21' }],
      },
      adaptedFrame: { minutes: 260 },
      organisation: 'hospital',
      presentingWorkplaces: workplaces.map((w, i) =>
        i === 0 ? { ...w, seatChoices: { leader: [someone, other] } } : w,
      ),
    };
    const result = parsePlan(JSON.parse(JSON.stringify(v2)));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.plan.series.otherMeetings).toEqual(v2.series.otherMeetings);
    expect(result.plan.adaptedFrame).toEqual({ minutes: 260 });
    expect(result.plan.organisation).toBe('hospital');
    expect(result.plan.presentingWorkplaces[0]?.seatChoices).toEqual({ leader: [someone, other] });
    expect(parsePlan({ ...v2, organisation: 'ministerium' }).ok).toBe(false);
    expect(
      parsePlan({ ...v2, series: { ...v2.series, otherMeetings: [{ planId: 'x', position: 0 }] } })
        .ok,
    ).toBe(false);
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

  it('records the languages a version 2 plan wrote and keeps its forward records', () => {
    const stored = storedPlan(2);
    const result = parsePlan(stored);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // Renamed in Danish only: version 2 had kept the template's English title beside it.
    expect(result.plan.title).toEqual({
      da: '1. netværksmøde – hjemmeplejen',
      en: '1. netværksmøde – hjemmeplejen',
      edited: ['da'],
    });
    expect(result.plan.focus.edited).toBeUndefined();
    expect(result.plan.forwarded).toEqual(stored['forwarded']);
    expect(result.plan.revision).toBe(1);
    expect(result.plan.sentIn).toBeUndefined();
    expect(result.plan.organisation).toBeUndefined();
  });

  it('returns what is not an earlier plan as it is, for the schema to judge', () => {
    const future = { ...storedPlan(1), schemaVersion: PLAN_SCHEMA_VERSION + 1 };
    for (const value of [null, 3, 'plan', [], future, { schemaVersion: '1' }]) {
      expect(migratePlan(value)).toBe(value);
    }
    expect(parsePlan(future).ok).toBe(false);
  });
});

describe('version 1 → 2', () => {
  const person = (i: number) => ({ id: `p${i}`, name: `Person ${i}`, email: `p${i}@x.dk` });

  it('opens a version-1 title longer than Outlook’s subject, cut to 255 characters', () => {
    const long = `${'Netværksmøde om social kapital '.repeat(12)}😀 slut`;
    const stored = { ...storedPlan(1), title: { da: long, en: 'Short' } };
    const result = parsePlan(stored);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.plan.title.da.length).toBeLessThanOrEqual(255);
    expect(result.plan.title.da.endsWith('…')).toBe(true);
    expect(long.startsWith(result.plan.title.da.slice(0, -1))).toBe(true);
    expect(result.plan.title.en).toBe('Short');
  });

  it('rewrites a version-1 plan id outside [A-Za-z0-9._-], and its series id alike', () => {
    const stored = {
      ...storedPlan(1),
      id: 'møde 1\r\nATTENDEE:mailto:x@y.dk',
      series: { position: 2, size: 3, seriesId: 'møde 1\r\nATTENDEE:mailto:x@y.dk' },
    };
    const result = parsePlan(stored);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.plan.id).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(result.plan.series.seriesId).toBe(result.plan.id);
    expect(result.plan.id).toBe('m_c3b8_de_20_1_0d__0a_ATTENDEE_3a_mailto_3a_x_40_y.dk');
    const again = parsePlan(stored);
    expect(again.ok && again.plan.id).toBe(result.plan.id);
  });

  it('keeps the first 500 named presenters of a block and the first 200 committee members', () => {
    const stored = storedPlan(1) as { agenda: { presenters: { people: unknown[] } }[] } & Record<
      string,
      unknown
    >;
    const agenda = stored.agenda.map((b, i) =>
      i === 0
        ? { ...b, presenters: { ...b.presenters, people: [...Array(600).keys()].map(person) } }
        : b,
    );
    const medCommittee = { name: 'H-MED', members: [...Array(300).keys()].map(person) };
    const result = parsePlan({ ...stored, agenda, medCommittee });
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.plan.agenda[0]?.presenters.people).toHaveLength(500);
    expect(result.plan.agenda[0]?.presenters.people[499]?.id).toBe('p499');
    expect(result.plan.medCommittee?.members).toHaveLength(200);
  });
});

describe('the bounds of a version-2 plan', () => {
  const current = () => {
    const lifted = parsePlan(storedPlan(1));
    if (!lifted.ok) throw new Error('the stored plan does not open');
    return lifted.plan;
  };
  const errorsOf = (value: unknown) => {
    const result = parsePlan(value);
    return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message.en}`);
  };

  it('refuses a plan id outside [A-Za-z0-9._-] with a message, and not a block’s or person’s id', () => {
    const plan = current();
    expect(errorsOf({ ...plan, id: 'a\r\nb' })).toEqual([
      'id: may hold only the letters a–z and A–Z, digits, full stops, hyphens and underscores',
    ]);
    const block = plan.agenda[0];
    if (!block) throw new Error('no block');
    expect(
      errorsOf({ ...plan, agenda: [{ ...block, id: 'blok æ 1' }, ...plan.agenda.slice(1)] }),
    ).toEqual([]);
  });

  it('refuses a title over 255 characters, 501 presenters in a block and 201 committee members', () => {
    const plan = current();
    const person = (i: number) => ({ id: `p${i}`, name: `P ${i}`, email: `p${i}@x.dk` });
    const block = plan.agenda[0];
    if (!block) throw new Error('no block');
    expect(errorsOf({ ...plan, title: { da: 'x'.repeat(256), en: 'x'.repeat(255) } })).toEqual([
      "title.da: must be at most 255 characters, as long as Outlook's subject",
    ]);
    const crowded = {
      ...block,
      presenters: { ...block.presenters, people: [...Array(501).keys()].map(person) },
    };
    expect(errorsOf({ ...plan, agenda: [crowded, ...plan.agenda.slice(1)] })).toEqual([
      'agenda[0].presenters.people: at most 500 named presenters per item',
    ]);
    const committee = { name: 'H-MED', members: [...Array(201).keys()].map(person) };
    expect(errorsOf({ ...plan, medCommittee: committee })).toEqual([
      'medCommittee.members: the plan keeps at most 200 MED committee members',
    ]);
    expect(
      errorsOf({
        ...plan,
        medCommittee: { ...committee, members: committee.members.slice(0, 200) },
      }),
    ).toEqual([]);
  });
});
