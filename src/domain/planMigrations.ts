import type { Locale, Localized } from './localized';
import { PLAN_SCHEMA_VERSION } from './plan';
import {
  cutText,
  MAX_COMMITTEE_MEMBERS,
  MAX_PRESENTERS_PER_BLOCK,
  MAX_TITLE_LENGTH,
  safePlanId,
} from './planLimits';
import { NEW_BLOCK_TITLE, PROGRAMMES, type Programme, WORKPLACES_PLACEHOLDER } from './programmes';

/** A stored plan as JSON gives it, before it is checked against the schema. */
type StoredPlanJson = Record<string, unknown>;

/**
 * One step from a plan of version `n` to version `n + 1`, on raw JSON. A step never throws and
 * never checks: what it cannot lift it leaves as it is, and the schema names what is wrong.
 */
type MigrationStep = (plan: StoredPlanJson) => StoredPlanJson;

function isRecord(value: unknown): value is StoredPlanJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `text` is the template's: equal, or equal with any names where the template has them. */
function isTemplateText(template: string, text: string): boolean {
  if (!template.includes(WORKPLACES_PLACEHOLDER)) return text === template;
  const [before = '', ...rest] = template.split(WORKPLACES_PLACEHOLDER);
  const after = rest.join(WORKPLACES_PLACEHOLDER);
  return (
    text.length >= before.length + after.length && text.startsWith(before) && text.endsWith(after)
  );
}

/**
 * A version 2 text, with the languages written since the template recorded (version 3's
 * `edited`). Versions 1 and 2 kept the template's words in a language the organiser did not write in,
 * so a Danish title read "1st network meeting…" in English: that language now carries what the
 * organiser wrote. A text without a template to compare with (a hand-made plan) is left as it is.
 */
function textWithEdits(value: unknown, template: Localized | undefined): unknown {
  if (!isRecord(value) || template === undefined) return value;
  const { da, en } = value;
  if (typeof da !== 'string' || typeof en !== 'string') return value;
  const daWritten = !isTemplateText(template.da, da);
  const enWritten = !isTemplateText(template.en, en);
  const written: Locale[] = [
    ...(daWritten ? ['da' as const] : []),
    ...(enWritten ? ['en' as const] : []),
  ];
  if (written.length === 0) return value;
  if (written.length === 2) return { ...value, edited: written };
  const words = daWritten ? da : en;
  return { ...value, da: words, en: words, edited: written };
}

/** The template of a block: the programme's block of that id (or its extra copies), or a new one's. */
function templateOfBlock(programme: Programme | undefined, block: StoredPlanJson) {
  const id = typeof block['id'] === 'string' ? block['id'].replace(/-extra-\d+$/, '') : '';
  const template = programme?.blocks.find((b) => b.key === id);
  if (template) return { title: template.title, note: template.note };
  return { title: NEW_BLOCK_TITLE, note: undefined };
}

/** Records, for each text of a version 2 plan, the languages written since the template. */
const recordTextEdits: MigrationStep = (plan) => {
  const id = plan['programme'];
  const programme = typeof id === 'string' ? PROGRAMMES[id as keyof typeof PROGRAMMES] : undefined;
  const agenda = plan['agenda'];
  return {
    ...plan,
    title: textWithEdits(plan['title'], programme?.title),
    focus: textWithEdits(plan['focus'], programme?.focus),
    agenda: Array.isArray(agenda)
      ? agenda.map((block: unknown) => {
          if (!isRecord(block)) return block;
          const template = templateOfBlock(programme, block);
          return {
            ...block,
            title: textWithEdits(block['title'], template.title),
            ...(block['note'] === undefined
              ? {}
              : { note: textWithEdits(block['note'], template.note) }),
          };
        })
      : agenda,
  };
};

/**
 * Version 1 → 2. The changes of version 2 are listed here one step each, so each has its reason
 * beside it; every step is total over version 1's shape.
 */
const V1_TO_V2: readonly MigrationStep[] = [
  // The plan's own id is the .ics UID and the transaction id, written unescaped: version 2
  // allows only [A-Za-z0-9._-]. An id beyond that is rewritten the same way every time, and so
  // is a series id (the first meeting's plan id), so the meetings of an effort stay together.
  (plan) => {
    const series = isRecord(plan['series']) ? plan['series'] : undefined;
    const seriesId = series?.['seriesId'];
    return {
      ...plan,
      ...(typeof plan['id'] === 'string' ? { id: safePlanId(plan['id']) } : {}),
      ...(series && typeof seriesId === 'string'
        ? { series: { ...series, seriesId: safePlanId(seriesId) } }
        : {}),
    };
  },
  // Outlook's subject holds 255 characters, and version 2 holds a title to that: a longer one
  // (Exchange cut the subject anyway) is cut, ending in "…", so the plan still opens.
  (plan) => {
    const title = plan['title'];
    if (!isRecord(title)) return plan;
    const cut = (v: unknown) => (typeof v === 'string' ? cutText(v, MAX_TITLE_LENGTH) : v);
    return { ...plan, title: { ...title, da: cut(title['da']), en: cut(title['en']) } };
  },
  // Version 2 keeps at most 500 named presenters per block and 200 committee members (a plan
  // of tens of megabytes once parsed); a version-1 plan beyond them keeps the first ones.
  (plan) => {
    const agenda = Array.isArray(plan['agenda'])
      ? plan['agenda'].map((block: unknown) => {
          if (!isRecord(block) || !isRecord(block['presenters'])) return block;
          const people = block['presenters']['people'];
          return Array.isArray(people) && people.length > MAX_PRESENTERS_PER_BLOCK
            ? {
                ...block,
                presenters: {
                  ...block['presenters'],
                  people: people.slice(0, MAX_PRESENTERS_PER_BLOCK),
                },
              }
            : block;
        })
      : plan['agenda'];
    const committee = plan['medCommittee'];
    const members = isRecord(committee) ? committee['members'] : undefined;
    return {
      ...plan,
      agenda,
      ...(isRecord(committee) && Array.isArray(members) && members.length > MAX_COMMITTEE_MEMBERS
        ? { medCommittee: { ...committee, members: members.slice(0, MAX_COMMITTEE_MEMBERS) } }
        : {}),
    };
  },
];

/**
 * Version 2 → 3. Version 3 records which language of each text the organiser wrote since the
 * template, and the language the invitation was sent in (read from the event when absent); it
 * also holds the effort rules' optional fields (series snapshot, adapted frame, organisation,
 * seat choices), which a version 2 plan simply lacks.
 */
const V2_TO_V3: readonly MigrationStep[] = [recordTextEdits];

/** The steps from each earlier version to the next, by the version they start from. */
const MIGRATIONS: Readonly<Record<number, readonly MigrationStep[]>> = {
  1: V1_TO_V2,
  2: V2_TO_V3,
};

/** Every version a stored plan has been written in, oldest first; the last is the current. */
export const STORED_PLAN_VERSIONS: readonly number[] = [
  ...Object.keys(MIGRATIONS).map(Number),
  PLAN_SCHEMA_VERSION,
];

/**
 * Lifts a stored plan of an earlier schema version to the current one, step by step; anything
 * else (the current version, a version from the future, not a plan at all) is returned as it
 * is, for the schema to accept or name what is wrong. Pure: the input is never changed.
 */
export function migratePlan(input: unknown): unknown {
  if (!isRecord(input)) return input;
  let plan: StoredPlanJson = input;
  for (;;) {
    const version = plan['schemaVersion'];
    if (typeof version !== 'number' || version === PLAN_SCHEMA_VERSION) return plan;
    const steps = MIGRATIONS[version];
    if (steps === undefined) return plan;
    plan = steps.reduce((lifted, step) => step(lifted), { ...plan });
    plan = { ...plan, schemaVersion: version + 1 };
  }
}
