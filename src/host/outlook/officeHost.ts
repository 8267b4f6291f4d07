/// <reference types="office-js" />
import type { HostInfo } from '../hostInfo';
import type { FormMode, MeetingForm } from './meetingForm';
import { type OfficeApi, officeMeetingForm } from './officeMeetingForm';
import { DIALOG_API, messageFromDialog, signInDialogUrl } from './signInDialog';

/** The requirement set nested app authentication needs; it cannot be declared in the manifest. */
export const NESTED_APP_AUTH = { set: 'NestedAppAuth', version: '1.1' } as const;

/** Outlook as the add-in's pane sees it once office.js is ready. */
export interface OutlookHost {
  readonly form: MeetingForm;
  readonly info: HostInfo;
  /** Whether Outlook here offers nested app authentication (NestedAppAuth 1.1). */
  readonly nestedAuthSupported: boolean;
  /**
   * Opens the sign-in dialog (`/outlook-signin.html` with `query`, Office's dialog API) and
   * resolves with the message its page sends back; undefined where Outlook offers no dialogs
   * (DialogApi 1.1).
   */
  readonly signInDialog: ((query: Readonly<Record<string, string>>) => Promise<string>) | undefined;
}

/** The global `Office` office.js defines, with what the pane calls on it. */
type OfficeGlobal = OfficeApi & Pick<typeof Office, 'onReady'>;

/**
 * An organiser composing (compose mode: fields are objects with `getAsync`) or an attendee
 * reading an invitation (read mode: fields are plain values).
 */
export function formModeOf(office: OfficeApi): FormMode {
  const subject: unknown = (office.context.mailbox.item as { subject?: unknown } | null)?.subject;
  return typeof subject === 'object' && subject !== null ? 'organizer' : 'attendee';
}

/**
 * Waits for office.js (`Office.onReady`) and builds the meeting form. office.js is loaded by the
 * page's own script tag from Microsoft's CDN; if it is missing (blocked, offline) this says so
 * rather than waiting for ever.
 */
export async function connectOutlook(
  win: { Office?: unknown; location?: { origin: string } } = globalThis,
): Promise<OutlookHost> {
  const office = win.Office as OfficeGlobal | undefined;
  if (!office || typeof office.onReady !== 'function') {
    throw new Error('office.js did not load, so Outlook cannot be reached from this page.');
  }
  await office.onReady();
  if (!office.context?.mailbox?.item) {
    throw new Error('This page runs only inside Outlook, beside a meeting.');
  }
  const nestedAuthSupported = Boolean(
    office.context.requirements?.isSetSupported(NESTED_APP_AUTH.set, NESTED_APP_AUTH.version),
  );
  const form = officeMeetingForm(office, formModeOf(office));
  const ui = office.context.ui as Office.UI | undefined;
  const origin = win.location?.origin;
  const dialogs =
    typeof ui?.displayDialogAsync === 'function' &&
    origin !== undefined &&
    Boolean(office.context.requirements?.isSetSupported(DIALOG_API.set, DIALOG_API.version));
  return {
    form,
    nestedAuthSupported,
    signInDialog:
      dialogs && ui ? (query) => messageFromDialog(ui, signInDialogUrl(origin, query)) : undefined,
    info: {
      kind: 'outlook',
      theme: 'default',
      locale: office.context.displayLanguage || 'da-DK',
      clientType: office.context.diagnostics?.platform?.toString(),
      loginHint: form.mailboxAddress,
      nestedAuth: nestedAuthSupported,
    },
  };
}
