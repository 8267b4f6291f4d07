import { DayClock, isPlainDate, isWallTime } from './dayClock';
import { FINDING_MESSAGES } from './findingMessages';
import { errorFinding } from './errorMessages';
import { type Finding, finding } from './findings';
import { durationLocalized, formatTime, formatTimeRange } from './format';
import { normalizeText } from './html';
import type { AgendaBlock, MeetingPlan, WallTime } from './plan';

/** The guide's frame for one network meeting, in minutes. */
export const FRAME_MINUTES = 180;
/** How much shorter than the frame a meeting may be before it is called unusual. */
export const FRAME_TOLERANCE_MINUTES = 30;
/**
 * How far past the frame a meeting may run on a warning alone; beyond it the organiser confirms
 * the adapted frame (`MeetingPlan.adaptedFrame`) before it is sent.
 */
export const FRAME_ADAPT_UNCONFIRMED_MINUTES = 60;

/** A meeting measured against the guide's frame. */
export interface MeetingFrame {
  /** When the meeting is over: its end, or its last block's end if that is later. */
  readonly end: WallTime;
  /** Real minutes from the start to that end. */
  readonly minutes: number;
  /** Minutes past the 3-hour frame; 0 within it. */
  readonly overrun: number;
}

/**
 * How long the meeting runs and how far past the guide's frame: the one rule both the coverage
 * panel and the meeting card read. `undefined` while its times are not valid or it ends before
 * it starts.
 */
export function meetingFrame(plan: MeetingPlan): MeetingFrame | undefined {
  if (!isPlainDate(plan.date) || !isWallTime(plan.start) || !isWallTime(plan.end)) return undefined;
  const clock = new DayClock(plan.date);
  const start = clock.elapsed(plan.start);
  let end = clock.elapsed(plan.end);
  let endWall = plan.end;
  for (const block of plan.agenda) {
    if (!isWallTime(block.end)) continue;
    const blockEnd = clock.elapsed(block.end);
    if (blockEnd > end) {
      end = blockEnd;
      endWall = block.end;
    }
  }
  if (end <= start) return undefined;
  const minutes = end - start;
  return { end: endWall, minutes, overrun: Math.max(0, minutes - FRAME_MINUTES) };
}
/**
 * Whether the meeting runs so far past the frame that the organiser must confirm the adapted
 * frame, and has not (or confirmed a shorter one than it now is).
 */
export function frameNeedsConfirming(plan: MeetingPlan, frame: MeetingFrame): boolean {
  if (frame.overrun <= FRAME_ADAPT_UNCONFIRMED_MINUTES) return false;
  return plan.adaptedFrame === undefined || frame.minutes > plan.adaptedFrame.minutes;
}

/** An error for each block whose heading is empty or only spaces, in either language. */
function blockTitleFindings(plan: MeetingPlan): Finding[] {
  const blank = (text: string) => normalizeText(text).trim() === '';
  return plan.agenda
    .filter((b) => blank(b.title.da) || blank(b.title.en))
    .map((b) =>
      errorFinding(
        'block-title-empty',
        {
          details: {
            da: formatTimeRange(b.start, b.end, 'da'),
            en: formatTimeRange(b.start, b.end, 'en'),
          },
        },
        { blockIds: [b.id] },
      ),
    );
}

/** The longest stretch without a break or meal before the plan is warned about it. */
export const NO_BREAK_LIMIT_MINUTES = 120;

interface TimedBlock {
  readonly block: AgendaBlock;
  readonly start: number;
  readonly end: number;
}

function pairTitles(a: AgendaBlock, b: AgendaBlock) {
  return {
    da: `»${a.title.da}« og »${b.title.da}«`,
    en: `“${a.title.en}” and “${b.title.en}”`,
  };
}

/** The plan's times on its day's clock, or undefined while they are not valid. */
function scheduleOf(plan: MeetingPlan) {
  if (!isPlainDate(plan.date) || !isWallTime(plan.start) || !isWallTime(plan.end)) return undefined;
  const clock = new DayClock(plan.date);
  const start = clock.elapsed(plan.start);
  const end = clock.elapsed(plan.end);
  return { clock, start, end, frame: end > start ? meetingFrame(plan) : undefined };
}

/** The blocks with valid times that end after they start, by start (then end). */
function timedBlocks(plan: MeetingPlan, clock: DayClock): TimedBlock[] {
  const timed: TimedBlock[] = [];
  for (const block of plan.agenda) {
    if (!isWallTime(block.start) || !isWallTime(block.end)) continue;
    const t = { block, start: clock.elapsed(block.start), end: clock.elapsed(block.end) };
    if (t.end > t.start) timed.push(t);
  }
  return timed.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Each block beside the one before it that ends latest, in order: they overlap when the block
 * starts before that one ends, and leave a gap when it starts after.
 */
function neighbours(timed: readonly TimedBlock[]): (readonly [TimedBlock, TimedBlock])[] {
  const pairs: (readonly [TimedBlock, TimedBlock])[] = [];
  let latest: TimedBlock | undefined;
  for (const t of timed) {
    if (latest) pairs.push([latest, t]);
    if (!latest || t.end > latest.end) latest = t;
  }
  return pairs;
}

/**
 * The errors about time: a meeting that ends before it starts, a frame past the guide's that is
 * not confirmed, blocks without a heading, that end before they start or lie outside the
 * meeting, and blocks that overlap. The send check runs these alone (`planErrors`).
 */
export function scheduleErrors(plan: MeetingPlan): Finding[] {
  const schedule = scheduleOf(plan);
  if (!schedule) return [];
  const { clock, start, end, frame } = schedule;
  const out: Finding[] = [];
  if (end <= start) {
    out.push(errorFinding('meeting-ends-before-start', {}));
  }
  if (frame && frame.overrun > 0 && frameNeedsConfirming(plan, frame)) {
    out.push(
      errorFinding(
        'frame-not-confirmed',
        {
          duration: durationLocalized(frame.minutes),
          details: { da: formatTime(frame.end, 'da'), en: formatTime(frame.end, 'en') },
        },
        { minutes: frame.overrun },
      ),
    );
  }
  if (plan.agenda.length === 0) return out;
  out.push(...blockTitleFindings(plan));
  const meetingRange = {
    da: formatTimeRange(plan.start, plan.end, 'da'),
    en: formatTimeRange(plan.start, plan.end, 'en'),
  };
  for (const block of plan.agenda) {
    if (!isWallTime(block.start) || !isWallTime(block.end)) continue;
    const t = { start: clock.elapsed(block.start), end: clock.elapsed(block.end) };
    if (t.end <= t.start) {
      out.push(
        errorFinding('block-ends-before-start', { blocks: block.title }, { blockIds: [block.id] }),
      );
    } else if (t.start < start || t.end > end) {
      out.push(
        errorFinding(
          'block-outside-meeting',
          { blocks: block.title, details: meetingRange },
          { blockIds: [block.id], minutes: Math.max(start - t.start, t.end - end) },
        ),
      );
    }
  }
  for (const [earlier, t] of neighbours(timedBlocks(plan, clock))) {
    if (t.start >= earlier.end) continue;
    const overlap = Math.min(earlier.end, t.end) - t.start;
    out.push(
      errorFinding(
        'blocks-overlap',
        {
          blocks: pairTitles(earlier.block, t.block),
          duration: durationLocalized(overlap),
        },
        { blockIds: [earlier.block.id, t.block.id], minutes: overlap },
      ),
    );
  }
  return out;
}

/**
 * The warnings about time: a meeting past the 3-hour frame or much shorter, an empty programme,
 * gaps between blocks, and long stretches without a break. They never stop a send.
 */
export function scheduleWarnings(plan: MeetingPlan): Finding[] {
  const schedule = scheduleOf(plan);
  if (!schedule) return [];
  const { clock, frame } = schedule;
  const out: Finding[] = [];
  if (frame && frame.overrun > 0) {
    out.push(
      finding(
        'frame-exceeded',
        FINDING_MESSAGES['frame-exceeded']({
          duration: durationLocalized(frame.overrun),
          details: { da: formatTime(frame.end, 'da'), en: formatTime(frame.end, 'en') },
        }),
        { minutes: frame.overrun },
      ),
    );
  } else if (frame && FRAME_MINUTES - frame.minutes > FRAME_TOLERANCE_MINUTES) {
    out.push(
      finding(
        'meeting-length-unusual',
        FINDING_MESSAGES['meeting-length-unusual']({ duration: durationLocalized(frame.minutes) }),
        { minutes: frame.minutes },
      ),
    );
  }
  if (plan.agenda.length === 0) {
    out.push(finding('agenda-empty', FINDING_MESSAGES['agenda-empty']({})));
    return out;
  }
  const timed = timedBlocks(plan, clock);
  for (const [earlier, t] of neighbours(timed)) {
    if (t.start <= earlier.end) continue;
    const gap = t.start - earlier.end;
    out.push(
      finding(
        'gap-between-blocks',
        FINDING_MESSAGES['gap-between-blocks']({
          blocks: pairTitles(earlier.block, t.block),
          duration: durationLocalized(gap),
        }),
        { blockIds: [earlier.block.id, t.block.id], minutes: gap },
      ),
    );
  }
  out.push(...breakFindings(timed));
  return out;
}

function breakFindings(timed: readonly TimedBlock[]): Finding[] {
  const out: Finding[] = [];
  let stretch: TimedBlock[] = [];
  const close = () => {
    const first = stretch[0];
    const last = stretch[stretch.length - 1];
    if (first && last && last.end - first.start > NO_BREAK_LIMIT_MINUTES) {
      const minutes = last.end - first.start;
      out.push(
        finding(
          'no-break',
          FINDING_MESSAGES['no-break']({
            duration: durationLocalized(minutes),
            blocks: first.block.title,
          }),
          { blockIds: stretch.map((t) => t.block.id), minutes },
        ),
      );
    }
    stretch = [];
  };
  for (const t of timed) {
    if (t.block.kind === 'break') close();
    else stretch.push(t);
  }
  close();
  return out;
}
