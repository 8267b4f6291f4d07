import type { InvitedMeeting } from './calendarMeeting';
import { isWallTime } from './dayClock';
import { joinList } from './format';
import { agendaInInvite } from './inviteAgenda';
import { rolesAtMeeting } from './invitees';
import { LOCALES, type Locale, type Localized, sameInBoth } from './localized';
import type { AgendaBlock, MeetingPlan, PlainDateString, WallTime } from './plan';
import { ROLE_LABELS } from './roles';
import { comingInPlaceOf } from './standIns';
import { TRIO_SEATS } from './trioSeats';
import { dateOf } from './wallTime';

/** One item of a meeting's programme as the room follows it: when, what, and who presents it. */
export interface ProgrammeItem {
  readonly id: string;
  readonly start: WallTime;
  readonly end: WallTime;
  readonly title: Localized;
  /** Who presents it, by name ("Hjemmeplejen Nord: Anna Holm, Bo Berg og Carl Dahl"); may be empty. */
  readonly presenters: Localized;
}

/** A meeting's programme on its date, in Copenhagen wall time: what the side panel and stage show. */
export interface MeetingProgramme {
  readonly date: PlainDateString;
  readonly title: Localized;
  /** Earliest first. */
  readonly items: readonly ProgrammeItem[];
}

const TRIO_WORD: Readonly<Record<Locale, string>> = { da: 'Lokal TRIO', en: 'Local TRIO' };

/**
 * Who presents a block, by name, in one language: each role with the people invited for it (a
 * stand-in for them included), each presenting workplace with its TRIO, and people named on the
 * block. A role nobody is invited for is named by its label.
 */
function presentersByName(block: AgendaBlock, plan: MeetingPlan, locale: Locale): string {
  const nameOf = comingInPlaceOf(plan, locale);
  const parts: string[] = [];
  for (const role of block.presenters.roles) {
    const holders = plan.invitees
      .filter((i) => rolesAtMeeting(i).includes(role))
      .map((i) => i.name.trim())
      .filter(Boolean);
    const label = ROLE_LABELS[role][locale];
    parts.push(holders.length > 0 ? `${label}: ${joinList(locale, holders)}` : label);
  }
  for (const id of block.presenters.workplaceIds) {
    const w = plan.presentingWorkplaces.find((p) => p.id === id);
    if (!w) continue;
    const names = TRIO_SEATS.flatMap(({ seat }) => (w.trio[seat] ? [nameOf(w.trio[seat])] : []));
    parts.push(
      names.length > 0 ? `${w.name} (${TRIO_WORD[locale]}: ${joinList(locale, names)})` : w.name,
    );
  }
  if (block.presenters.people.length > 0) {
    parts.push(joinList(locale, block.presenters.people.map(nameOf)));
  }
  return parts.join('; ');
}

function localizedOf(make: (locale: Locale) => string): Localized {
  return Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as Localized;
}

/** The programme of a plan (the organiser's copy carries one): every block, presenters by name. */
export function programmeOfPlan(plan: MeetingPlan): MeetingProgramme {
  const items = [...plan.agenda]
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end))
    .map((block) => ({
      id: block.id,
      start: block.start,
      end: block.end,
      title: block.title,
      presenters: localizedOf((l) => presentersByName(block, plan, l)),
    }));
  return { date: plan.date, title: plan.title, items };
}

const ROW_TIME = /^(\d{1,2})[.:](\d{2})\s*[–—-]\s*(\d{1,2})[.:](\d{2})$/;

function wall(hours: string, minutes: string): WallTime | undefined {
  const text = `${hours.padStart(2, '0')}:${minutes}`;
  return isWallTime(text) ? text : undefined;
}

/**
 * The programme an invitation's body carries (an attendee's copy has no plan): its rows as the
 * invitation wrote them, in the organiser's language, presenters as the invitation names them.
 * Rows whose time cannot be read are left out.
 */
export function programmeOfInvitation(meeting: InvitedMeeting): MeetingProgramme {
  const items: ProgrammeItem[] = [];
  agendaInInvite(meeting.html).forEach((row, index) => {
    const match = ROW_TIME.exec(row.time);
    if (!match) return;
    const [, h1, m1, h2, m2] = match as unknown as [string, string, string, string, string];
    const start = wall(h1, m1);
    const end = wall(h2, m2);
    if (!start || !end || end <= start) return;
    items.push({
      id: `row-${index}`,
      start,
      end,
      title: sameInBoth(row.title),
      presenters: sameInBoth(row.presenters),
    });
  });
  items.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  return { date: dateOf(meeting.start), title: sameInBoth(meeting.subject), items };
}
