import { z } from 'zod';
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
} as const;

// The tab's CSP allows no eval, so zod could not compile its parsers anyway; without this its
// probe (a caught `new Function`) is still reported as a CSP violation. Set before any schema is
// built, as zod reads it then.
z.config({ jitless: true });

const text = z.string().max(100_000);
const localized = z.object({ da: text, en: text });
// Checked, then branded: a parsed plan's dates and times are the domain's own types.
const wallTime = z
  .string()
  .refine(isWallTime, { message: 'wallTime' })
  .transform((s) => s as WallTime);
const plainDate = z
  .string()
  .refine(isPlainDate, { message: 'plainDate' })
  .transform((s) => s as PlainDateString);
const id = z.string().min(1).max(1_000);
const personRef = z.object({ id, name: text, email: text });
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
  note: localized.optional(),
  start: wallTime,
  end: wallTime,
  presenters,
});

const absentInvitee = personRef.extend({
  roles: z.array(role),
  workplaceId: id.optional(),
  attendance: z.enum(['required', 'optional']),
});

// Plans saved before stand-ins existed have no `standsInFor`, and parse as before.
const invitee = absentInvitee.extend({
  standsInFor: z.array(absentInvitee).max(100).optional(),
});

const presentingWorkplace = z.object({
  id,
  name: text,
  trio: z.object({
    leader: personRef.optional(),
    amr: personRef.optional(),
    tr: personRef.optional(),
  }),
});

/** The shape of a saved plan; `parsePlan` checks input against it. */
export const meetingPlanSchema = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id,
  programme: z.enum(['first', 'second', 'blank']),
  title: localized,
  focus: localized,
  series: z.object({
    position: z.number().int().min(1),
    size: z.number().int().min(1).max(12),
    seriesId: id.optional(),
  }),
  date: plainDate,
  start: wallTime,
  end: wallTime,
  location: z.object({ teams: z.boolean(), place: text.optional() }),
  agenda: z.array(agendaBlock).max(200),
  invitees: z.array(invitee).max(100_000),
  presentingWorkplaces: z.array(presentingWorkplace).max(100),
  medCommittee: z
    .object({ name: text, groupId: id.optional(), members: z.array(personRef) })
    .optional(),
  revision: z.number().int().min(0).max(1_000_000).optional(),
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
