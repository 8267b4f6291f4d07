import { type Finding, findingAs, type FindingSubject, type PlanErrorCode } from './findings';
import type { Localized } from './localized';
import { plural } from './plural';

/** Values a message is filled with; lists arrive already joined in each language. */
export interface MessageParams {
  readonly people?: Localized;
  readonly blocks?: Localized;
  readonly workplaces?: Localized;
  readonly roles?: Localized;
  readonly details?: Localized;
  readonly duration?: Localized;
  readonly minutes?: number;
  readonly count?: number;
  readonly position?: number;
  readonly size?: number;
  /** Another meeting of the effort: its number, and the size its invitation says. */
  readonly otherPosition?: number;
  readonly otherSize?: number;
  /** A date as it reads in a sentence ("torsdag den 25. januar 2027"). */
  readonly date?: Localized;
  /** Which side of another meeting this one must lie on. */
  readonly direction?: 'after' | 'before';
}

/** A message, filled with its finding's values, in both languages. */
export type Template = (p: MessageParams) => Localized;

/** A name quoted in Danish. */
export const q = (text: string | undefined): string => `»${text ?? ''}«`;
/** A name quoted in English. */
export const qe = (text: string | undefined): string => `“${text ?? ''}”`;
/** Role lists arrive as they read inside a sentence; one that opens a sentence is capitalised. */
export const cap = (text: string | undefined): string =>
  text ? text.charAt(0).toUpperCase() + text.slice(1) : '';

/** Why an optional invitation does not cover a role: one wording wherever it applies. */
export const REQUIRED_ONLY: Localized = {
  da: 'en rolle, programmet ikke kan undvære, dækkes kun af en påkrævet deltager.',
  en: 'a role the programme cannot do without is covered only by a required attendee.',
};

/**
 * The messages of the errors that stop a plan from being sent, in Danish and English: the part
 * of `FINDING_MESSAGES` the Outlook send check carries (DEVELOPERS.md, "The send file").
 */
export const ERROR_MESSAGES: Readonly<Record<PlanErrorCode, Template>> = {
  'title-empty': () => ({
    da: 'Mødet har ingen titel. Giv det en, så de inviterede kan se, hvad de inviteres til.',
    en: 'The meeting has no title. Give it one, so that those invited can see what they are invited to.',
  }),
  'date-in-past': (p) => ({
    da: `Mødets dato, ${p.details?.da}, er allerede passeret. Vælg i dag eller en senere dato.`,
    en: `The meeting's date, ${p.details?.en}, has already passed. Choose today or a later date.`,
  }),
  'start-in-past': (p) => ({
    da: `Mødet begynder i dag kl. ${p.details?.da}, og det tidspunkt er allerede passeret. Vælg et senere tidspunkt eller en anden dato.`,
    en: `The meeting starts today at ${p.details?.en}, and that time has already passed. Choose a later time or another date.`,
  }),
  'top-management-missing': () => ({
    da: 'Ingen fra topledelsen er inviteret. Inviter mindst én direktør eller forvaltnings-/afdelingsdirektør.',
    en: 'No one from top management is invited. Invite at least one director or department director.',
  }),
  'middle-manager-missing': () => ({
    da: 'Ingen mellemleder eller leder er inviteret. Inviter mindst én.',
    en: 'No middle manager or leader is invited. Invite at least one.',
  }),
  'staff-function-missing': () => ({
    da: 'Ingen fra HR eller arbejdsmiljø er inviteret. Inviter mindst én HR- eller arbejdsmiljøkonsulent.',
    en: 'No one from HR or the work-environment function is invited. Invite at least one HR or work-environment consultant.',
  }),
  'med-chair-missing': () => ({
    da: 'MED-formanden er ikke inviteret. Formand og næstformand skal være påkrævede deltagere.',
    en: 'The MED chair is not invited. The chair and vice-chair must be required attendees.',
  }),
  'med-vice-chair-missing': () => ({
    da: 'MED-næstformanden er ikke inviteret. Formand og næstformand skal være påkrævede deltagere.',
    en: 'The MED vice-chair is not invited. The chair and vice-chair must be required attendees.',
  }),
  'role-only-optional': (p) => ({
    da: `${cap(p.roles?.da)}: ${p.people?.da} er kun inviteret som valgfri; ${REQUIRED_ONLY.da} Gør ${plural('da', p.count ?? 0, { one: 'vedkommende', other: 'mindst én af dem' })} påkrævet.`,
    en: `${cap(p.roles?.en)}: ${p.people?.en} ${plural('en', p.count ?? 0, { one: 'is', other: 'are' })} only invited as optional; ${REQUIRED_ONLY.en} Make ${plural('en', p.count ?? 0, { one: 'them', other: 'at least one of them' })} required.`,
  }),
  'no-presenting-workplace': () => ({
    da: 'Ingen arbejdsplads er valgt til at præsentere, men programmet har punkter, hvor arbejdspladserne præsenterer sig. Vælg de præsenterende arbejdspladser.',
    en: 'No workplace is chosen to present, but the programme has blocks where the workplaces present themselves. Choose the presenting workplaces.',
  }),
  'trio-incomplete': (p) => ({
    da: `Lokal TRIO for ${p.workplaces?.da} er ikke komplet. ${p.details?.da}`,
    en: `The local TRIO of ${p.workplaces?.en} is incomplete. ${p.details?.en}`,
  }),
  'presenter-not-invited': (p) => ({
    da: `${p.people?.da} står som oplægsholder ved ${q(p.blocks?.da)}, men er ikke inviteret.`,
    en: `${p.people?.en} presents ${qe(p.blocks?.en)} but is not invited.`,
  }),
  'presenter-only-optional': (p) => ({
    da: `${q(p.blocks?.da)}: ${plural('da', p.count ?? 0, { one: 'oplægsholderen', other: 'oplægsholderne' })} ${p.people?.da} er kun inviteret som valgfri; ${REQUIRED_ONLY.da} Gør ${plural('da', p.count ?? 0, { one: 'vedkommende', other: 'mindst én af dem' })} påkrævet.`,
    en: `${qe(p.blocks?.en)}: ${plural('en', p.count ?? 0, { one: 'the presenter', other: 'the presenters' })} ${p.people?.en} ${plural('en', p.count ?? 0, { one: 'is', other: 'are' })} only invited as optional; ${REQUIRED_ONLY.en} Make ${plural('en', p.count ?? 0, { one: 'them', other: 'at least one of them' })} required.`,
  }),
  'presenter-role-missing': (p) => ({
    da: `${q(p.blocks?.da)} skal præsenteres af ${p.roles?.da}, men ingen med den rolle er inviteret.`,
    en: `${qe(p.blocks?.en)} is presented by ${p.roles?.en}, but no one with that role is invited.`,
  }),
  'workplace-not-presenting': (p) => ({
    da: `${q(p.blocks?.da)} nævner en arbejdsplads, der ikke er blandt mødets præsenterende arbejdspladser.`,
    en: `${qe(p.blocks?.en)} names a workplace that is not among the meeting's presenting workplaces.`,
  }),
  'blocks-overlap': (p) => ({
    da: `${p.blocks?.da} overlapper hinanden med ${p.duration?.da}.`,
    en: `${p.blocks?.en} overlap by ${p.duration?.en}.`,
  }),
  'block-outside-meeting': (p) => ({
    da: `${q(p.blocks?.da)} ligger uden for mødets tid (${p.details?.da}).`,
    en: `${qe(p.blocks?.en)} lies outside the meeting's time (${p.details?.en}).`,
  }),
  'block-ends-before-start': (p) => ({
    da: `${q(p.blocks?.da)} slutter, før det begynder.`,
    en: `${qe(p.blocks?.en)} ends before it starts.`,
  }),
  'meeting-ends-before-start': () => ({
    da: 'Mødet slutter, før det begynder.',
    en: 'The meeting ends before it starts.',
  }),
  'too-many-attendees': (p) => ({
    da: `Invitationen har ${p.count} deltagere; Exchange tillader højst 500 pr. møde. Inviter færre personer. En gruppeadresse er ingen løsning: så kan svarene ikke følges pr. rolle.`,
    en: `The invitation has ${p.count} attendees; Exchange allows at most 500 per meeting. Invite fewer people. A group address is no way round it: answers could then not be followed per role.`,
  }),
  'invalid-email': (p) => ({
    da: `Ugyldig e-mailadresse for ${p.people?.da}.`,
    en: `Invalid email address for ${p.people?.en}.`,
  }),
  'series-position-out-of-range': (p) => ({
    da: `Mødets nummer i forløbet (${p.position}) skal ligge mellem 1 og ${p.size}.`,
    en: `The meeting's number in the series (${p.position}) must be between 1 and ${p.size}.`,
  }),
  'med-chair-is-vice-chair': (p) => ({
    da: `${p.people?.da} er inviteret som både MED-formand og MED-næstformand. Guiden kræver både formanden og næstformanden: to personer. Inviter den anden af dem.`,
    en: `${p.people?.en} is invited as both MED chair and MED vice-chair. The guide asks for both the chair and the vice-chair: two people. Invite the other one.`,
  }),
  'block-title-empty': (p) => ({
    da: `Punktet kl. ${p.details?.da} har ingen overskrift, så invitationen ville vise en række med kun tiden. Giv det en overskrift.`,
    en: `The item at ${p.details?.en} has no heading, so the invitation would show a row with only its time. Give it a heading.`,
  }),
  'frame-not-confirmed': (p) => ({
    da: `Mødet varer ${p.duration?.da} og slutter kl. ${p.details?.da}, mere end en time ud over rammen på 3 timer. Guiden lader rammen tilpasse lokalt: bekræft den tilpassede ramme, før invitationen sendes.`,
    en: `The meeting lasts ${p.duration?.en} and ends at ${p.details?.en}, more than an hour past the 3-hour frame. The guide lets the frame be adapted locally: confirm the adapted frame before the invitation is sent.`,
  }),
  'series-date-order': (p) =>
    p.direction === 'before'
      ? {
          da: `Møde ${p.position} i forløbet skal ligge før møde ${p.otherPosition}, ${p.date?.da}. Møderne i et forløb holdes i rækkefølge: vælg en tidligere dato.`,
          en: `Meeting ${p.position} of the series must come before meeting ${p.otherPosition}, ${p.date?.en}. The meetings of an effort are held in order: choose an earlier date.`,
        }
      : {
          da: `Møde ${p.position} i forløbet skal ligge efter møde ${p.otherPosition}, ${p.date?.da}. Møderne i et forløb holdes i rækkefølge: vælg en senere dato.`,
          en: `Meeting ${p.position} of the series must come after meeting ${p.otherPosition}, ${p.date?.en}. The meetings of an effort are held in order: choose a later date.`,
        },
  'series-position-taken': (p) => ({
    da: `Forløbet har allerede et møde ${p.position}, ${p.date?.da}. Giv dette møde et andet nummer, eller gør det til et nyt forløb.`,
    en: `The series already has a meeting ${p.position}, ${p.date?.en}. Give this meeting another number, or make it a new effort.`,
  }),
  'series-title-number': (p) => ({
    da: `Titlen siger møde ${p.otherPosition}, men mødet er nummer ${p.position} i forløbet, og invitationen siger »Netværksmøde ${p.position} af ${p.size}«. Ret titlen eller nummeret.`,
    en: `The title says meeting ${p.otherPosition}, but the meeting is number ${p.position} of the series, and the invitation says “Network meeting ${p.position} of ${p.size}”. Correct the title or the number.`,
  }),
};

/**
 * An error's finding, its message filled in: `finding` for the codes that are always errors, so
 * the rules that find errors (and the Outlook send check, which runs them alone) need no table of
 * every code's severity.
 */
export function errorFinding(
  code: PlanErrorCode,
  params: MessageParams,
  subject: FindingSubject = {},
): Finding {
  return findingAs(code, 'error', ERROR_MESSAGES[code](params), subject);
}
