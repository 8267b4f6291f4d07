import { Temporal } from 'temporal-polyfill';
import type { EmulatorCore } from './core';
import { seededRandom } from './prng';
import type { StoredEvent } from './state';

const ZONE = 'Europe/Copenhagen';
const SUBJECTS = [
  'Teammøde',
  'Borgermøde',
  'Personalemøde',
  'Budgetopfølgning',
  'Supervision',
  'Kursus',
  'MED-møde',
  'Samtale',
];

/** The people whose calendars are filled: everyone in a role group or a workplace, not the crowd. */
function busyPeople(core: EmulatorCore): string[] {
  const tenant = core.tenant;
  const ids = new Set<string>();
  for (const group of tenant.groups) {
    if (group.id === tenant.allStaffGroupId) continue;
    for (const id of group.memberIds) ids.add(id);
  }
  return [...ids];
}

/**
 * Fills the calendars of the demo's people for eight weeks from the state's anchor (a Monday): ordinary
 * meetings, some tentative, a few out-of-office weeks, so free/busy has something to say.
 * Deterministic for a given anchor.
 */
export function seedCalendars(core: EmulatorCore, weeks = 8): void {
  const anchor = core.state.anchor;
  const random = seededRandom(core.state.seed ^ Number(anchor.replace(/-/g, '')));
  const start = Temporal.PlainDate.from(anchor);
  for (const ownerId of busyPeople(core)) {
    const owner = core.user(ownerId);
    if (!owner) continue;
    const box = core.mailbox(ownerId);
    const holidayWeek = random() < 0.15 ? Math.floor(random() * weeks) : -1;
    for (let day = 0; day < weeks * 7; day++) {
      const date = start.add({ days: day });
      if (date.dayOfWeek > 5) continue;
      const inHoliday = Math.floor(day / 7) === holidayWeek;
      const slots = inHoliday
        ? [{ from: 8 * 60, minutes: 8 * 60, showAs: 'oof' as const, subject: 'Ferie' }]
        : [];
      if (!inHoliday) {
        // Most days have a meeting or two, some none: busy people, yet a 3-hour slot exists.
        const roll = random();
        const count = roll < 0.4 ? 0 : roll < 0.75 ? 1 : 2;
        for (let i = 0; i < count; i++) {
          slots.push({
            from: 8 * 60 + Math.floor(random() * 14) * 30,
            minutes: [30, 60, 60, 90, 120][Math.floor(random() * 5)] as number,
            showAs: (random() < 0.2 ? 'tentative' : 'busy') as 'oof',
            subject: SUBJECTS[Math.floor(random() * SUBJECTS.length)] as string,
          });
        }
      }
      for (const slot of slots) {
        const at = date.toZonedDateTime({
          timeZone: ZONE,
          plainTime: Temporal.PlainTime.from({
            hour: Math.floor(slot.from / 60),
            minute: slot.from % 60,
          }),
        });
        const event: StoredEvent = {
          id: core.newId(),
          iCalUId: core.newId('040000008200E00074C5B7101A82E008'),
          ownerId,
          organizerAddress: owner.mail,
          organizerName: owner.displayName,
          changeKey: 1,
          createdDateTime: at.toInstant().toString(),
          lastModifiedDateTime: at.toInstant().toString(),
          subject: slot.subject,
          bodyHtml: '',
          startUtc: at.toInstant().toString(),
          endUtc: at.add({ minutes: slot.minutes }).toInstant().toString(),
          startTimeZone: 'Romance Standard Time',
          endTimeZone: 'Romance Standard Time',
          location: '',
          attendees: [],
          isOnlineMeeting: false,
          onlineMeetingProvider: 'unknown',
          isCancelled: false,
          showAs: slot.showAs,
          responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
          allowNewTimeProposals: true,
          extensions: {},
          seeded: true,
        };
        box.events.push(event);
      }
    }
  }
}

/** The Monday of the week a date falls in, in Copenhagen. */
export function mondayOf(date: Temporal.PlainDate): string {
  return date.subtract({ days: date.dayOfWeek - 1 }).toString();
}
