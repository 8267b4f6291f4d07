import { commitSlots, editError, type AgendaEditError, type Slot } from './agendaEdits';
import { DayClock, isPlainDate, isWallTime, wallMinutes } from './dayClock';
import { defaultAttendanceForRoles, inviteeForSeat } from './roleInvitees';
import { joinList } from './format';
import { personKey } from './invitees';
import type { Localized } from './localized';
import {
  type OrganisationKind,
  ORGANISATION_PLACEHOLDER,
  whereInOrganisation,
} from './organisation';
import {
  type AgendaBlock,
  type Invitee,
  type MeetingLocation,
  type MeetingPlan,
  NO_PRESENTERS,
  PLAN_SCHEMA_VERSION,
  type PlainDateString,
  type PresentingWorkplace,
  type Presenters,
  type WallTime,
} from './plan';
import { type Programme, type TemplateBlock, WORKPLACES_PLACEHOLDER } from './programmes';
import type { Role } from './roles';
import { TRIO_SEATS } from './trioSeats';

/** What the organiser chooses before the programme is laid out. */
export interface TemplateOptions {
  /** Stable id of the new plan (the caller makes it: the domain has no randomness). */
  readonly id: string;
  readonly date: PlainDateString;
  /** A start other than the programme's; every block moves with it. */
  readonly start?: WallTime | undefined;
  /** The workplaces that present, in order: they take the "Arbejdsplads N" places. */
  readonly workplaces: readonly PresentingWorkplace[];
  readonly seriesSize?: number | undefined;
  readonly seriesId?: string | undefined;
  readonly location?: MeetingLocation | undefined;
  /** The kind of organisation the programme is worded for; the guide's words when absent. */
  readonly organisation?: OrganisationKind | undefined;
}

/**
 * A plan laid out from a programme, or why it could not be. What the layout leads to (a
 * programme past its frame) `validatePlan` finds, as for any other plan.
 */
export type TemplateResult =
  | { readonly ok: true; readonly plan: MeetingPlan }
  | { readonly ok: false; readonly error: AgendaEditError };

interface BoundBlock {
  readonly template: TemplateBlock;
  readonly id: string;
  readonly minutes: number;
  readonly workplaces: readonly PresentingWorkplace[];
}

const templateMinutes = (b: TemplateBlock) => wallMinutes(b.end) - wallMinutes(b.start);
const roundTo5 = (minutes: number) => Math.max(5, Math.round(minutes / 5) * 5);

/**
 * Binds the workplaces to the programme's "Arbejdsplads N" blocks. One-workplace blocks (the
 * 1st programme) are dropped when there are fewer workplaces and repeated, at the last one's
 * length, when there are more. Blocks for several workplaces (the 2nd programme) fill in
 * order; more workplaces than places are spread evenly; each such block's length follows its
 * number of workplaces at the template's time per workplace.
 */
function bindWorkplaces(
  programme: Programme,
  workplaces: readonly PresentingWorkplace[],
): BoundBlock[] {
  const slotBlocks = programme.blocks.filter((b) => b.presenters.kind === 'workplaceSlots');
  const slotsOf = (b: TemplateBlock) =>
    b.presenters.kind === 'workplaceSlots' ? b.presenters.slots : 0;
  const capacity = slotBlocks.reduce((sum, b) => sum + slotsOf(b), 0);
  const single = slotBlocks.every((b) => slotsOf(b) === 1);
  const counts = new Map<TemplateBlock, number>();
  if (single || workplaces.length <= capacity) {
    let left = workplaces.length;
    for (const b of slotBlocks) {
      const n = Math.min(slotsOf(b), left);
      counts.set(b, n);
      left -= n;
    }
  } else {
    slotBlocks.forEach((b, i) => {
      const base = Math.floor(workplaces.length / slotBlocks.length);
      counts.set(b, base + (i < workplaces.length % slotBlocks.length ? 1 : 0));
    });
  }

  const out: BoundBlock[] = [];
  let next = 0;
  const take = (n: number) => workplaces.slice(next, (next += n));
  const lastSlotBlock = slotBlocks[slotBlocks.length - 1];
  for (const template of programme.blocks) {
    const slots = slotsOf(template);
    if (slots === 0) {
      out.push({ template, id: template.key, minutes: templateMinutes(template), workplaces });
      continue;
    }
    const n = counts.get(template) ?? 0;
    if (n > 0) {
      const minutes = single
        ? templateMinutes(template)
        : roundTo5((templateMinutes(template) * n) / slots);
      out.push({ template, id: template.key, minutes, workplaces: take(n) });
    }
    if (single && template === lastSlotBlock) {
      for (let extra = 1; next < workplaces.length; extra++) {
        out.push({
          template,
          id: `${template.key}-extra-${extra}`,
          minutes: templateMinutes(template),
          workplaces: take(1),
        });
      }
    }
  }
  return out;
}

/** A template title for its organisation: "i kommunen", "på hospitalet", or the guide's both. */
export function titleInOrganisation(
  title: Localized,
  organisation: OrganisationKind | undefined,
): Localized {
  const where = whereInOrganisation(organisation);
  return {
    da: title.da.replace(ORGANISATION_PLACEHOLDER, () => where.da),
    en: title.en.replace(ORGANISATION_PLACEHOLDER, () => where.en),
  };
}

function titleFor(
  template: Localized,
  workplaces: readonly PresentingWorkplace[],
  organisation: OrganisationKind | undefined,
): Localized {
  const title = titleInOrganisation(template, organisation);
  if (!title.da.includes(WORKPLACES_PLACEHOLDER) && !title.en.includes(WORKPLACES_PLACEHOLDER))
    return title;
  const names = workplaces.map((w) => w.name);
  // A replacer function, not a string: a name such as "$&" or "$'" must not be read as a pattern.
  return {
    da: title.da.replace(WORKPLACES_PLACEHOLDER, () => joinList('da', names)),
    en: title.en.replace(WORKPLACES_PLACEHOLDER, () => joinList('en', names)),
  };
}

function presentersFor(bound: BoundBlock): Presenters {
  const p = bound.template.presenters;
  switch (p.kind) {
    case 'none':
      return NO_PRESENTERS;
    case 'roles':
      return { ...NO_PRESENTERS, roles: p.roles };
    case 'allWorkplaces':
    case 'workplaceSlots':
      return { ...NO_PRESENTERS, workplaceIds: bound.workplaces.map((w) => w.id) };
  }
}

/** The TRIO members of the presenting workplaces as required invitees, each for their seat. */
export function trioInvitees(workplaces: readonly PresentingWorkplace[]): Invitee[] {
  return workplaces.flatMap((w) =>
    TRIO_SEATS.flatMap(({ seat }) => {
      const person = w.trio[seat];
      return person ? [inviteeForSeat(person, seat, w.id)] : [];
    }),
  );
}

/**
 * Everyone invited other than for the plan's TRIOs, as the plan's workplaces change or a new
 * meeting starts without them: a TRIO member loses only the roles of the seats they hold, and
 * stays with any other (a TR on the MED committee stays a member), no longer tied to the workplace
 * and asked as those roles ask by default.
 */
export function inviteesBesideTrios(plan: MeetingPlan): Invitee[] {
  const seatRoles = new Map<string, Set<Role>>();
  for (const w of plan.presentingWorkplaces) {
    for (const { seat, role } of TRIO_SEATS) {
      const holder = w.trio[seat];
      if (!holder) continue;
      const key = personKey(holder.email);
      seatRoles.set(key, (seatRoles.get(key) ?? new Set()).add(role));
    }
  }
  return plan.invitees.flatMap((i): Invitee[] => {
    const held = seatRoles.get(personKey(i.email));
    if (!held) return [i];
    const roles = i.roles.filter((r) => !held.has(r));
    if (roles.length === 0 && (i.standsInFor?.length ?? 0) === 0) return [];
    // The seat made them required; without it they are asked as their other roles ask.
    return [{ ...i, roles, workplaceId: undefined, attendance: defaultAttendanceForRoles(roles) }];
  });
}

/**
 * Lays out a programme on a date for the chosen workplaces: blocks bound to workplaces, their
 * TRIOs invited, later blocks shifted. The meeting ends when its agenda does, past its frame if
 * need be (`validatePlan` then warns by how much).
 */
export function planFromTemplate(programme: Programme, options: TemplateOptions): TemplateResult {
  const start = options.start ?? programme.start;
  if (!isPlainDate(options.date) || !isWallTime(start)) return editError('invalid-time');
  const clock = new DayClock(options.date);
  const meetingStart = clock.elapsed(start);

  const slots: Slot[] = [];
  let at = meetingStart;
  for (const bound of bindWorkplaces(programme, options.workplaces)) {
    const block: AgendaBlock = {
      id: bound.id,
      kind: bound.template.kind,
      title: titleFor(bound.template.title, bound.workplaces, options.organisation),
      ...(bound.template.note ? { note: bound.template.note } : {}),
      start,
      end: start,
      presenters: presentersFor(bound),
    };
    // Template blocks follow each other without gaps; a bound block starts where the last ended.
    slots.push({ block, start: at, minutes: bound.minutes });
    at += bound.minutes;
  }
  const frameEnd = clock.wall(meetingStart + programme.frameMinutes);
  if (frameEnd === undefined) return editError('past-midnight');
  const size = options.seriesSize ?? 2;
  const plan: MeetingPlan = {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: options.id,
    programme: programme.id,
    title: programme.title,
    focus: programme.focus,
    series: {
      position: Math.min(programme.seriesPosition, size),
      size,
      ...(options.seriesId ? { seriesId: options.seriesId } : {}),
    },
    date: options.date,
    start,
    end: frameEnd,
    location: options.location ?? { teams: true },
    agenda: [],
    invitees: trioInvitees(options.workplaces),
    presentingWorkplaces: options.workplaces,
    ...(options.organisation ? { organisation: options.organisation } : {}),
  };
  const laid = commitSlots(plan, clock, slots, meetingStart, slots.length > 0);
  if (!laid.ok) return laid;
  return { ok: true, plan: laid.plan };
}
