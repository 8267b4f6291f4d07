/// <reference types="office-js" />
/**
 * Office's dialog API (`Office.context.ui`, DialogApi 1.1): where Outlook offers no nested app
 * authentication, the pane signs in through a dialog, as Microsoft's "Enable SSO in an Office
 * Add-in using nested app authentication" page advises ("Have a fallback when NAA isn't
 * supported", with the Outlook-Add-in-SSO-NAA sample). The dialog is a browser window of its own
 * (never an iframe, where Entra ID's sign-in page will not load); its page signs in and sends the
 * result back with `messageParent`. Codes: "Handle errors and events in the Office dialog box".
 */

/** The requirement set `displayDialogAsync` and `messageParent` need. */
export const DIALOG_API = { set: 'DialogApi', version: '1.1' } as const;

/** The sign-in dialog's page, on the pane's own origin (Office refuses another: 12004). */
export const SIGN_IN_DIALOG_PATH = '/outlook-signin.html';

/** Why a dialog gave no message, from Office's error and event codes. */
export type DialogFailure =
  /** 12009: the user chose Ignore at Office on the web's "wants to display a new window". */
  | 'ignored'
  /** 12011: the browser blocks the pop-up. */
  | 'blocked'
  /** 12007: a dialog is already open from this pane. */
  | 'alreadyOpen'
  /** 12006: the user closed the dialog. */
  | 'closed'
  /** 12002, 12003, 12004, 12005: the page could not be loaded or was refused. */
  | 'unreachable'
  /** Any other failure Office reports. */
  | 'other';

/** A dialog that ended without a message, with Office's code. */
export class DialogError extends Error {
  constructor(
    readonly failure: DialogFailure,
    readonly code: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'DialogError';
  }
}

/** Office's code as our failure. */
export function dialogFailureOf(code: number | undefined): DialogFailure {
  switch (code) {
    case 12009:
      return 'ignored';
    case 12011:
      return 'blocked';
    case 12007:
      return 'alreadyOpen';
    case 12006:
      return 'closed';
    case 12002:
    case 12003:
    case 12004:
    case 12005:
      return 'unreachable';
    default:
      return 'other';
  }
}

/** The part of `Office.context.ui` the pane and the dialog page call. */
export type DialogUi = Pick<Office.UI, 'displayDialogAsync' | 'messageParent'>;

/** What Office hands a `DialogMessageReceived` handler. */
type DialogMessage = { readonly message: string; readonly origin?: string | undefined };
/** What Office hands a `DialogEventReceived` handler. */
type DialogEvent = { readonly error: number };

/** The two event types a dialog raises in the pane, as office.js names them. */
interface DialogEventTypes {
  readonly message: Office.EventType;
  readonly event: Office.EventType;
}

/** office.js's own `Office.EventType` values, or their documented string values without it. */
function dialogEventTypes(): DialogEventTypes {
  const types = (globalThis as { Office?: { EventType?: Record<string, unknown> } }).Office
    ?.EventType;
  const of = (name: string, fallback: string) =>
    (types?.[name] ?? fallback) as unknown as Office.EventType;
  return {
    message: of('DialogMessageReceived', 'dialogMessageReceived'),
    event: of('DialogEventReceived', 'dialogEventReceived'),
  };
}

/**
 * Opens `url` in Office's dialog and resolves with the first message its page sends, closing the
 * dialog then; rejects with a `DialogError` when Office cannot open it, the user closes it, or
 * its page cannot load. A message from another origin than the pane's is ignored (the page that
 * answers must be ours). Sizes are percentages of the screen, as Office takes them.
 */
export function messageFromDialog(
  ui: Pick<DialogUi, 'displayDialogAsync'>,
  url: string,
  size: { readonly height: number; readonly width: number } = { height: 60, width: 30 },
  types: DialogEventTypes = dialogEventTypes(),
): Promise<string> {
  const expectedOrigin = new URL(url).origin;
  return new Promise((resolve, reject) => {
    const fail = (code: number | undefined, message: string) =>
      reject(new DialogError(dialogFailureOf(code), code, message));
    try {
      ui.displayDialogAsync(url, { ...size, displayInIframe: false }, (result) => {
        if (String(result.status) !== 'succeeded') {
          fail(result.error?.code, result.error?.message ?? 'The dialog did not open.');
          return;
        }
        const dialog = result.value;
        let settled = false;
        dialog.addEventHandler(types.message, (arg) => {
          const received = arg as DialogMessage;
          if (settled || typeof received.message !== 'string') return;
          if (received.origin !== undefined && received.origin !== expectedOrigin) return;
          settled = true;
          dialog.close();
          resolve(received.message);
        });
        dialog.addEventHandler(types.event, (arg) => {
          const event = arg as DialogEvent;
          if (settled) return;
          settled = true;
          // A closed dialog needs no close; any other event leaves it open on an error page.
          if (event.error !== 12006) dialog.close();
          fail(event.error, `The dialog ended (${event.error}).`);
        });
      });
    } catch (thrown) {
      fail(undefined, thrown instanceof Error ? thrown.message : String(thrown));
    }
  });
}

/** The sign-in dialog's address on the pane's origin, with what its page needs to know. */
export function signInDialogUrl(origin: string, query: Readonly<Record<string, string>>): string {
  const url = new URL(SIGN_IN_DIALOG_PATH, origin);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}

/** The global `Office` office.js defines, as the dialog's page uses it. */
type DialogOffice = Pick<typeof Office, 'onReady'> & {
  readonly context?: { readonly ui?: Pick<DialogUi, 'messageParent'> };
};

/**
 * In the dialog's page: waits for office.js (`messageParent` works only once it is ready) and
 * gives the function that sends the pane a message. Fails when the page was opened outside an
 * Office dialog, so it says so instead of waiting.
 */
export async function connectDialogPage(
  win: { Office?: unknown } = globalThis,
): Promise<(message: string) => void> {
  const office = win.Office as DialogOffice | undefined;
  if (!office || typeof office.onReady !== 'function') {
    throw new Error('office.js did not load, so this sign-in window cannot answer Outlook.');
  }
  await office.onReady();
  const ui = office.context?.ui;
  if (!ui || typeof ui.messageParent !== 'function') {
    throw new Error('This page runs only in a sign-in window Outlook opened.');
  }
  return (message) => ui.messageParent(message);
}
