import {
  type FormResult,
  type MeetingForm,
  PLAN_ID_PROPERTY,
  PLAN_MARK_SESSION_KEY,
  PLAN_SESSION_KEY,
} from '../../host/outlook/meetingForm';
import type { FormState } from '../../domain';
import type { FoundPlan } from './findFormPlan';

/**
 * What the form itself says about its plan: the session's plan and mark, the plan-id property,
 * the body and the item's id, asked of Outlook all at once. Local reads, answered without
 * Exchange: the page starts them as soon as Outlook is ready, while the pane's code loads and
 * the page signs in, so the pane's first screen does not wait for them one after another.
 */
export interface FormPlanReads {
  readonly session: FormResult<string | undefined>;
  readonly mark: FormResult<string | undefined>;
  readonly property: FormResult<string | undefined>;
  readonly body: FormResult<string>;
  readonly id: FormResult<string | undefined>;
}

/** Asks Outlook's form for everything `findFormPlan` reads from it, at once. */
export async function readFormForPlan(form: MeetingForm): Promise<FormPlanReads> {
  const [session, mark, property, body, id] = await Promise.all([
    form.getSessionData(PLAN_SESSION_KEY),
    form.getSessionData(PLAN_MARK_SESSION_KEY),
    form.getCustomProperty(PLAN_ID_PROPERTY),
    form.getBodyHtml(),
    form.getItemRestId(),
  ]);
  return { session, mark, property, body, id };
}

/** What the page read of the organiser's form before the pane was first drawn. */
export interface EarlyPaneState {
  /** The plan the form's own reads settled; undefined when the item's event is still to be read. */
  readonly found: FoundPlan | undefined;
  /** The form's times and attendees, as the pane reads them (`readFormState`), if read. */
  readonly formState: FormState | undefined;
  /** The form's reads, for reading the item's event when they did not settle the plan. */
  readonly reads: Promise<FormPlanReads>;
}

/**
 * What the page read of the organiser's form before the pane was first drawn, for the first pane
 * drawn only: a pane drawn anew (the error boundary's way back) reads the form afresh.
 */
export interface EarlyFormPlan {
  /** What was read, while no pane has taken it: the first render's state. */
  peek(): EarlyPaneState | undefined;
  /** The same, once: later calls say undefined. */
  take(): EarlyPaneState | undefined;
}

/** Hands what the page read of the form to one pane. */
export function earlyFormPlan(state: EarlyPaneState): EarlyFormPlan {
  let taken = false;
  return {
    peek: () => (taken ? undefined : state),
    take() {
      if (taken) return undefined;
      taken = true;
      return state;
    },
  };
}
