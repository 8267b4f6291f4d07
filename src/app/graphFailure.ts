import type { Localized } from '../domain';
import { type GraphFailureKind, GraphRequestError } from '../graph';

/**
 * A failed call to Microsoft 365, said so that an organiser knows what to do. Only a network
 * failure is `offline`; the app's own bugs and answers nobody planned for are `unexpected`.
 */
export interface GraphFailure {
  readonly kind: GraphFailureKind;
  readonly message: Localized;
  /** Trying again later can help (offline, throttled, unavailable). */
  readonly retryable: boolean;
  /** For support: the id Graph logged the call under. */
  readonly requestId?: string | undefined;
}

const MESSAGES: Readonly<Record<GraphFailureKind, (detail: string) => Localized>> = {
  outcomeUnknown: () => ({
    da: 'Microsoft 365 svarede ikke, så det vides ikke, om det blev sendt. Se efter i Outlook, før du prøver igen, så ingen får det to gange.',
    en: 'Microsoft 365 did not answer, so it is not known whether it was sent. Look in Outlook before you try again, so nobody gets it twice.',
  }),
  offline: () => ({
    da: 'Ingen forbindelse til Microsoft 365. Planen er gemt som kladde; send igen, når du er online. Mødet bliver ikke booket to gange.',
    en: 'No connection to Microsoft 365. The plan is kept as a draft; send again when you are online. The meeting will not be booked twice.',
  }),
  throttled: () => ({
    da: 'Microsoft 365 har for travlt lige nu. Appen har prøvet igen flere gange; prøv igen om et øjeblik.',
    en: 'Microsoft 365 is too busy right now. The app tried again several times; try again in a moment.',
  }),
  unavailable: () => ({
    da: 'Microsoft 365 svarer ikke lige nu. Planen er gemt som kladde; prøv igen om lidt.',
    en: 'Microsoft 365 is not answering right now. The plan is kept as a draft; try again shortly.',
  }),
  forbidden: () => ({
    da: 'Appen har ikke tilladelse til at booke i din kalender (Calendars.ReadWrite) eller læse grupper (GroupMember.Read.All). Bed din it-afdeling om at give den adgang.',
    en: 'The app is not allowed to book in your calendar (Calendars.ReadWrite) or read groups (GroupMember.Read.All). Ask your IT department to grant it.',
  }),
  unauthenticated: () => ({
    da: 'Du er ikke længere logget ind. Log ind igen, og send så igen.',
    en: 'You are no longer signed in. Sign in again, then send again.',
  }),
  notFound: () => ({
    da: 'Mødet findes ikke længere i kalenderen. Det kan være aflyst eller slettet.',
    en: 'The meeting is no longer in the calendar. It may have been cancelled or deleted.',
  }),
  conflict: (d) => ({
    da: `Microsoft 365 meldte en konflikt: ${d}`,
    en: `Microsoft 365 reported a conflict: ${d}`,
  }),
  preconditionFailed: () => ({
    da: 'En anden har ændret mødet, siden du åbnede det. Dine ændringer er gemt; se den andens ændring, og gem igen.',
    en: 'Someone else changed the meeting since you opened it. Your changes are kept; look at theirs, then save again.',
  }),
  badRequest: (d) => ({
    da: `Microsoft 365 afviste invitationen: ${d}`,
    en: `Microsoft 365 refused the invitation: ${d}`,
  }),
  unexpected: (d) => ({
    da: `Der skete en uventet fejl: ${d}`,
    en: `An unexpected error happened: ${d}`,
  }),
};

const RETRYABLE: ReadonlySet<GraphFailureKind> = new Set(['offline', 'throttled', 'unavailable']);

/**
 * Any failure of a Graph call, in plain words in both languages. What is not a
 * `GraphRequestError` never reached Graph's answer: the app failed, so it is `unexpected`.
 */
export function describeGraphFailure(e: unknown): GraphFailure {
  if (!(e instanceof GraphRequestError)) {
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { kind: 'unexpected', message: MESSAGES.unexpected(detail), retryable: false };
  }
  const error = e;
  return {
    kind: error.kind,
    message: MESSAGES[error.kind](error.message),
    retryable: RETRYABLE.has(error.kind),
    ...(error.requestId ? { requestId: error.requestId } : {}),
  };
}
