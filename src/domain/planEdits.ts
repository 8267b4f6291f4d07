import {
  type AgendaEditResult,
  editError,
  insertBlock,
  moveBlock,
  moveMeeting,
  type NewBlock,
  removeBlock,
  setBlockLength,
  setBlockStart,
  updateBlock,
} from './agendaEdits';
import { personKey, withInviteesAdded } from './invitees';
import type { PlanText } from './planText';
import type {
  Attendance,
  CommitteeSnapshot,
  Invitee,
  MeetingLocation,
  MeetingPlan,
  PlainDateString,
  PresentingWorkplace,
  SeriesMeeting,
  SeriesPosition,
  WallTime,
} from './plan';
import { inviteeFor } from './roleInvitees';
import type { Role } from './roles';
import { MAX_COMMITTEE_MEMBERS, MAX_PRESENTERS_PER_BLOCK, MAX_TITLE_LENGTH } from './planLimits';
import type { PersonRef } from './roster';
import { withStandIn } from './standIns';
import type { TrioSeat } from './trioSeats';
import { withSeat, withWorkplaces } from './workplaceEdits';
import type { OrganisationKind } from './organisation';
import { withOrganisation } from './programmeWording';
import { withRoleAdded, withoutRole } from './roleEdits';
import { withSeriesMeetings } from './seriesSnapshot';

/** An edit to a plan's agenda, as the agenda editor asks for it. */
export type AgendaEdit =
  | { readonly kind: 'length'; readonly blockId: string; readonly minutes: number }
  | { readonly kind: 'start'; readonly blockId: string; readonly start: WallTime }
  | { readonly kind: 'insert'; readonly index: number; readonly block: NewBlock }
  | { readonly kind: 'remove'; readonly blockId: string }
  | { readonly kind: 'move'; readonly blockId: string; readonly toIndex: number }
  | {
      readonly kind: 'update';
      readonly blockId: string;
      readonly changes: Parameters<typeof updateBlock>[2];
    };

/**
 * One change to a plan, as the planner, the follow-up of a booked meeting and the Outlook add-in
 * ask for it. People are told apart by their address (`personKey`), whatever its case.
 */
export type PlanEdit =
  | {
      readonly kind: 'details';
      readonly title?: PlanText;
      readonly focus?: PlanText;
      readonly location?: MeetingLocation;
      readonly series?: SeriesPosition;
      readonly medCommittee?: CommitteeSnapshot;
    }
  /** The meeting to another date and/or start; the whole agenda moves with it. */
  | { readonly kind: 'move'; readonly date?: PlainDateString; readonly start?: WallTime }
  /** Other presenting workplaces: the programme is laid out again for them. */
  | { readonly kind: 'workplaces'; readonly workplaces: readonly PresentingWorkplace[] }
  | { readonly kind: 'addWorkplace'; readonly workplace: PresentingWorkplace }
  | { readonly kind: 'removeWorkplace'; readonly workplaceId: string }
  /** One TRIO seat filled or emptied by hand. */
  | {
      readonly kind: 'seat';
      readonly workplaceId: string;
      readonly seat: TrioSeat;
      readonly person: PersonRef | undefined;
    }
  /** People added as they are, each folded into their entry when already invited. */
  | { readonly kind: 'invite'; readonly invitees: readonly Invitee[] }
  /** One person added for a role, asked as the role asks by default. */
  | { readonly kind: 'inviteFor'; readonly person: PersonRef; readonly role: Role }
  | { readonly kind: 'uninvite'; readonly email: string }
  | { readonly kind: 'attendance'; readonly email: string; readonly attendance: Attendance }
  /** `person` comes to this meeting instead of the invitee at `email` (`withStandIn`). */
  | { readonly kind: 'standIn'; readonly email: string; readonly person: PersonRef }
  | { readonly kind: 'agenda'; readonly edit: AgendaEdit }
  /** One more role for a person already invited, asked as that role asks by default. */
  | { readonly kind: 'addRole'; readonly email: string; readonly role: Role }
  /** One role taken from a person; a TRIO seat they hold for it is emptied. */
  | { readonly kind: 'removeRole'; readonly email: string; readonly role: Role }
  /** The organiser confirms the frame adapted to this many minutes, or takes it back. */
  | { readonly kind: 'confirmFrame'; readonly minutes: number | undefined }
  /** The effort's other meetings as just read from their events. */
  | { readonly kind: 'seriesMeetings'; readonly meetings: readonly SeriesMeeting[] }
  /** The programme worded for the organiser's kind of organisation. */
  | { readonly kind: 'organisation'; readonly organisation: OrganisationKind }
  /** A workplace whose group holds several workplaces, replaced by those workplaces. */
  | {
      readonly kind: 'splitWorkplace';
      readonly workplaceId: string;
      readonly into: readonly PresentingWorkplace[];
    };

/** The plan after an edit, or why the edit was refused (the plan is then left as it was). */
export type PlanEditResult = AgendaEditResult;

function accepted(plan: MeetingPlan): PlanEditResult {
  return { ok: true, plan };
}

function applyAgendaEdit(plan: MeetingPlan, edit: AgendaEdit): AgendaEditResult {
  switch (edit.kind) {
    case 'length':
      return setBlockLength(plan, edit.blockId, edit.minutes);
    case 'start':
      return setBlockStart(plan, edit.blockId, edit.start);
    case 'insert':
      return insertBlock(plan, edit.index, edit.block);
    case 'remove':
      return removeBlock(plan, edit.blockId);
    case 'move':
      return moveBlock(plan, edit.blockId, edit.toIndex);
    case 'update':
      return updateBlock(plan, edit.blockId, edit.changes);
  }
}

/**
 * The plan after one edit, or why the domain refused it; an edit that would take the plan past
 * the bounds a stored plan keeps (`planLimits.ts`) is refused with a message.
 */
export function applyPlanEdit(plan: MeetingPlan, edit: PlanEdit): PlanEditResult {
  const result = editedPlan(plan, edit);
  if (!result.ok) return result;
  const after = result.plan;
  if (after.title !== plan.title && beyondTitle(after.title)) return editError('title-too-long');
  if (
    after.medCommittee !== plan.medCommittee &&
    (after.medCommittee?.members.length ?? 0) > MAX_COMMITTEE_MEMBERS
  )
    return editError('committee-too-large');
  if (
    after.agenda !== plan.agenda &&
    after.agenda.some((b) => b.presenters.people.length > MAX_PRESENTERS_PER_BLOCK)
  )
    return editError('too-many-presenters');
  return result;
}

function beyondTitle(title: PlanText): boolean {
  return title.da.length > MAX_TITLE_LENGTH || title.en.length > MAX_TITLE_LENGTH;
}

function editedPlan(plan: MeetingPlan, edit: PlanEdit): PlanEditResult {
  switch (edit.kind) {
    case 'details':
      return accepted({
        ...plan,
        ...(edit.title ? { title: edit.title } : {}),
        ...(edit.focus ? { focus: edit.focus } : {}),
        ...(edit.location ? { location: edit.location } : {}),
        ...(edit.series ? { series: edit.series } : {}),
        ...(edit.medCommittee ? { medCommittee: edit.medCommittee } : {}),
      });
    case 'move':
      return moveMeeting(plan, {
        ...(edit.date ? { date: edit.date } : {}),
        ...(edit.start ? { start: edit.start } : {}),
      });
    case 'workplaces':
      return withWorkplaces(plan, edit.workplaces);
    case 'addWorkplace':
      return plan.presentingWorkplaces.some((w) => w.id === edit.workplace.id)
        ? accepted(plan)
        : withWorkplaces(plan, [...plan.presentingWorkplaces, edit.workplace]);
    case 'removeWorkplace':
      return withWorkplaces(
        plan,
        plan.presentingWorkplaces.filter((w) => w.id !== edit.workplaceId),
      );
    case 'seat':
      return accepted(withSeat(plan, edit.workplaceId, edit.seat, edit.person));
    case 'invite':
      return accepted({ ...plan, invitees: withInviteesAdded(plan.invitees, edit.invitees) });
    case 'inviteFor':
      return accepted({
        ...plan,
        invitees: withInviteesAdded(plan.invitees, [inviteeFor(edit.person, edit.role)]),
      });
    case 'uninvite':
      return accepted({
        ...plan,
        invitees: plan.invitees.filter((i) => personKey(i.email) !== personKey(edit.email)),
      });
    case 'attendance':
      return accepted({
        ...plan,
        invitees: plan.invitees.map((i) =>
          personKey(i.email) === personKey(edit.email) ? { ...i, attendance: edit.attendance } : i,
        ),
      });
    case 'standIn':
      return accepted(withStandIn(plan, edit.email, edit.person));
    case 'agenda':
      return applyAgendaEdit(plan, edit.edit);
    case 'addRole':
      return accepted(withRoleAdded(plan, edit.email, edit.role));
    case 'removeRole':
      return accepted(withoutRole(plan, edit.email, edit.role));
    case 'confirmFrame':
      return accepted({
        ...plan,
        adaptedFrame: edit.minutes === undefined ? undefined : { minutes: edit.minutes },
      });
    case 'seriesMeetings':
      return accepted(withSeriesMeetings(plan, edit.meetings));
    case 'organisation':
      return accepted(withOrganisation(plan, edit.organisation));
    case 'splitWorkplace':
      return withWorkplaces(
        plan,
        plan.presentingWorkplaces.flatMap((w) =>
          w.id === edit.workplaceId
            ? edit.into.filter((p) => !plan.presentingWorkplaces.some((o) => o.id === p.id))
            : [w],
        ),
      );
  }
}

/**
 * The plan after edits in turn, each laid on the plan the one before left; an edit the domain
 * refuses (a move past midnight) is passed over and leaves the plan as it was.
 */
export function applyPlanEdits(plan: MeetingPlan, edits: readonly PlanEdit[]): MeetingPlan {
  return edits.reduce((current, edit) => {
    const result = applyPlanEdit(current, edit);
    return result.ok ? result.plan : current;
  }, plan);
}
