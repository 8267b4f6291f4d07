import type { FindingCode } from './findings';
import type { Localized } from './localized';

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
}

type Template = (p: MessageParams) => Localized;

const q = (text: string | undefined): string => `»${text ?? ''}«`;
const qe = (text: string | undefined): string => `“${text ?? ''}”`;
/** Role lists arrive as they read inside a sentence; one that opens a sentence is capitalised. */
const cap = (text: string | undefined): string =>
  text ? text.charAt(0).toUpperCase() + text.slice(1) : '';

/**
 * Every message the coverage rules can say, in Danish and English. One place, so that a
 * translator or a reviewer of the wording reads them all together.
 */
export const FINDING_MESSAGES: Readonly<Record<FindingCode, Template>> = {
  'top-management-missing': () => ({
    da: 'Ingen fra topledelsen er inviteret. Invitér mindst én direktør eller forvaltnings-/afdelingsdirektør.',
    en: 'No one from top management is invited. Invite at least one director or department director.',
  }),
  'middle-manager-missing': () => ({
    da: 'Ingen mellemleder eller leder er inviteret. Invitér mindst én.',
    en: 'No middle manager or leader is invited. Invite at least one.',
  }),
  'staff-function-missing': () => ({
    da: 'Ingen fra HR eller arbejdsmiljø er inviteret. Invitér mindst én HR- eller arbejdsmiljøkonsulent.',
    en: 'No one from HR or the work-environment function is invited. Invite at least one HR or work-environment consultant.',
  }),
  'med-chair-missing': () => ({
    da: 'MED-formanden er ikke inviteret. Formand og næstformand skal være påkrævede deltagere.',
    en: 'The MED chair is not invited. The chair and vice-chair must be required attendees.',
  }),
  'med-chair-optional': (p) => ({
    da: `MED-formanden (${p.people?.da}) er kun inviteret som valgfri deltager. Gør formanden påkrævet.`,
    en: `The MED chair (${p.people?.en}) is only an optional attendee. Make the chair required.`,
  }),
  'med-vice-chair-missing': () => ({
    da: 'MED-næstformanden er ikke inviteret. Formand og næstformand skal være påkrævede deltagere.',
    en: 'The MED vice-chair is not invited. The chair and vice-chair must be required attendees.',
  }),
  'med-vice-chair-optional': (p) => ({
    da: `MED-næstformanden (${p.people?.da}) er kun inviteret som valgfri deltager. Gør næstformanden påkrævet.`,
    en: `The MED vice-chair (${p.people?.en}) is only an optional attendee. Make the vice-chair required.`,
  }),
  'trio-incomplete': (p) => ({
    da: `Lokal TRIO for ${p.workplaces?.da} er ikke komplet. ${p.details?.da}`,
    en: `The local TRIO of ${p.workplaces?.en} is incomplete. ${p.details?.en}`,
  }),
  'presenter-not-invited': (p) => ({
    da: `${p.people?.da} står som oplægsholder ved ${q(p.blocks?.da)}, men er ikke inviteret.`,
    en: `${p.people?.en} presents ${qe(p.blocks?.en)} but is not invited.`,
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
    da: `Invitationen har ${p.count} deltagere; Exchange tillader højst 500 pr. møde. Invitér færre personer. En gruppeadresse er ingen løsning: så kan svarene ikke følges pr. rolle.`,
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
  'med-committee-incomplete': (p) => ({
    da: `Hele MED-udvalget anbefales inviteret. ${p.details?.da}`,
    en: `The whole MED committee is recommended. ${p.details?.en}`,
  }),
  'meeting-length-unusual': (p) => ({
    da: `Mødet varer ${p.duration?.da}; et netværksmøde er normalt på 3 timer.`,
    en: `The meeting lasts ${p.duration?.en}; a network meeting is normally 3 hours.`,
  }),
  'frame-exceeded': (p) => ({
    da: `Programmet går ${p.duration?.da} ud over mødets ramme på 3 timer.`,
    en: `The programme runs ${p.duration?.en} past the meeting's 3-hour frame.`,
  }),
  'no-break': (p) => ({
    da: `${p.duration?.da} uden pause eller måltid fra ${q(p.blocks?.da)}. Læg en pause ind efter højst ca. 2 timer.`,
    en: `${p.duration?.en} without a break or meal from ${qe(p.blocks?.en)}. Add a break after about 2 hours at most.`,
  }),
  'gap-between-blocks': (p) => ({
    da: `Der er et hul på ${p.duration?.da} mellem ${p.blocks?.da}.`,
    en: `There is a gap of ${p.duration?.en} between ${p.blocks?.en}.`,
  }),
  'series-size-unusual': (p) => ({
    da: `Et forløb har normalt 2–3 netværksmøder, ikke ${p.size}.`,
    en: `A focused effort normally has 2–3 network meetings, not ${p.size}.`,
  }),
  'agenda-empty': () => ({
    da: 'Programmet har ingen punkter.',
    en: 'The programme has no items.',
  }),
  'duplicate-merged': (p) => ({
    da: `${p.people?.da} står på listen flere gange og får én samlet invitation.`,
    en: `${p.people?.en} is listed more than once and gets one combined invitation.`,
  }),
  'attendance-role-declined': (p) => ({
    da: `${cap(p.roles?.da)}: alle inviterede har meldt afbud (${p.people?.da}).`,
    en: `${cap(p.roles?.en)}: everyone invited has declined (${p.people?.en}).`,
  }),
  'attendance-presenter-declined': (p) => ({
    da: `${p.people?.da} har meldt afbud, så ${q(p.blocks?.da)} mangler en oplægsholder (${p.roles?.da}).`,
    en: `${p.people?.en} declined, so ${qe(p.blocks?.en)} lacks a presenter (${p.roles?.en}).`,
  }),
  'attendance-trio-declined': (p) => ({
    da: `${p.people?.da} har meldt afbud, så Lokal TRIO for ${p.workplaces?.da} er ikke komplet.`,
    en: `${p.people?.en} declined, so the local TRIO of ${p.workplaces?.en} is incomplete.`,
  }),
  'attendance-awaiting': (p) => ({
    da: `${cap(p.roles?.da)}: ingen har bekræftet deltagelse endnu.`,
    en: `${cap(p.roles?.en)}: no one has confirmed yet.`,
  }),
};
