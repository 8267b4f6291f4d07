import type { Localized } from './localized';
import { formatCount } from './plural';

/**
 * Every sentence the Outlook send check can say, in Danish and English, each whole, as the
 * findings' messages are (`findingMessages.ts`). A light file: the send check's first part
 * (`src/outlookSend.ts`) carries it before the rules are loaded.
 */

/** How the organiser reaches the pane from Outlook's Smart Alerts dialog. */
export interface PaneReach {
  /**
   * True when the dialog's own button opens the pane (`commandId`, Mailbox 1.14): the message
   * points at that button. False below 1.14: it says where the pane's button is in the ribbon.
   */
  readonly dialogOpensPane: boolean;
}

/** What a stopped send says, by why it stopped. */
export interface SendMessages {
  /** The first line of the list of errors that stop the send. */
  readonly heading: () => Localized;
  /** The last line when not every error fits in Outlook's 500 characters. */
  readonly more: (p: { readonly count: number }) => Localized;
  /** A network meeting whose plan is not in the form's session: opened without the pane. */
  readonly planNotOpen: (p: PaneReach) => Localized;
  /** A plan in the session that is not a plan this version can read. */
  readonly planUnreadable: (p: PaneReach) => Localized;
  /** Outlook would not give the attendees or the times; `error` is Office's error name. */
  readonly formUnreadable: (p: { readonly error: string }) => Localized;
  /** Outlook gave a start or end that is not a time at all. */
  readonly timesUnreadable: () => Localized;
  /** Anything else went wrong while checking a network meeting; `error` names it. */
  readonly notChecked: (p: { readonly error: string }) => Localized;
  /**
   * The dialog button's label (`cancelLabel`, at most 20 characters). Classic Outlook before
   * Version 2412 puts it on the "Don't Send" button, later clients on "Take Action" beside
   * "Don't Send": it must read right in both places, as a way not to send yet.
   */
  readonly openPaneButton: () => Localized;
}

/** The send check's catalogue. */
export const SEND_MESSAGES: SendMessages = {
  heading: () => ({
    da: 'Netværksmødet kan ikke sendes, før dette er rettet:',
    en: 'The network meeting cannot be sent until this is fixed:',
  }),
  more: (p) => ({
    da: `… og ${formatCount('da', p.count)} mere`,
    en: `… and ${formatCount('en', p.count)} more`,
  }),
  planNotOpen: (p) => ({
    da: p.dialogOpensPane
      ? 'Dette er et netværksmøde, og dets plan skal kontrolleres før afsendelse. Vælg »Åbn Netværksmøde« herunder, så planen hentes og kontrolleres, og send så igen.'
      : 'Dette er et netværksmøde, og dets plan skal kontrolleres før afsendelse. Åbn Netværksmøde i mødets bånd (i Outlook på nettet og nye Outlook under Apps), så planen hentes og kontrolleres, og send så igen.',
    en: p.dialogOpensPane
      ? 'This is a network meeting, and its plan must be checked before sending. Choose “Open Network meeting” below, so the plan is loaded and checked, then send again.'
      : 'This is a network meeting, and its plan must be checked before sending. Open Network meeting in the meeting’s ribbon (in Outlook on the web and new Outlook, under Apps), so the plan is loaded and checked, then send again.',
  }),
  planUnreadable: (p) => ({
    da: p.dialogOpensPane
      ? 'Netværksmødets plan kunne ikke læses. Vælg »Åbn Netværksmøde« herunder, så planen hentes igen, og send så igen.'
      : 'Netværksmødets plan kunne ikke læses. Luk og åbn Netværksmøde i mødets bånd (i Outlook på nettet og nye Outlook under Apps), så planen hentes igen, og send så igen.',
    en: p.dialogOpensPane
      ? 'The network meeting’s plan could not be read. Choose “Open Network meeting” below, so the plan is loaded again, then send again.'
      : 'The network meeting’s plan could not be read. Close and open Network meeting in the meeting’s ribbon (in Outlook on the web and new Outlook, under Apps), so the plan is loaded again, then send again.',
  }),
  formUnreadable: (p) => ({
    da: `Netværksmødet kunne ikke kontrolleres, fordi Outlook ikke gav mødets deltagere og tider (${p.error}). Prøv at sende igen.`,
    en: `The network meeting could not be checked, because Outlook did not give the meeting’s attendees and times (${p.error}). Try sending again.`,
  }),
  timesUnreadable: () => ({
    da: 'Netværksmødet kunne ikke kontrolleres, fordi Outlook ikke gav gyldige tider for start og slut. Ret mødets tid, og send så igen.',
    en: 'The network meeting could not be checked, because Outlook did not give a valid start and end. Correct the meeting’s time, then send again.',
  }),
  notChecked: (p) => ({
    da: `Netværksmødet kunne ikke kontrolleres (${p.error}), så det er ikke sendt. Prøv at sende igen.`,
    en: `The network meeting could not be checked (${p.error}), so it has not been sent. Try sending again.`,
  }),
  openPaneButton: () => ({ da: 'Åbn Netværksmøde', en: 'Open Network meeting' }),
};

/** Outlook's cap on the Smart Alerts dialog's button label (`cancelLabel`). */
export const DIALOG_BUTTON_MAX = 20;
