import { describeGraphFailure, type GraphFailure } from '../../app/graphFailure';
import {
  bookedMeetingFrom,
  type MeetingPlan,
  parsePlan,
  planRefIn,
  SESSION_DATA_MAX,
  sessionPlanText,
  storedPlanFromSession,
} from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import {
  type MeetingForm,
  PLAN_ID_PROPERTY,
  PLAN_MARK_SESSION_KEY,
  PLAN_SESSION_KEY,
} from '../../host/outlook/meetingForm';
import { onceArrived, type PlanBasis, type Wait } from './formItem';
import { type FormPlanReads, readFormForPlan } from './formPlanReads';

/**
 * Finding the plan of the meeting open in Outlook's form, from wherever it can be found. The
 * form's session holds it only while the form stays open (Office's `SessionData` reference), the
 * plan-id custom property has been read empty or stale after reopening in classic Outlook
 * (office-js#3789, #3795) and fails its first save in new Outlook (#4628, #6624), and a meeting
 * booked in the tab never had either. So the pane takes the session if it holds the plan, else
 * the item's own event through Graph (`getItemIdAsync`, `convertToRestId`, the event's stored
 * plan); the property and the body's plan reference say whether the item is a network meeting,
 * and so whether to wait for an event classic Outlook has not handed to Exchange yet. Whatever
 * it finds, the pane puts back into the session, for the send check.
 */

/** Where the pane found the form's plan when it opened. */
export type FoundPlan =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'found';
      readonly plan: MeetingPlan;
      /** The session (the form stayed open), or the item's event (Graph). */
      readonly from: 'session' | 'event';
      /** The mark of the stored plan the pane holds to when it writes (`storePlan`'s basis). */
      readonly basis: PlanBasis;
    }
  /** The item is a network meeting, but its plan could not be read: nothing is overwritten. */
  | {
      readonly kind: 'unreadable';
      readonly failure?: GraphFailure | undefined;
      /** Exchange does not hold the saved item yet (classic Outlook in cached mode). */
      readonly notArrived?: boolean | undefined;
    };

/** The plan the session holds (its compact form, or an older pane's JSON), if a whole one. */
function planInSession(value: string | undefined): MeetingPlan | undefined {
  if (value === undefined) return undefined;
  const parsed = parsePlan(storedPlanFromSession(value));
  return parsed.ok ? parsed.plan : undefined;
}

/**
/**
 * Puts the plan back where the send check reads it, as the pane's write does: the id on the item
 * first, then the plan's compact form in the session, unless it is longer than the session holds
 * (then Outlook would refuse it; the check asks for the pane, whose write says the plan is too
 * large), and its stored mark beside it for the pane's next write. A refusal leaves the check to
 * ask again.
 */
async function keepInForm(
  form: MeetingForm,
  plan: MeetingPlan,
  basis: string,
  marked: string | undefined,
) {
  if (marked !== plan.id) await form.setCustomProperty(PLAN_ID_PROPERTY, plan.id);
  const session = sessionPlanText(plan);
  if (session.length <= SESSION_DATA_MAX) await form.setSessionData(PLAN_SESSION_KEY, session);
  await form.setSessionData(PLAN_MARK_SESSION_KEY, basis);
}

/** Where the form's own reads leave the search: a plan found without Graph, or the event to read. */
type FormAnswer =
  | { readonly kind: 'settled'; readonly found: FoundPlan }
  | {
      readonly kind: 'event';
      readonly eventId: string;
      readonly marked: string | undefined;
      readonly propertyId: string | undefined;
    };

/**
 * The plan as far as the form's own reads find it: the session's plan (an older pane's put back
 * as this pane writes it), or none for an item never saved, or the event Graph must be asked for.
 */
async function answerOfForm(form: MeetingForm, reads: FormPlanReads): Promise<FormAnswer> {
  const { session, mark, property, body, id } = reads;
  const inSession = session.ok ? planInSession(session.value) : undefined;
  if (inSession) {
    // An older pane's plan (its whole JSON, or an earlier schema version) is put back as this
    // pane writes it: the send check reads the current version only (`readCurrentPlan`).
    const text = sessionPlanText(inSession);
    if (session.ok && session.value !== text && text.length <= SESSION_DATA_MAX) {
      await form.setSessionData(PLAN_SESSION_KEY, text);
    }
    const found: FoundPlan = {
      kind: 'found',
      plan: inSession,
      from: 'session',
      basis: mark.ok ? mark.value : undefined,
    };
    return { kind: 'settled', found };
  }
  const propertyId = property.ok ? property.value : undefined;
  const marked = propertyId ?? (body.ok ? planRefIn(body.value) : undefined);
  if (!id.ok) return { kind: 'settled', found: marked ? { kind: 'unreadable' } : { kind: 'none' } };
  // A new item, never saved: no event holds a plan for it. A mark in it was copied from another
  // meeting; the pane starts afresh, and its first write replaces the copied programme.
  if (id.value === undefined) return { kind: 'settled', found: { kind: 'none' } };
  return { kind: 'event', eventId: id.value, marked, propertyId };
}

/**
 * The plan as the form's own reads find it, without Graph and so without sign-in; undefined when
 * the item's event must be read (`findFormPlan`). The page draws the organiser's pane with it.
 */
export async function formPlanWithoutGraph(
  form: MeetingForm,
  reads: FormPlanReads,
): Promise<FoundPlan | undefined> {
  const answer = await answerOfForm(form, reads);
  return answer.kind === 'settled' ? answer.found : undefined;
}

/**
 * The plan this item carries, found from the session, or from the item's event for a saved
 * meeting (whatever marks it, or none); then kept in the session again. `reads` are the form's
 * reads when the page has started them already.
 */
export async function findFormPlan(
  form: MeetingForm,
  graph: NetworkMeetingGraph,
  options: {
    readonly wait?: Wait;
    readonly delays?: readonly number[];
    readonly reads?: Promise<FormPlanReads> | undefined;
  } = {},
): Promise<FoundPlan> {
  const { reads, ...waiting } = options;
  const answer = await answerOfForm(form, await (reads ?? readFormForPlan(form)));
  if (answer.kind === 'settled') return answer.found;
  const { eventId, marked, propertyId } = answer;

  let plan: MeetingPlan | undefined;
  let basis: string;
  try {
    // Only a marked item is waited for: an ordinary meeting need not hold up the pane.
    const read = await onceArrived(() => graph.getMeeting(eventId), {
      ...waiting,
      ...(marked ? {} : { delays: [] }),
    });
    if (!read.arrived) return marked ? { kind: 'unreadable', notArrived: true } : { kind: 'none' };
    // An event with no plan is no network meeting, whatever a mark says: its plan was never
    // stored, and the pane may write one. A plan that does not read is kept from being overwritten.
    if (!read.value.storedPlan) return { kind: 'none' };
    const booked = bookedMeetingFrom(read.value);
    if (!booked.ok) return { kind: 'unreadable' };
    plan = booked.meeting.plan;
    basis = read.value.storedPlan.mark ?? '';
  } catch (e) {
    return marked ? { kind: 'unreadable', failure: describeGraphFailure(e) } : { kind: 'none' };
  }
  await keepInForm(form, plan, basis, propertyId);
  return { kind: 'found', plan, from: 'event', basis };
}
