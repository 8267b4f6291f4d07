import type { Locale } from './localized';
import type { PlanText } from './planText';
import type { Role } from './roles';
import type { Person, PersonRef, Trio } from './roster';
import type { OrganisationKind } from './organisation';
import type { TrioSeat } from './trioSeats';

/** Version of the plan's JSON shape; stored with every plan so old files can be migrated. */
export const PLAN_SCHEMA_VERSION = 3;

/** What an agenda block is, which decides how the coverage rules read it. */
export const BLOCK_KINDS = [
  'welcome',
  'presentation',
  'workplacePresentation',
  'exhibition',
  'break',
  'surveyResults',
  'reflection',
  'closing',
  'other',
] as const;

/** One kind of agenda block; `break` covers pauses and meals alike. */
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Who presents a block: holders of roles, the TRIOs of workplaces, or named people. */
export interface Presenters {
  readonly roles: readonly Role[];
  readonly workplaceIds: readonly string[];
  readonly people: readonly PersonRef[];
}

import type { PlainDateString, WallTime } from './wallTime';

export type { PlainDateString, WallTime };

/** One item on the programme, in Europe/Copenhagen wall time on the meeting's date. */
export interface AgendaBlock {
  readonly id: string;
  readonly kind: BlockKind;
  readonly title: PlanText;
  /** A line under the title, e.g. "+ summen i grupper". */
  readonly note?: PlanText | undefined;
  readonly start: WallTime;
  readonly end: WallTime;
  readonly presenters: Presenters;
}

/** Whether the calendar invitation asks the person to come or only tells them. */
export type Attendance = 'required' | 'optional';

/** Someone a stand-in comes for, as they were invited: restored at the effort's next meeting. */
export interface AbsentInvitee extends Person {
  readonly attendance: Attendance;
}

/** A person on the invitation, with the roles they are invited for. */
export interface Invitee extends Person {
  readonly attendance: Attendance;
  /**
   * For this meeting only: the people this invitee comes instead of. `roles` stays the invitee's
   * own roles; the roles of those stood in for count at this meeting (`rolesAtMeeting`) but stay
   * theirs, so the next meeting invites them again.
   */
  readonly standsInFor?: readonly AbsentInvitee[] | undefined;
}

/** A workplace that presents at this meeting, with the TRIO the directory gave it. */
export interface PresentingWorkplace {
  readonly id: string;
  readonly name: string;
  readonly trio: Trio;
  /**
   * The seats the workplace's group gave more than one person for (a group holding several
   * workplaces: two leaders, two AMRs): those seats stay empty until the organiser picks one of
   * these, or splits the group into its workplaces. Never picked silently.
   */
  readonly seatChoices?: SeatChoices | undefined;
}

/** For each TRIO seat the directory could not settle, the people it could be. */
export type SeatChoices = { readonly [S in TrioSeat]?: readonly PersonRef[] | undefined };

/** Where the meeting is held: a Teams meeting, a room, or both. */
export interface MeetingLocation {
  readonly teams: boolean;
  readonly place?: string | undefined;
}

/** Another meeting of the same effort, as its event had it when the plan last read them. */
export interface SeriesMeeting {
  /** The other meeting's plan id. */
  readonly planId: string;
  readonly position: number;
  /** The size its invitation says ("2 af 3"). */
  readonly size: number;
  /** Its date as its event holds it (moved in Outlook or not). */
  readonly date: PlainDateString;
}

/** The meeting's place in the focused effort: meeting 1 of 3. */
export interface SeriesPosition {
  readonly position: number;
  readonly size: number;
  /** Shared by the meetings of one effort, so they can be listed together. */
  readonly seriesId?: string | undefined;
  /**
   * The effort's other booked meetings, a snapshot read from their events whenever the planner
   * or the follow-up opens, so the series rules (date order, one meeting per position) also hold
   * where no calendar can be read (the Outlook send check). Absent: none known.
   */
  readonly otherMeetings?: readonly SeriesMeeting[] | undefined;
}

/** The organiser's explicit confirmation of a frame adapted past the guide's 3 hours. */
export interface AdaptedFrame {
  /** The meeting's length in real minutes the organiser confirmed; a longer meeting asks again. */
  readonly minutes: number;
}

/** The programme a plan was made from. */
export type ProgrammeId = 'first' | 'second' | 'blank';

/** The MED committee as the directory has it, so coverage can tell who of it is missing. */
export interface CommitteeSnapshot {
  readonly name: string;
  /** The directory group it was read from, so a later meeting can read it again. */
  readonly groupId?: string | undefined;
  readonly members: readonly PersonRef[];
}

/**
 * Someone the booked meeting was forwarded to (people added to it and nothing else changed) at
 * a revision. The plan recording them is stored before the forward goes, so a save repeated
 * after a failure never forwards to them again at the same revision.
 */
export interface ForwardRecord {
  readonly email: string;
  /** The plan's `revision` when the forward went: an update sent to everyone since makes it moot. */
  readonly revision: number;
}

/**
 * A network meeting being planned or already booked. A plain JSON value: it is autosaved as a
 * draft, stored on the calendar event, and may be saved to a file and edited by hand.
 */
export interface MeetingPlan {
  readonly schemaVersion: typeof PLAN_SCHEMA_VERSION;
  /** Stable across edits; the booking derives its transaction id from it. */
  readonly id: string;
  readonly programme: ProgrammeId;
  readonly title: PlanText;
  readonly focus: PlanText;
  readonly series: SeriesPosition;
  readonly date: PlainDateString;
  readonly start: WallTime;
  readonly end: WallTime;
  readonly location: MeetingLocation;
  readonly agenda: readonly AgendaBlock[];
  readonly invitees: readonly Invitee[];
  readonly presentingWorkplaces: readonly PresentingWorkplace[];
  readonly medCommittee?: CommitteeSnapshot | undefined;
  /**
   * Set when the organiser confirmed running more than an hour past the 3-hour frame (the guide
   * lets the frame be adapted locally); without it such a plan is not sent.
   */
  readonly adaptedFrame?: AdaptedFrame | undefined;
  /**
   * Which kind of organisation holds the meeting, as the organiser said once: the programme is
   * worded for it ("i kommunen", "på hospitalet"). Absent: the guide's "i kommunen/på hospitalet".
   */
  readonly organisation?: OrganisationKind | undefined;
  /**
   * How many times a change of what the invitation says (time, place, text) has been sent to
   * attendees since booking: the `.ics` export's SEQUENCE, so calendars replace the meeting.
   */
  readonly revision?: number | undefined;
  /** Those the booked meeting was forwarded to at the current revision (`ForwardRecord`). */
  readonly forwarded?: readonly ForwardRecord[] | undefined;
  /**
   * The language the invitation was sent in, set when it is booked: the meeting's own texts are
   * shown in it whatever the UI's language, and every update is sent in it. Absent on a plan not
   * yet sent (and on plans booked before it was recorded: `sentLanguageOf` reads it from the
   * event's subject).
   */
  readonly sentIn?: Locale | undefined;
}

/** Presenters of a block that nobody presents. */
export const NO_PRESENTERS: Presenters = { roles: [], workplaceIds: [], people: [] };
