/// <reference types="office-js" />
import type { FormAttendee, FormResult } from './meetingForm';
import { PLAN_ID_PROPERTY, PLAN_SESSION_KEY } from './meetingForm';
import { type ComposeReads, officeComposeReads, type OfficeApi } from './officeFormReads';

/** The manifest's action id for the send check: `Office.actions.associate` registers this name. */
export const SEND_CHECK_ACTION = 'onAppointmentSendHandler';

/** Outlook's cap on a Smart Alerts dialog's message (`errorMessage`): 500 characters. */
export const SMART_ALERTS_MESSAGE_MAX = 500;

/** Outlook's cap on the dialog's button label (`cancelLabel`): 20 characters. */
export const SMART_ALERTS_LABEL_MAX = 20;

/**
 * The id of the organiser pane's ribbon button in the manifest (`extensions[0].ribbons[0]…
 * controls[0].id`): the Smart Alerts dialog's button opens the pane when `commandId` names it.
 * A wrong id would only cancel the send; `manifest.test.ts` holds the manifest to this one.
 */
export const ORGANISER_PANE_COMMAND = 'nmOrganizerButton';

/**
 * The requirement set from which the dialog's button can open a task pane (`commandId`,
 * `cancelLabel`). The send check's runtime itself requires only Mailbox 1.12.
 */
export const DIALOG_OPENS_PANE = { set: 'Mailbox', version: '1.14' } as const;

/** What tells a network meeting from any other, each read on its own: Outlook may refuse one. */
export interface SendMarkers {
  readonly body: FormResult<string | undefined>;
  readonly session: FormResult<string | undefined>;
  readonly planId: FormResult<string | undefined>;
}

/** The attendees and times the send check validates. */
export interface SendForm {
  readonly required: readonly FormAttendee[];
  readonly optional: readonly FormAttendee[];
  readonly start: Date;
  readonly end: Date;
  /**
   * The mailbox sending: the organiser, whom Outlook lists apart from the attendees. Undefined
   * when Outlook does not say (no `userProfile`): the check then goes on without them.
   */
  readonly organizer: string | undefined;
}

/** What the rules get to decide a network meeting with. */
export interface SendContext {
  readonly markers: SendMarkers;
  /** Reads the attendees and times; called only once the markers say this is a network meeting. */
  readonly readForm: () => Promise<FormResult<SendForm>>;
  /** The host's language tag (`Office.context.displayLanguage`), `''` when Outlook gives none. */
  readonly displayLanguage: string;
  /** Whether the dialog's button can open the organiser's pane (Mailbox 1.14). */
  readonly dialogOpensPane: boolean;
}

/** Why a network meeting is stopped: the dialog's message and its button's label. */
export interface SendStop {
  readonly errorMessage: string;
  /** The label of the dialog's button that opens the pane (Mailbox 1.14 and later). */
  readonly paneButtonLabel: string;
}

/**
 * The send check's rules, which the entry (`src/outlookSend.ts`) brings from the domain, each
 * loaded when first needed: which meetings are network meetings, the check of one (a stop, or
 * undefined to let it go), and the stop for a network meeting whose check failed.
 */
export interface SendRules {
  isNetworkMeeting(markers: SendMarkers): Promise<boolean>;
  decide(context: SendContext): Promise<SendStop | undefined>;
  notChecked(error: string, displayLanguage: string): Promise<SendStop>;
}

/** The answer Outlook gets: `event.completed`'s options. */
export interface SendAnswer {
  readonly allowEvent: boolean;
  readonly errorMessage?: string;
  readonly cancelLabel?: string;
  readonly commandId?: string;
}

/** Reads the three markers, each on its own: one Outlook refuses leaves the others' answers. */
export async function readMarkers(form: ComposeReads): Promise<SendMarkers> {
  const [body, session, planId] = await Promise.all([
    form.getBodyHtml(),
    form.getSessionData(PLAN_SESSION_KEY),
    form.getCustomProperty(PLAN_ID_PROPERTY),
  ]);
  return { body, session, planId };
}

function organizerOf(form: ComposeReads): string | undefined {
  try {
    return form.mailboxAddress || undefined;
  } catch {
    // Outlook gave no userProfile: the mailbox sending is unknown.
    return undefined;
  }
}

/** Reads attendees and times in one go: any refusal is the answer. */
export async function readSendForm(form: ComposeReads): Promise<FormResult<SendForm>> {
  const [required, optional, start, end] = await Promise.all([
    form.getAttendees('required'),
    form.getAttendees('optional'),
    form.getStart(),
    form.getEnd(),
  ]);
  if (!required.ok) return required;
  if (!optional.ok) return optional;
  if (!start.ok) return start;
  if (!end.ok) return end;
  return {
    ok: true,
    value: {
      required: required.value,
      optional: optional.value,
      start: start.value,
      end: end.value,
      organizer: organizerOf(form),
    },
  };
}

/** A value Office may not have, read without letting its absence throw. */
function tryRead<T>(read: () => T, otherwise: T): T {
  try {
    return read() ?? otherwise;
  } catch {
    return otherwise;
  }
}

function nameOf(error: unknown): string {
  return tryRead(() => (error instanceof Error ? error.name : String(error)), 'Error');
}

/** Outlook's answer for a stopped meeting: below Mailbox 1.14, the message alone. */
export function stopAnswer(stop: SendStop, dialogOpensPane: boolean): SendAnswer {
  const errorMessage = stop.errorMessage.slice(0, SMART_ALERTS_MESSAGE_MAX);
  return dialogOpensPane
    ? {
        allowEvent: false,
        errorMessage,
        cancelLabel: stop.paneButtonLabel.slice(0, SMART_ALERTS_LABEL_MAX),
        commandId: ORGANISER_PANE_COMMAND,
      }
    : { allowEvent: false, errorMessage };
}

/**
 * Registers the send check with Outlook (`Office.actions.associate`), the first thing the send
 * file does. Runs in classic Outlook's JavaScript-only runtime too: no DOM, no `Office.onReady`,
 * nothing loaded later. Outlook gets exactly one answer on every path, a synchronous throw
 * included: until a marker says this is a network meeting, any failure lets the meeting go (an
 * ordinary meeting always goes); after that, whatever could not be checked stops it with a
 * message (`rules.notChecked`).
 */
export function registerSendCheck(
  rules: SendRules,
  office: OfficeApi & { actions: Pick<typeof Office.actions, 'associate'> } = Office,
): void {
  office.actions.associate(SEND_CHECK_ACTION, (event: Office.AddinCommands.Event) => {
    let network = false;
    let answered = false;
    const answer = (a: SendAnswer) => {
      if (answered) return;
      answered = true;
      event.completed(a as Office.SmartAlertsEventCompletedOptions);
    };
    const dialogOpensPane = tryRead(
      () =>
        office.context.requirements.isSetSupported(
          DIALOG_OPENS_PANE.set,
          DIALOG_OPENS_PANE.version,
        ),
      false,
    );
    const displayLanguage = tryRead(() => office.context.displayLanguage, '');
    const fail = (error: unknown) => {
      if (!network) return answer({ allowEvent: true });
      // Not even the message could be made: stop all the same, with Outlook's own words.
      const bare = () => answer({ allowEvent: false });
      try {
        rules
          .notChecked(nameOf(error), displayLanguage)
          .then((stop) => answer(stopAnswer(stop, dialogOpensPane)))
          .catch(bare);
      } catch {
        bare();
      }
    };
    try {
      const form = officeComposeReads(office);
      readMarkers(form)
        .then((markers) =>
          rules.isNetworkMeeting(markers).then((isNetwork) => {
            network = isNetwork;
            if (!network) return undefined;
            const readForm = () => readSendForm(form);
            return rules.decide({ markers, readForm, displayLanguage, dialogOpensPane });
          }),
        )
        .then((stop) => answer(stop ? stopAnswer(stop, dialogOpensPane) : { allowEvent: true }))
        .catch(fail);
    } catch (thrown) {
      fail(thrown);
    }
  });
}
