import type { Availability, BusyInterval, WallTime } from '../domain';
import { batchError, sendBatch } from './batch';
import type { PageDto, ScheduleInformationDto } from './dto';
import type { GraphClient } from './graphClient';

/** Graph's `timeOfDay` (`08:00:00.0000000`) to the minute, if it is one. */
function wallTimeOfGraph(time: string | null | undefined): WallTime | undefined {
  const match = /^([01]\d|2[0-3]):[0-5]\d(?=:|$)/.exec(time ?? '');
  return match ? (match[0] as WallTime) : undefined;
}

/** Graph's limit on schedules in one `getSchedule` call. */
export const SCHEDULES_PER_CALL = 20;

const STATUS: Record<string, BusyInterval['status'] | undefined> = {
  tentative: 'tentative',
  busy: 'busy',
  oof: 'oof',
  workingElsewhere: 'workingElsewhere',
};

function utcIso(dateTime: string): string {
  return `${dateTime.replace(/\.\d+$/, '')}Z`;
}

/** A schedule as domain availability; one Graph could not read is unknown, never free. */
export function availabilityFrom(info: ScheduleInformationDto): Availability {
  if (info.error) return { email: info.scheduleId, known: false, busy: [] };
  const busy = (info.scheduleItems ?? []).flatMap((item) => {
    const status = STATUS[item.status ?? 'busy'];
    return status
      ? [{ start: utcIso(item.start.dateTime), end: utcIso(item.end.dateTime), status }]
      : [];
  });
  const hours = info.workingHours;
  const start = wallTimeOfGraph(hours?.startTime);
  const end = wallTimeOfGraph(hours?.endTime);
  return {
    email: info.scheduleId,
    known: true,
    busy,
    ...(start && end ? { workingHours: { days: hours?.daysOfWeek ?? [], start, end } } : {}),
  };
}

/**
 * Free/busy for many people over a range (UTC instants): `getSchedule` calls of 20 schedules,
 * all in `$batch` requests sent together, so any number of people costs one round trip
 * (plus retries). Times come back in UTC.
 */
export async function getAvailability(
  graph: GraphClient,
  emails: readonly string[],
  range: { readonly start: string; readonly end: string },
  intervalMinutes = 30,
): Promise<Availability[]> {
  const unique = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
  const toGraph = (iso: string) => ({
    dateTime: new Date(iso).toISOString().slice(0, 19),
    timeZone: 'UTC',
  });
  const requests = [];
  for (let i = 0; i < unique.length; i += SCHEDULES_PER_CALL) {
    requests.push({
      id: String(i / SCHEDULES_PER_CALL),
      method: 'POST' as const,
      url: '/me/calendar/getSchedule',
      headers: { Prefer: 'outlook.timezone="UTC"' },
      body: {
        schedules: unique.slice(i, i + SCHEDULES_PER_CALL),
        startTime: toGraph(range.start),
        endTime: toGraph(range.end),
        availabilityViewInterval: intervalMinutes,
      },
    });
  }
  const answers = await sendBatch(graph, requests);
  return requests.flatMap((r) => {
    const answer = answers.get(r.id);
    if (!answer || answer.status >= 400)
      throw answer ? batchError(answer) : new Error('No free/busy answer');
    return (answer.body as PageDto<ScheduleInformationDto>).value.map(availabilityFrom);
  });
}
