/**
 * The demo's network meeting of today, playing now: what the demo Teams host shows in a
 * meeting's details, side panel and stage. It is booked as the tab books (the app's Graph layer,
 * the plan on the event, a Teams meeting, every invitee invited) on the demo tenant when
 * `npm start` starts and again whenever a demo host opens and none is playing, so a live
 * programme is live whatever the hour.
 */
import {
  bookedMeetingFrom,
  type CalendarMeeting,
  DayClock,
  FIRST_PROGRAMME,
  type MeetingPlan,
  planningClockAt,
  ROLE_LABELS,
} from '../../src/domain';
import { demoPlan } from '../../src/emulator/demoPlan';
import type { DemoTenant } from '../../src/emulator/demoTenant';
import type { NetworkMeetingGraph } from '../../src/graph';
import { bookPlan } from '../../src/app/meetings';

/** Plan ids of the demo's live meetings start with this. */
export const LIVE_MEETING_PREFIX = 'demo-live-';

/** How long the meeting has been going when it is booked: the first blocks are over. */
const MINUTES_UNDER_WAY = 25;

/** A person the demo host can play: the organiser or an invitee. */
export interface LivePerson {
  readonly name: string;
  readonly email: string;
  /** Role names in Danish, as the plan gives them. */
  readonly roles: readonly string[];
}

/** The live meeting as the demo hosts need it to answer teams-js as Teams would. */
export interface LiveMeeting {
  readonly eventId: string;
  readonly iCalUId: string | undefined;
  readonly subject: string;
  /** On Copenhagen's wall clock (`2027-03-11T10:35:00`). */
  readonly start: string;
  readonly end: string;
  readonly joinUrl: string | undefined;
  /** The meeting's chat, `19:meeting_…@thread.v2` (Teams' `context.chat.id`). */
  readonly chatId: string | undefined;
  /** Teams' `context.meeting.id`: base64 of `0#<chat id>#0`. */
  readonly meetingId: string | undefined;
  readonly organiser: LivePerson;
  readonly invitees: readonly LivePerson[];
}

/**
 * Where today's live meeting starts: 25 minutes before now, to the 5 minutes, and never so late
 * that the 3-hour frame would pass midnight (then it is the day's last possible meeting). Real
 * minutes, so the days the clocks change come out right.
 */
export function liveMeetingStart(epochMilliseconds: number): MeetingPlan['start'] {
  const { today, now } = planningClockAt(epochMilliseconds);
  const clock = new DayClock(today);
  const latest = clock.minutesInDay - FIRST_PROGRAMME.frameMinutes - 5;
  const wanted = Math.floor((clock.elapsed(now) - MINUTES_UNDER_WAY) / 5) * 5;
  const start = clock.wall(Math.max(0, Math.min(wanted, latest - (latest % 5))));
  if (!start) throw new Error(`No start on ${today} for the demo's live meeting`);
  return start;
}

/** The plan of the live meeting that starts at `start` today. */
export function livePlan(tenant: DemoTenant, epochMilliseconds: number): MeetingPlan {
  const { today } = planningClockAt(epochMilliseconds);
  const start = liveMeetingStart(epochMilliseconds);
  return demoPlan(tenant, {
    id: `${LIVE_MEETING_PREFIX}${today}-${start.replace(':', '')}`,
    date: today,
    start,
    workplaces: 2,
  });
}

/** The thread id in a long Teams join link (`/l/meetup-join/19%3ameeting_…%40thread.v2/0`). */
export function chatIdOfJoinUrl(joinUrl: string | undefined): string | undefined {
  if (!joinUrl) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(joinUrl);
  } catch {
    return undefined;
  }
  return /\/meetup-join\/(19:meeting_[^/@]+@thread\.v2)/i.exec(decoded)?.[1];
}

/** Finds the Teams chat of a booked online meeting (Teams' `context.chat.id`). */
export type ChatOfMeeting = (
  eventId: string,
  joinUrl: string | undefined,
) => Promise<string | undefined>;

/**
 * The chat of the organiser's online meeting as Teams knows it: read from a long join link, or
 * (Teams' short links name no chat) asked of the emulator, which keeps each online meeting's
 * chat beside the event (`/_emulator/mailboxes/{address}/onlineMeetings`, where it has one).
 */
export function emulatorChatOf(graphBaseUrl: string, organiser: string): ChatOfMeeting {
  return async (eventId, joinUrl) => {
    const fromLink = chatIdOfJoinUrl(joinUrl);
    if (fromLink) return fromLink;
    const res = await fetch(
      `${graphBaseUrl}/_emulator/mailboxes/${encodeURIComponent(organiser)}/onlineMeetings`,
    );
    if (!res.ok) return undefined;
    const meetings = (await res.json()) as { eventId?: string; chatId?: string }[];
    return meetings.find((m) => m.eventId === eventId)?.chatId;
  };
}

/** Teams' meeting id for a meeting chat: base64 of `0#<chat id>#0` (microsoft-teams-library-js#539). */
export function teamsMeetingIdOf(chatId: string): string {
  return Buffer.from(`0#${chatId}#0`, 'utf8').toString('base64');
}

/** The Copenhagen date-time of an instant, as Graph gives event times (`2027-03-11T10:35:00`). */
function copenhagenNow(epochMilliseconds: number): string {
  const { today, now } = planningClockAt(epochMilliseconds);
  return `${today}T${now}:00`;
}

async function liveMeetingOf(
  meeting: CalendarMeeting,
  plan: MeetingPlan,
  chatOf: ChatOfMeeting,
): Promise<LiveMeeting> {
  const chatId = await chatOf(meeting.eventId, meeting.joinUrl);
  return {
    eventId: meeting.eventId,
    iCalUId: meeting.iCalUId,
    subject: meeting.subject,
    start: meeting.start,
    end: meeting.end,
    joinUrl: meeting.joinUrl,
    chatId,
    meetingId: chatId && teamsMeetingIdOf(chatId),
    organiser: { name: meeting.organizer.name, email: meeting.organizer.email, roles: [] },
    invitees: plan.invitees.map((i) => ({
      name: i.name,
      email: i.email,
      roles: i.roles.map((r) => ROLE_LABELS[r].da),
    })),
  };
}

/**
 * Today's live meeting in the organiser's calendar, booked now if none is playing (or about to
 * start). Safe to repeat: the plan id names the day and the start, and booking is idempotent.
 */
export async function ensureLiveMeeting(
  organiser: NetworkMeetingGraph,
  tenant: DemoTenant,
  epochMilliseconds: number,
  chatOf: ChatOfMeeting = (_, joinUrl) => Promise.resolve(chatIdOfJoinUrl(joinUrl)),
): Promise<LiveMeeting> {
  const now = copenhagenNow(epochMilliseconds);
  const day = new Date(epochMilliseconds);
  const range = {
    start: new Date(day.getTime() - 24 * 3_600_000).toISOString(),
    end: new Date(day.getTime() + 24 * 3_600_000).toISOString(),
  };
  for (const meeting of await organiser.listMeetings(range)) {
    if (meeting.isCancelled || meeting.start > now || meeting.end <= now) continue;
    const read = bookedMeetingFrom(meeting);
    if (read.ok && read.meeting.plan.id.startsWith(LIVE_MEETING_PREFIX)) {
      return liveMeetingOf(meeting, read.meeting.plan, chatOf);
    }
  }
  const plan = livePlan(tenant, epochMilliseconds);
  const booked = await bookPlan(organiser, plan, 'da');
  return liveMeetingOf(booked, plan, chatOf);
}
