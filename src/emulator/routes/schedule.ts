import type { EmulatorCore } from '../core';
import { type EmRequest, type EmResponse, GraphFault, json } from '../http';
import { GRAPH_SCHEMA } from '../schema/graphSchema';
import { checkActionBody } from '../schema/checkBody';
import { fromInstant, preferredZone, toInstant } from '../timeZones';

/** The most schedules one `getSchedule` call may ask for. */
export const MAX_SCHEDULES = 20;

const CODE: Record<string, string> = {
  free: '0',
  workingElsewhere: '0',
  tentative: '1',
  busy: '2',
  oof: '3',
};

interface ScheduleBody {
  schedules?: string[];
  startTime?: { dateTime?: string; timeZone?: string };
  endTime?: { dateTime?: string; timeZone?: string };
  availabilityViewInterval?: number;
}

/**
 * `POST /me/calendar/getSchedule`: free/busy of up to 20 people, with their busy items, the
 * merged availability view and their working hours. An address outside the tenant gets an
 * error entry, never a free calendar.
 */
export function getSchedule(core: EmulatorCore, req: EmRequest): EmResponse {
  // A body Graph's metadata refuses becomes a 400 RequestBodyRead in the router.
  checkActionBody(GRAPH_SCHEMA, 'microsoft.graph.calendar/getSchedule', req.body);
  const body = Object.fromEntries(
    Object.entries((req.body ?? {}) as object).map(([k, v]) => [
      k[0]?.toLowerCase() + k.slice(1),
      v,
    ]),
  ) as ScheduleBody;
  const schedules = body.schedules ?? [];
  if (schedules.length === 0)
    throw new GraphFault(400, 'ErrorInvalidParameter', 'At least one schedule must be given.');
  if (schedules.length > MAX_SCHEDULES) {
    throw new GraphFault(
      400,
      'ErrorInvalidParameter',
      `The number of schedules requested (${schedules.length}) exceeds the limit of ${MAX_SCHEDULES}.`,
    );
  }
  const from = toInstant(body.startTime, 'start');
  const to = toInstant(body.endTime, 'end');
  const interval = body.availabilityViewInterval ?? 30;
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440) {
    throw new GraphFault(
      400,
      'ErrorInvalidParameter',
      'availabilityViewInterval must be between 5 and 1440 minutes.',
    );
  }
  const zone = preferredZone(req.headers);
  const fromMs = Date.parse(from);
  const slots = Math.ceil((Date.parse(to) - fromMs) / (interval * 60_000));

  const value = schedules.map((address) => {
    const user = core.user(address);
    if (!user) {
      return {
        scheduleId: address,
        availabilityView: '',
        scheduleItems: [],
        error: {
          message: `The requested user '${address}' is invalid.`,
          responseCode: 'ErrorMailRecipientNotFound',
        },
      };
    }
    const items = core
      .mailbox(user.id)
      .events.filter(
        (e) => !e.isCancelled && e.showAs !== 'free' && e.endUtc > from && e.startUtc < to,
      )
      .sort((a, b) => a.startUtc.localeCompare(b.startUtc));
    const view = Array.from({ length: slots }, (_, i) => {
      const slotStart = fromMs + i * interval * 60_000;
      const slotEnd = slotStart + interval * 60_000;
      let code = '0';
      for (const e of items) {
        if (Date.parse(e.startUtc) < slotEnd && Date.parse(e.endUtc) > slotStart) {
          const c = CODE[e.showAs] ?? '2';
          if (c > code) code = c;
        }
      }
      return code;
    }).join('');
    return {
      scheduleId: address,
      availabilityView: view,
      scheduleItems: items.map((e) => ({
        isPrivate: false,
        status: e.showAs,
        subject: e.subject,
        location: e.location,
        start: fromInstant(e.startUtc, zone),
        end: fromInstant(e.endUtc, zone),
      })),
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '08:00:00.0000000',
        endTime: user.jobTitle === 'Medarbejder' ? '15:30:00.0000000' : '16:00:00.0000000',
        timeZone: { name: 'Romance Standard Time' },
      },
    };
  });
  return json(
    200,
    {
      '@odata.context': `${req.root}/$metadata#Collection(microsoft.graph.scheduleInformation)`,
      value,
    },
    req.requestId,
  );
}
