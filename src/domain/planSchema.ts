// zod's tree-shakable build: the same checks as `zod`, a fraction of the size, so the one schema
// of a stored plan also fits the Outlook send check, which classic Outlook loads on every Send.
import * as z from 'zod/mini';
import { isPlainDate, isWallTime } from './dayClock';
import {
  BLOCK_KINDS,
  type MeetingPlan,
  PLAN_SCHEMA_VERSION,
  type PlainDateString,
  type WallTime,
} from './plan';
import { ROLES } from './roles';

/** Marks a check of ours, so its message can come from our catalogue in both languages. */
export const CUSTOM_CHECKS = {
  wallTime: { da: 'skal være et klokkeslæt som 11:00', en: 'must be a time such as 11:00' },
  plainDate: { da: 'skal være en dato som 2026-03-12', en: 'must be a date such as 2026-03-12' },
  wholeNumber: { da: 'skal være et helt tal', en: 'must be a whole number' },
} as const;

// The tab's CSP allows no eval, so zod could not compile its parsers anyway; without this its
// probe (a caught `new Function`) is still reported as a CSP violation. Set before any schema is
// built, as zod reads it then.
z.config({ jitless: true });

// The Outlook send check carries this schema (DEVELOPERS.md, "The send file"): what it builds
// on is chosen for size. A refine and a type stand in for `z.pipe`/`z.transform` (the brands),
// `z.int` (its number formats) and `z.extend` (shapes are spread instead): about 1 KiB gzip.
const text = z.string().check(z.maxLength(100_000));
const localized = z.object({ da: text, en: text });
// Checked, then typed as branded: a parsed plan's dates and times are the domain's own types.
const wallTime = z
  .string()
  .check(z.refine(isWallTime, { message: 'wallTime' })) as unknown as z.ZodMiniType<WallTime>;
const plainDate = z
  .string()
  .check(
    z.refine(isPlainDate, { message: 'plainDate' }),
  ) as unknown as z.ZodMiniType<PlainDateString>;
const wholeNumber = () =>
  z.number().check(z.refine(Number.isSafeInteger, { message: 'wholeNumber' }));
const id = z.string().check(z.minLength(1), z.maxLength(1_000));
const personShape = { id, name: text, email: text };
const personRef = z.object(personShape);
const role = z.enum(ROLES);

const presenters = z.object({
  roles: z.array(role),
  workplaceIds: z.array(id),
  people: z.array(personRef),
});

const agendaBlock = z.object({
  id,
  kind: z.enum(BLOCK_KINDS),
  title: localized,
  note: z.optional(localized),
  start: wallTime,
  end: wallTime,
  presenters,
});

const absentInviteeShape = {
  ...personShape,
  roles: z.array(role),
  workplaceId: z.optional(id),
  attendance: z.enum(['required', 'optional']),
};
const absentInvitee = z.object(absentInviteeShape);

// Plans saved before stand-ins existed have no `standsInFor`, and parse as before.
const invitee = z.object({
  ...absentInviteeShape,
  standsInFor: z.optional(z.array(absentInvitee).check(z.maxLength(100))),
});

const presentingWorkplace = z.object({
  id,
  name: text,
  trio: z.object({
    leader: z.optional(personRef),
    amr: z.optional(personRef),
    tr: z.optional(personRef),
  }),
});

/** The shape of a saved plan of the current version; `parsePlan` checks input against it. */
export const meetingPlanSchema = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id,
  programme: z.enum(['first', 'second', 'blank']),
  title: localized,
  focus: localized,
  series: z.object({
    position: wholeNumber().check(z.minimum(1)),
    size: wholeNumber().check(z.minimum(1), z.maximum(12)),
    seriesId: z.optional(id),
  }),
  date: plainDate,
  start: wallTime,
  end: wallTime,
  location: z.object({ teams: z.boolean(), place: z.optional(text) }),
  agenda: z.array(agendaBlock).check(z.maxLength(200)),
  invitees: z.array(invitee).check(z.maxLength(100_000)),
  presentingWorkplaces: z.array(presentingWorkplace).check(z.maxLength(100)),
  medCommittee: z.optional(
    z.object({ name: text, groupId: z.optional(id), members: z.array(personRef) }),
  ),
  revision: z.optional(wholeNumber().check(z.minimum(0), z.maximum(1_000_000))),
});

// The schema's output must be a MeetingPlan, and name the same fields (arrays differ only in
// being readonly in the hand-written types).
type SchemaPlan = z.infer<typeof meetingPlanSchema>;
type SameKeys<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? true
    : false
  : false;
const schemaIsPlan = (p: SchemaPlan): MeetingPlan => p;
const schemaNamesPlanFields: SameKeys<SchemaPlan, MeetingPlan> = true;
void schemaIsPlan;
void schemaNamesPlanFields;
