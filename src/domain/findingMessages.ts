import { cap, ERROR_MESSAGES, q, qe, type Template } from './errorMessages';
import type { FindingCode } from './findings';

export { type MessageParams, REQUIRED_ONLY } from './errorMessages';

/**
 * Every message the coverage rules can say, in Danish and English. One place, so that a
 * translator or a reviewer of the wording reads them all together: the errors' messages
 * (`errorMessages.ts`, which the Outlook send check carries alone), then the warnings', the
 * info's and those of the answers after sending.
 */
export const FINDING_MESSAGES: Readonly<Record<FindingCode, Template>> = {
  ...ERROR_MESSAGES,
  'date-day-off': (p) => ({
    da: `${cap(p.details?.da)}, og de fleste har fri. Vælg en anden dato, medmindre mødet skal ligge netop den dag.`,
    en: `${cap(p.details?.en)}, when most people are off. Choose another date unless the meeting must be on that day.`,
  }),
  'series-size-differs': (p) => ({
    da: `Møde ${p.otherPosition} i forløbet blev sendt som ét af ${p.otherSize} møder, men dette møde siger ${p.size}. Ret antallet, så invitationerne siger det samme.`,
    en: `Meeting ${p.otherPosition} of the series was sent as one of ${p.otherSize} meetings, but this one says ${p.size}. Correct the number so the invitations agree.`,
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
    da: `Mødet slutter kl. ${p.details?.da} og går ${p.duration?.da} ud over rammen på 3 timer.`,
    en: `The meeting ends at ${p.details?.en}, ${p.duration?.en} past the 3-hour frame.`,
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
    da: `${p.people?.da} har meldt afbud, så den lokale TRIO for ${p.workplaces?.da} er ikke komplet.`,
    en: `${p.people?.en} declined, so the local TRIO of ${p.workplaces?.en} is incomplete.`,
  }),
  'attendance-awaiting': (p) => ({
    da: `${cap(p.roles?.da)}: ingen har bekræftet deltagelse endnu.`,
    en: `${cap(p.roles?.en)}: no one has confirmed yet.`,
  }),
};
