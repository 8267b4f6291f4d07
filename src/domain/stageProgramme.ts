import { isPlainDate, isWallTime } from './dayClock';
import type { Localized } from './localized';
import type { MeetingProgramme, ProgrammeItem } from './meetingProgramme';

/**
 * The programme as the link shared to the meeting stage carries it. Everyone in the meeting opens
 * that link, invited or not, so it holds the programme and nothing else: no attendees, no answers;
 * and the stage needs no sign-in and no Graph call to show it.
 */

const VERSION = 1;
const MAX_ITEMS = 60;
const MAX_TEXT = 600;

type Pair = readonly [string, string | null];
type ItemRow = readonly [string, string, string, Pair, Pair];

function pairOf(text: Localized): Pair {
  return [text.da, text.en === text.da ? null : text.en];
}

/** The programme as compact JSON for the stage link. */
export function stageProgrammeJson(programme: MeetingProgramme): string {
  return JSON.stringify({
    v: VERSION,
    d: programme.date,
    t: pairOf(programme.title),
    i: programme.items.map((i): ItemRow => [
      i.id,
      i.start,
      i.end,
      pairOf(i.title),
      pairOf(i.presenters),
    ]),
  });
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;

function localizedFrom(value: unknown): Localized | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [da, en] = value as unknown[];
  if (!isText(da) || !(en === null || isText(en))) return undefined;
  return { da, en: en ?? da };
}

function itemFrom(value: unknown): ProgrammeItem | undefined {
  if (!Array.isArray(value) || value.length !== 5) return undefined;
  const [id, start, end, title, presenters] = value as unknown[];
  const t = localizedFrom(title);
  const p = localizedFrom(presenters);
  if (!isText(id) || typeof start !== 'string' || typeof end !== 'string') return undefined;
  if (!isWallTime(start) || !isWallTime(end) || end <= start || !t || !p) return undefined;
  return { id, start, end, title: t, presenters: p };
}

/**
 * The programme a stage link carried, or undefined for anything else: a link is data from
 * outside, so every field is checked before it is shown.
 */
export function stageProgrammeFrom(json: string): MeetingProgramme | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { v, d, t, i } = raw as Record<string, unknown>;
  const title = localizedFrom(t);
  if (v !== VERSION || typeof d !== 'string' || !isPlainDate(d) || !title) return undefined;
  if (!Array.isArray(i) || i.length > MAX_ITEMS) return undefined;
  const items = i.map(itemFrom);
  if (items.some((item) => item === undefined)) return undefined;
  return { date: d, title, items: items as ProgrammeItem[] };
}
