import type { Locale, Localized } from './localized';
import { PLAN_SCHEMA_VERSION } from './plan';
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
 * A version 1 text, with the languages written since the template recorded (version 2's
 * `edited`). Version 1 kept the template's words in a language the organiser did not write in,
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

/** Records, for each text of a version 1 plan, the languages written since the template. */
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
const V1_TO_V2: readonly MigrationStep[] = [recordTextEdits];

/** The steps from each earlier version to the next, by the version they start from. */
const MIGRATIONS: Readonly<Record<number, readonly MigrationStep[]>> = {
  1: V1_TO_V2,
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
