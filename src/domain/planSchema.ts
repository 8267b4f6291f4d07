// zod's tree-shakable build: the same checks as `zod`, a fraction of the size, so the one schema
// of a stored plan also fits the Outlook send check, which classic Outlook loads on every Send.
import * as z from 'zod/mini';
import { isPlainDate, isWallTime } from './dayClock';
import { MAX_ATTENDEES } from './invitees';
import {
  BLOCK_KINDS,
  type MeetingPlan,
  PLAN_SCHEMA_VERSION,
  type PlainDateString,
  type WallTime,
} from './plan';
import { ORGANISATION_KINDS } from './organisation';
import {
  MAX_COMMITTEE_MEMBERS,
  MAX_PRESENTERS_PER_BLOCK,
  MAX_TITLE_LENGTH,
  PLAN_ID_PATTERN,
} from './planLimits';
import { ROLES } from './roles';

/** Marks a check of ours, so its message can come from our catalogue in both languages. */
export const CUSTOM_CHECKS = {
  wallTime: { da: 'skal være et klokkeslæt som 11:00', en: 'must be a time such as 11:00' },
  plainDate: { da: 'skal være en dato som 2026-03-12', en: 'must be a date such as 2026-03-12' },
  wholeNumber: { da: 'skal være et helt tal', en: 'must be a whole number' },
  yesOrNo: { da: 'skal være true eller false', en: 'must be true or false' },
  outOfRange: { da: 'ligger uden for det tilladte', en: 'is outside what is allowed' },
  id: { da: 'skal være 1 til 1.000 tegn', en: 'must be 1 to 1,000 characters' },
  schemaVersion: {
    da: `skal være ${PLAN_SCHEMA_VERSION}: planen er gemt af en anden version af appen`,
    en: `must be ${PLAN_SCHEMA_VERSION}: the plan was saved by another version of the app`,
  },
  planId: {
    da: 'må kun indeholde bogstaverne a–z og A–Z, tal, punktum, bindestreg og understreg',
    en: 'may hold only the letters a–z and A–Z, digits, full stops, hyphens and underscores',
  },
  titleTooLong: {
    da: `må højst være ${MAX_TITLE_LENGTH} tegn, så langt som Outlooks emnefelt`,
    en: `must be at most ${MAX_TITLE_LENGTH} characters, as long as Outlook's subject`,
  },
  tooManyPresenters: {
    da: `højst ${MAX_PRESENTERS_PER_BLOCK} navngivne oplægsholdere pr. punkt`,
    en: `at most ${MAX_PRESENTERS_PER_BLOCK} named presenters per item`,
  },
  committeeTooLarge: {
    da: `MED-udvalget kan højst have ${MAX_COMMITTEE_MEMBERS} medlemmer i planen`,
    en: `the plan keeps at most ${MAX_COMMITTEE_MEMBERS} MED committee members`,
  },
} as const;

// The tab's CSP allows no eval, so zod could not compile its parsers anyway; without this its
// probe (a caught `new Function`) is still reported as a CSP violation. Set before any schema is
// built, as zod reads it then.
z.config({ jitless: true });

// The Outlook send check carries this schema (DEVELOPERS.md, "The send file"): what it builds
// on is chosen for size. A refine and a type stand in for `z.pipe`/`z.transform` (the brands),
// `z.int` (its number formats) and `z.extend` (shapes are spread instead): about 1 KiB gzip.
// Refines (`z.custom`) also stand in for `z.literal`, `z.boolean`, `z.regex`, `z.minLength`
// and `z.minimum`/`z.maximum`, each a class of zod's of its own in the send file (about 0.5 KiB
// gzip together), with messages of ours in `CUSTOM_CHECKS`.
const text = z.string().check(z.maxLength(100_000));
const locale = z.enum(['da', 'en']);
// A plan's text: both languages, and which of them the organiser wrote since the template
// (optional: version 1 plans, and template texts, have none).
const planText = z.object({
  da: text,
  en: text,
  edited: z.optional(z.array(locale).check(z.maxLength(2))),
});
// Checked, then typed as branded: a parsed plan's dates and times are the domain's own types.
const wallTime = z
  .string()
  .check(z.refine(isWallTime, { message: 'wallTime' })) as unknown as z.ZodMiniType<WallTime>;
const plainDate = z
  .string()
  .check(
    z.refine(isPlainDate, { message: 'plainDate' }),
  ) as unknown as z.ZodMiniType<PlainDateString>;
const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.number().check(
    z.refine(Number.isSafeInteger, { message: 'wholeNumber' }),
    z.refine((n: number) => n >= min && n <= max, { message: 'outOfRange' }),
  );
const yesOrNo = z.custom<boolean>((v) => typeof v === 'boolean', { message: 'yesOrNo' });
const id = z
  .string()
  .check(z.refine((s: string) => s.length > 0 && s.length <= 1_000, { message: 'id' }));
const personShape = { id, name: text, email: text };
const personRef = z.object(personShape);
// The plan's own id only: the .ics UID and the transaction id carry it unescaped.
const planId = id.check(z.refine((s: string) => PLAN_ID_PATTERN.test(s), { message: 'planId' }));
const titleText = z.string().check(z.maxLength(MAX_TITLE_LENGTH, { message: 'titleTooLong' }));
// The plan's title is the invitation's subject, so it holds what Outlook's subject holds.
const planTitle = z.object({
  da: titleText,
  en: titleText,
  edited: z.optional(z.array(locale).check(z.maxLength(2))),
});
const role = z.enum(ROLES);

const presenters = z.object({
  roles: z.array(role),
  workplaceIds: z.array(id),
  people: z
    .array(personRef)
    .check(z.maxLength(MAX_PRESENTERS_PER_BLOCK, { message: 'tooManyPresenters' })),
});

const agendaBlock = z.object({
  id,
  kind: z.enum(BLOCK_KINDS),
  title: planText,
  note: z.optional(planText),
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

const seatChoice = z.optional(z.array(personRef).check(z.maxLength(1_000)));
const presentingWorkplace = z.object({
  id,
  name: text,
  trio: z.object({
    leader: z.optional(personRef),
    amr: z.optional(personRef),
    tr: z.optional(personRef),
  }),
  // Version 3: seats a group of several workplaces left for the organiser to choose.
  seatChoices: z.optional(z.object({ leader: seatChoice, amr: seatChoice, tr: seatChoice })),
});

// Version 3: the effort's other meetings as their events had them.
const seriesMeeting = z.object({
  planId: id,
  position: wholeNumber(1),
  size: wholeNumber(1, 12),
  date: plainDate,
});

/** The shape of a saved plan of the current version; `parsePlan` checks input against it. */
export const meetingPlanSchema = z.object({
  schemaVersion: z.custom<typeof PLAN_SCHEMA_VERSION>((v) => v === PLAN_SCHEMA_VERSION, {
    message: 'schemaVersion',
  }),
  id: planId,
  programme: z.enum(['first', 'second', 'blank']),
  // Version 3: each text records the languages the organiser wrote since the template.
  title: planTitle,
  focus: planText,
  series: z.object({
    position: wholeNumber(1),
    size: wholeNumber(1, 12),
    seriesId: z.optional(id),
    otherMeetings: z.optional(z.array(seriesMeeting).check(z.maxLength(100))),
  }),
  date: plainDate,
  start: wallTime,
  end: wallTime,
  location: z.object({ teams: yesOrNo, place: z.optional(text) }),
  agenda: z.array(agendaBlock).check(z.maxLength(200)),
  invitees: z.array(invitee).check(z.maxLength(100_000)),
  presentingWorkplaces: z.array(presentingWorkplace).check(z.maxLength(100)),
  medCommittee: z.optional(
    z.object({
      name: text,
      groupId: z.optional(id),
      members: z
        .array(personRef)
        .check(z.maxLength(MAX_COMMITTEE_MEMBERS, { message: 'committeeTooLarge' })),
    }),
  ),
  // Version 3: the organiser's confirmation of a frame adapted past 3 hours and 60 minutes.
  adaptedFrame: z.optional(z.object({ minutes: wholeNumber(1, 1_500) })),
  // Version 3: which kind of organisation the programme is worded for.
  organisation: z.optional(z.enum(ORGANISATION_KINDS)),
  revision: z.optional(wholeNumber(0, 1_000_000)),
  forwarded: z.optional(
    z
      .array(
        z.object({
          email: text,
          revision: wholeNumber(0, 1_000_000),
        }),
      )
      .check(z.maxLength(MAX_ATTENDEES)),
  ),
  // Version 3: the language the invitation was sent in.
  sentIn: z.optional(locale),
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
