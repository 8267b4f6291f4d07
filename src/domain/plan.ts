import type { Locale } from './localized';
import type { PlanText } from './planText';
import type { Role } from './roles';
import type { Person, PersonRef, Trio } from './roster';

/** Version of the plan's JSON shape; stored with every plan so old files can be migrated. */
export const PLAN_SCHEMA_VERSION = 2;

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
}

/** Where the meeting is held: a Teams meeting, a room, or both. */
export interface MeetingLocation {
  readonly teams: boolean;
  readonly place?: string | undefined;
}

/** The meeting's place in the focused effort: meeting 1 of 3. */
export interface SeriesPosition {
  readonly position: number;
  readonly size: number;
  /** Shared by the meetings of one effort, so they can be listed together. */
  readonly seriesId?: string | undefined;
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
   * How many times a change of what the invitation says (time, place, text) has been sent to
   * attendees since booking: the `.ics` export's SEQUENCE, so calendars replace the meeting.
   */
  readonly revision?: number | undefined;
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
