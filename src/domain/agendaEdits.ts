import { DayClock, isPlainDate, isWallTime } from './dayClock';
import { MAX_COMMITTEE_MEMBERS, MAX_PRESENTERS_PER_BLOCK, MAX_TITLE_LENGTH } from './planLimits';
import { MIDNIGHT } from './wallTime';
import type { Localized } from './localized';
import type { PlanText } from './planText';
import type {
  AgendaBlock,
  BlockKind,
  MeetingPlan,
  PlainDateString,
  Presenters,
  WallTime,
} from './plan';

/** Why an agenda edit could not be made; the plan is then left as it was. */
export type AgendaEditErrorCode =
  | 'unknown-block'
  | 'past-midnight'
  | 'invalid-length'
  | 'invalid-index'
  | 'invalid-time'
  /** A title beyond Outlook's 255-character subject (`MAX_TITLE_LENGTH`). */
  | 'title-too-long'
  /** More named presenters in a block than a meeting can invite (`MAX_PRESENTERS_PER_BLOCK`). */
  | 'too-many-presenters'
  /** A MED committee beyond `MAX_COMMITTEE_MEMBERS`. */
  | 'committee-too-large';

/** A refused edit, with a message for the organiser. */
export interface AgendaEditError {
  readonly code: AgendaEditErrorCode;
  readonly message: Localized;
}

/** The plan after an edit, or why the edit was refused. */
export type AgendaEditResult =
  | { readonly ok: true; readonly plan: MeetingPlan }
  | { readonly ok: false; readonly error: AgendaEditError };

const EDIT_MESSAGES: Readonly<Record<AgendaEditErrorCode, Localized>> = {
  'unknown-block': {
    da: 'Punktet findes ikke i programmet.',
    en: 'The item is not in the programme.',
  },
  'past-midnight': {
    da: 'Programmet kan ikke gå ud over midnat.',
    en: 'The programme cannot run past midnight.',
  },
  'invalid-length': {
    da: 'Et punkt skal vare mindst 1 minut.',
    en: 'An item must last at least 1 minute.',
  },
  'invalid-index': {
    da: 'Ugyldig placering i programmet.',
    en: 'Invalid position in the programme.',
  },
  'invalid-time': {
    da: 'Ugyldigt tidspunkt. Skriv det som tt.mm, f.eks. 11.00.',
    en: 'Invalid time. Write it as hh:mm, e.g. 11:00.',
  },
  'title-too-long': {
    da: `Titlen kan højst være ${MAX_TITLE_LENGTH} tegn, så lang som emnefeltet i Outlook. Forkort den.`,
    en: `The title can be at most ${MAX_TITLE_LENGTH} characters, as long as Outlook's subject. Shorten it.`,
  },
  'too-many-presenters': {
    da: `Et punkt kan højst have ${MAX_PRESENTERS_PER_BLOCK} navngivne oplægsholdere, lige så mange som et møde kan invitere.`,
    en: `An item can have at most ${MAX_PRESENTERS_PER_BLOCK} named presenters, as many as a meeting can invite.`,
  },
  'committee-too-large': {
    da: `MED-udvalget kan højst have ${MAX_COMMITTEE_MEMBERS} medlemmer. Vælg gruppen med udvalgets medlemmer, ikke en større gruppe.`,
    en: `The MED committee can have at most ${MAX_COMMITTEE_MEMBERS} members. Choose the group of the committee's members, not a larger one.`,
  },
};

/** A refused edit with its message. */
export function editError(code: AgendaEditErrorCode): { ok: false; error: AgendaEditError } {
  return { ok: false, error: { code, message: EDIT_MESSAGES[code] } };
}

/** A block on the timeline in real minutes since midnight. */
export interface Slot {
  readonly block: AgendaBlock;
  readonly start: number;
  readonly minutes: number;
}

function slotsOf(plan: MeetingPlan, clock: DayClock): Slot[] {
  return plan.agenda
    .map((block) => {
      const start = clock.elapsed(block.start);
      return { block, start, minutes: clock.elapsed(block.end) - start };
    })
    .sort((a, b) => a.start - b.start);
}

function lastEnd(slots: readonly Slot[]): number | undefined {
  const last = slots[slots.length - 1];
  return last && last.start + last.minutes;
}

/**
 * Writes slots back as wall times. The meeting's end follows the agenda when the agenda filled
 * the meeting before the edit, and otherwise only grows to hold it.
 */
export function commitSlots(
  plan: MeetingPlan,
  clock: DayClock,
  slots: readonly Slot[],
  meetingStart: number,
  followAgenda: boolean,
): AgendaEditResult {
  return resultOf(slotsWritten(plan, clock, slots, meetingStart, followAgenda));
}

/** `commitSlots` without the message: the plan, or the code of why it cannot be. */
function slotsWritten(
  plan: MeetingPlan,
  clock: DayClock,
  slots: readonly Slot[],
  meetingStart: number,
  followAgenda: boolean,
): MeetingPlan | AgendaEditErrorCode {
  const agenda: AgendaBlock[] = [];
  for (const slot of slots) {
    const start = clock.wall(slot.start);
    const end = clock.wall(slot.start + slot.minutes);
    if (start === undefined || end === undefined) return 'past-midnight';
    agenda.push({ ...slot.block, start, end });
  }
  const oldEnd = clock.elapsed(plan.end);
  const agendaEnd = lastEnd(slots) ?? oldEnd;
  const endMinutes = followAgenda ? agendaEnd : Math.max(oldEnd, agendaEnd);
  const start = clock.wall(meetingStart);
  const end = clock.wall(endMinutes);
  if (start === undefined || end === undefined) return 'past-midnight';
  return { ...plan, date: clock.date, start, end, agenda };
}

/** A plan or an error code as an edit's result, the code with its message. */
function resultOf(edited: MeetingPlan | AgendaEditErrorCode): AgendaEditResult {
  return typeof edited === 'string' ? editError(edited) : { ok: true, plan: edited };
}

function edit(
  plan: MeetingPlan,
  change: (slots: Slot[], clock: DayClock) => Slot[] | AgendaEditError,
): AgendaEditResult {
  if (!isPlainDate(plan.date) || !isWallTime(plan.start) || !isWallTime(plan.end)) {
    return editError('invalid-time');
  }
  const clock = new DayClock(plan.date);
  const slots = slotsOf(plan, clock);
  const followAgenda = slots.length > 0 && lastEnd(slots) === clock.elapsed(plan.end);
  const changed = change(slots, clock);
  if (!Array.isArray(changed)) return { ok: false, error: changed };
  return commitSlots(plan, clock, changed, clock.elapsed(plan.start), followAgenda);
}

function shiftFrom(slots: readonly Slot[], from: number, delta: number): Slot[] {
  return slots.map((s, i) => (i >= from ? { ...s, start: s.start + delta } : s));
}

function indexOfBlock(slots: readonly Slot[], blockId: string): number {
  return slots.findIndex((s) => s.block.id === blockId);
}

/**
 * Moves the meeting to another date and/or start time. Every block keeps its real distance
 * from the start and its real length, so wall-clock times shift together on any day.
 */
export function moveMeeting(
  plan: MeetingPlan,
  to: { readonly date?: PlainDateString; readonly start?: WallTime },
): AgendaEditResult {
  return resultOf(movedMeeting(plan, to));
}

/**
 * `moveMeeting` without the messages: the moved plan, or the code of why it cannot move. The
 * Outlook send check, which moves the plan to the form's times (`planAsInForm`) and shows no
 * edit's message, carries this alone.
 */
export function movedMeeting(
  plan: MeetingPlan,
  to: { readonly date?: PlainDateString; readonly start?: WallTime },
): MeetingPlan | AgendaEditErrorCode {
  const date = to.date ?? plan.date;
  const startTime = to.start ?? plan.start;
  const valid =
    [date, plan.date].every(isPlainDate) && [startTime, plan.start, plan.end].every(isWallTime);
  if (!valid) return 'invalid-time';
  const from = new DayClock(plan.date);
  const clock = date === plan.date ? from : new DayClock(date);
  const oldStart = from.elapsed(plan.start);
  const newStart = clock.elapsed(startTime);
  const slots = slotsOf(plan, from).map((s) => ({ ...s, start: newStart + (s.start - oldStart) }));
  const meetingMinutes = from.elapsed(plan.end) - oldStart;
  const end = clock.wall(newStart + meetingMinutes);
  if (end === undefined) return 'past-midnight';
  return slotsWritten({ ...plan, end }, clock, slots, newStart, false);
}

/** Gives a block a new length; the blocks after it follow. */
export function setBlockLength(
  plan: MeetingPlan,
  blockId: string,
  minutes: number,
): AgendaEditResult {
  if (!Number.isInteger(minutes) || minutes < 1) return editError('invalid-length');
  return edit(plan, (slots) => {
    const i = indexOfBlock(slots, blockId);
    const slot = slots[i];
    if (!slot) return editError('unknown-block').error;
    const moved = shiftFrom(slots, i + 1, minutes - slot.minutes);
    moved[i] = { ...slot, minutes };
    return moved;
  });
}

/**
 * Gives a block a new start time, moving it and the blocks after it together. It cannot move
 * into the block before it, nor before the meeting starts: it stops there instead.
 */
export function setBlockStart(
  plan: MeetingPlan,
  blockId: string,
  start: WallTime,
): AgendaEditResult {
  if (!isWallTime(start)) return editError('invalid-time');
  return edit(plan, (slots, clock) => {
    const i = indexOfBlock(slots, blockId);
    const slot = slots[i];
    if (!slot) return editError('unknown-block').error;
    const previous = slots[i - 1];
    const earliest = previous ? previous.start + previous.minutes : clock.elapsed(plan.start);
    const target = Math.max(clock.elapsed(start), earliest);
    return shiftFrom(slots, i, target - slot.start);
  });
}

/** What a new block needs; its times come from where it is put. */
export interface NewBlock {
  readonly id: string;
  readonly kind: BlockKind;
  readonly title: PlanText;
  readonly note?: PlanText | undefined;
  readonly minutes: number;
  readonly presenters: Presenters;
}

/** Inserts a block at a position (0 = first); it starts where the block before it ends. */
export function insertBlock(plan: MeetingPlan, index: number, block: NewBlock): AgendaEditResult {
  if (!Number.isInteger(block.minutes) || block.minutes < 1) return editError('invalid-length');
  return edit(plan, (slots, clock) => {
    if (!Number.isInteger(index) || index < 0 || index > slots.length) {
      return editError('invalid-index').error;
    }
    if (slots.some((s) => s.block.id === block.id)) return editError('invalid-index').error;
    const previous = slots[index - 1];
    const start = previous ? previous.start + previous.minutes : clock.elapsed(plan.start);
    const next = slots[index];
    const push = next ? Math.max(0, start + block.minutes - next.start) : 0;
    const { minutes, ...rest } = block;
    const inserted: Slot = { block: { ...rest, start: MIDNIGHT, end: MIDNIGHT }, start, minutes };
    const shifted = shiftFrom(slots, index, push);
    shifted.splice(index, 0, inserted);
    return shifted;
  });
}

/** Removes a block; the blocks after it move up by its length. */
export function removeBlock(plan: MeetingPlan, blockId: string): AgendaEditResult {
  return edit(plan, (slots) => {
    const i = indexOfBlock(slots, blockId);
    const slot = slots[i];
    if (!slot) return editError('unknown-block').error;
    const rest = shiftFrom(slots, i + 1, -slot.minutes);
    rest.splice(i, 1);
    return rest;
  });
}

/**
 * Moves a block to another position. The agenda is laid out again from its first start: each
 * block keeps its length and the gaps stay where they were, so the total length is unchanged.
 */
export function moveBlock(plan: MeetingPlan, blockId: string, toIndex: number): AgendaEditResult {
  return edit(plan, (slots) => {
    const from = indexOfBlock(slots, blockId);
    const moving = slots[from];
    if (!moving) return editError('unknown-block').error;
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= slots.length) {
      return editError('invalid-index').error;
    }
    const gaps = slots.map((s, i) => {
      const next = slots[i + 1];
      return next ? next.start - (s.start + s.minutes) : 0;
    });
    const order = [...slots];
    order.splice(from, 1);
    order.splice(toIndex, 0, moving);
    let at = slots[0]?.start ?? 0;
    return order.map((s, i) => {
      const placed = { ...s, start: at };
      at += s.minutes + (gaps[i] ?? 0);
      return placed;
    });
  });
}

/** Changes what a block says or who presents it; its times stay. */
export function updateBlock(
  plan: MeetingPlan,
  blockId: string,
  changes: Partial<Pick<AgendaBlock, 'kind' | 'title' | 'note' | 'presenters'>>,
): AgendaEditResult {
  if (!plan.agenda.some((b) => b.id === blockId)) return editError('unknown-block');
  return {
    ok: true,
    plan: {
      ...plan,
      agenda: plan.agenda.map((b) => (b.id === blockId ? { ...b, ...changes } : b)),
    },
  };
}
