import { describeGraphFailure, type GraphFailure } from '../../app/graphFailure';
import {
  bodyHasTeamsJoin,
  bodyWithProgramme,
  bookingFromPlan,
  DayClock,
  type FormPerson,
  type FormState,
  formAttendeesFor,
  type Locale,
  type MeetingPlan,
  planToWrite,
  type ProgrammePlacement,
  renderInvite,
  SESSION_DATA_MAX,
  sessionPlanText,
} from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import {
  type AttendeeList,
  type FormError,
  type FormResult,
  MAX_LOCATION_LENGTH,
  MAX_RECIPIENTS_PER_CALL,
  MAX_SUBJECT_LENGTH,
  type MeetingForm,
  PLAN_ID_PROPERTY,
  PLAN_SESSION_KEY,
} from '../../host/outlook/meetingForm';
import { eventOfItem, onceArrived, type Wait } from './formItem';

/**
 * The organiser's pane and Outlook's form: reading what the form holds, and writing a plan into
 * it (subject, times, place, the programme in its marked region of the body, attendees by role),
 * then keeping the plan where the send check and the tab find it.
 */

/** A step of writing a plan into the form, named when Outlook refuses it. */
export type WriteStep =
  'read' | 'subject' | 'times' | 'location' | 'body' | 'attendees' | 'session' | 'save';

/** Outlook refused a call: which step, and Office's error. */
export class FormRefused extends Error {
  constructor(
    readonly step: WriteStep,
    readonly error: FormError,
  ) {
    super(`${step}: ${error.name} ${error.message}`);
  }
}

function valueOf<T>(step: WriteStep, result: FormResult<T>): T {
  if (!result.ok) throw new FormRefused(step, result.error);
  return result.value;
}

/** What the form holds now that coverage reads: times and both attendee lists. */
export async function readFormState(form: MeetingForm): Promise<FormState> {
  const [start, end, required, optional] = await Promise.all([
    form.getStart(),
    form.getEnd(),
    form.getAttendees('required'),
    form.getAttendees('optional'),
  ]);
  const person = (a: { email: string; displayName: string }): FormPerson => ({
    email: a.email,
    name: a.displayName,
  });
  return {
    start: valueOf('read', start).getTime(),
    end: valueOf('read', end).getTime(),
    required: valueOf('read', required).map(person),
    optional: valueOf('read', optional).map(person),
    organizer: form.mailboxAddress,
  };
}

/** A list in slices Office takes in one call. */
export function inCalls<T>(items: readonly T[], size = MAX_RECIPIENTS_PER_CALL): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

async function writeList(
  form: MeetingForm,
  list: AttendeeList,
  people: readonly FormPerson[],
): Promise<void> {
  const calls = inCalls(people.map((p) => ({ email: p.email, displayName: p.name })));
  // setAsync replaces the list with the first hundred; addAsync adds each further hundred.
  valueOf('attendees', await form.setAttendees(list, calls[0] ?? []));
  for (const more of calls.slice(1)) valueOf('attendees', await form.addAttendees(list, more));
}

/** A field Office takes only so much of. */
export type LimitedField = 'subject' | 'location';

/** What came of writing a plan into the form. */
export type WriteOutcome =
  | {
      readonly kind: 'written';
      readonly plan: MeetingPlan;
      readonly placement: ProgrammePlacement;
      /**
       * The pane saved the item (a new one, to give it an id); an existing meeting is left for
       * the organiser to send, so its attendees hear nothing before they press Send.
       */
      readonly saved: boolean;
    }
  /** Too long for Office (255 characters): refused before anything was written. */
  | {
      readonly kind: 'tooLong';
      readonly field: LimitedField;
      readonly length: number;
      readonly max: number;
    }
  /** Outlook refused a step; the form may hold the steps before it, the pane keeps the plan. */
  | { readonly kind: 'refused'; readonly step: WriteStep; readonly error: FormError }
  /**
   * The plan's compact form is longer than session data holds (`SESSION_DATA_MAX`), so the send
   * check could not read it: nothing was written into the form.
   */
  | { readonly kind: 'tooLarge'; readonly length: number; readonly max: number }
  /** The form is written, but Graph could not store the plan for the tab. */
  | {
      readonly kind: 'notStored';
      readonly plan: MeetingPlan;
      readonly placement: ProgrammePlacement;
      readonly failure: GraphFailure;
    }
  /**
   * The form is written and saved, but Exchange did not hold the item within the waits (classic
   * Outlook in cached mode saves to the computer first): the plan is not stored for the tab yet.
   */
  | {
      readonly kind: 'notArrived';
      readonly plan: MeetingPlan;
      readonly placement: ProgrammePlacement;
    };

/** The first field Office would refuse as too long, before anything is written. */
export function tooLongField(
  subject: string,
  place: string,
): Extract<WriteOutcome, { kind: 'tooLong' }> | undefined {
  if (subject.length > MAX_SUBJECT_LENGTH) {
    return { kind: 'tooLong', field: 'subject', length: subject.length, max: MAX_SUBJECT_LENGTH };
  }
  if (place.length > MAX_LOCATION_LENGTH) {
    return { kind: 'tooLong', field: 'location', length: place.length, max: MAX_LOCATION_LENGTH };
  }
  return undefined;
}

/**
 * Marks the item with the plan's id. New Outlook fails the first save of custom properties on a
 * draft (office-js#4628, #6624: a retry succeeds), so it is tried twice; the mark is one of three
 * (with the session and the body's reference), so a refusal does not stop the write.
 */
async function markItem(form: MeetingForm, planId: string): Promise<void> {
  const first = await form.setCustomProperty(PLAN_ID_PROPERTY, planId);
  if (!first.ok) await form.setCustomProperty(PLAN_ID_PROPERTY, planId);
}

/**
 * Writes a plan into the form and keeps it: the plan is first brought to what the form holds now
 * (its times; people removed in Outlook since the last write gone; the place and subject the
 * organiser typed there; Teams as the body shows it), then subject, times, place, the programme
 * (its region of the body replaced, the rest kept), attendees in calls of at most 100, the plan
 * id on the item and then the plan's compact form in the session for the send check; then Graph
 * stores the plan on the item's event, as the tab does, so the tab's follow-up finds the meeting.
 * A subject or place Office would refuse, or a plan too large for the session, is refused first,
 * with nothing written. Only a new item is saved (to give it an event); an existing meeting is
 * not, as that would mail its attendees.
 */
export async function writePlanToForm(options: {
  readonly form: MeetingForm;
  readonly graph: NetworkMeetingGraph;
  readonly plan: MeetingPlan;
  /** The plan the pane wrote last, if any: whom the organiser removed since is told from it. */
  readonly written: MeetingPlan | undefined;
  readonly locale: Locale;
  /** How to wait between tries for an item Exchange does not hold yet (tests pass a quick one). */
  readonly wait?: Wait;
}): Promise<WriteOutcome> {
  const { form, graph, locale } = options;
  let plan: MeetingPlan;
  let placement: ProgrammePlacement;
  let eventId: string;
  let saved: boolean;
  try {
    const state = await readFormState(form);
    const [subject, location, body] = await Promise.all([
      form.getSubject(),
      form.getLocation(),
      form.getBodyHtml(),
    ]);
    const typedSubject = valueOf('read', subject).trim();
    const typedPlace = valueOf('read', location).trim();
    const html = valueOf('read', body);
    const lastSubject = options.written ? renderInvite(options.written, locale).subject : '';
    const base = planToWrite(options.plan, state, options.written);
    plan = {
      ...base,
      // What the organiser typed in Outlook's own fields wins over the pane's.
      ...(typedSubject && typedSubject !== lastSubject
        ? { title: { da: typedSubject, en: typedSubject } }
        : {}),
      location: {
        teams: bodyHasTeamsJoin(html),
        ...(typedPlace || base.location.place ? { place: typedPlace || base.location.place } : {}),
      },
    };
    const invite = renderInvite(plan, locale);
    const tooLong = tooLongField(invite.subject, plan.location.place ?? '');
    if (tooLong) return tooLong;
    // The size too: a plan the send check could not read is not written at all.
    const session = sessionPlanText(plan);
    if (session.length > SESSION_DATA_MAX) {
      return { kind: 'tooLarge', length: session.length, max: SESSION_DATA_MAX };
    }
    const clock = new DayClock(plan.date);
    valueOf('subject', await form.setSubject(invite.subject));
    valueOf(
      'times',
      await form.setTimes(new Date(clock.instant(plan.start)), new Date(clock.instant(plan.end))),
    );
    valueOf('location', await form.setLocation(plan.location.place ?? ''));
    const placed = bodyWithProgramme(html, invite.html);
    placement = placed.placement;
    valueOf('body', await form.setBodyHtml(placed.html));
    const lists = formAttendeesFor(plan, state, locale);
    await writeList(form, 'required', lists.required);
    await writeList(form, 'optional', lists.optional);
    // The mark first: should the session write fail, the send check still knows the meeting.
    await markItem(form, plan.id);
    valueOf('session', await form.setSessionData(PLAN_SESSION_KEY, session));
    ({ eventId, saved } = valueOf('save', await eventOfItem(form)));
  } catch (e) {
    if (e instanceof FormRefused) return { kind: 'refused', step: e.step, error: e.error };
    throw e;
  }
  try {
    const stored = bookingFromPlan(plan, locale).storedPlan;
    const arrival = await onceArrived(() => graph.storePlan(eventId, stored), {
      ...(options.wait ? { wait: options.wait } : {}),
    });
    if (!arrival.arrived) return { kind: 'notArrived', plan, placement };
  } catch (e) {
    return { kind: 'notStored', plan, placement, failure: describeGraphFailure(e) };
  }
  return { kind: 'written', plan, placement, saved };
}
