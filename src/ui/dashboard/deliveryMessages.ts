import {
  type AnswerLost,
  attendeeNameWithRoles,
  type ChangeDelivery,
  type CopenhagenDateTime,
  dateOf,
  formatDate,
  formatTimeRange,
  joinList,
  type Locale,
  type MailRecipient,
  type PlanMismatch,
  wallTimeAt,
} from '../../domain';
import type { Translate } from '../strings';

const names = (locale: Locale, people: readonly MailRecipient[]) =>
  joinList(
    locale,
    people.map((p) => p.name),
  );

/** Before saving: exactly who will get mail, by name, or "alle N deltagere". */
export function whoWillHear(delivery: ChangeDelivery, t: Translate, locale: Locale): string {
  if (delivery.kind === 'none') return t('whoHearsNone');
  if (delivery.kind === 'forward')
    return t('whoHearsForward', { names: names(locale, delivery.invited) });
  return [
    t('whoHearsUpdate', { n: delivery.updated.length }),
    ...(delivery.invited.length > 0
      ? [t('whoHearsInvited', { names: names(locale, delivery.invited) })]
      : []),
    ...(delivery.cancelled.length > 0
      ? [t('whoHearsCancelled', { names: names(locale, delivery.cancelled) })]
      : []),
  ].join(' ');
}

/**
 * Before saving a move: everyone is asked again, and these answers are wiped, the MED chair's and
 * vice-chair's called out since the guide asks them to confirm.
 */
export function moveWarning(lost: readonly AnswerLost[], t: Translate, locale: Locale): string {
  const confirming = lost.filter((l) =>
    l.roles.some((r) => r === 'medChair' || r === 'medViceChair'),
  );
  const withRoles = (l: AnswerLost) =>
    attendeeNameWithRoles(
      l.name,
      l.roles.filter((r) => r === 'medChair' || r === 'medViceChair'),
      locale,
    );
  return [
    t('moveWarning'),
    ...(lost.length > 0
      ? [
          t('moveWarningAnswered', {
            names: joinList(locale, lost.map(withRoles)),
          }),
        ]
      : []),
    ...(confirming.length > 0
      ? [t('moveWarningConfirm', { names: joinList(locale, confirming.map(withRoles)) })]
      : []),
  ].join(' ');
}

/** After saving: what was done, as Exchange was asked to do it and read back. */
export function whatWasDone(
  saved: {
    readonly delivery: ChangeDelivery;
    readonly notListed: readonly MailRecipient[];
    readonly unconfirmed?: readonly MailRecipient[];
  },
  t: Translate,
  locale: Locale,
): string {
  const { delivery } = saved;
  if (delivery.kind === 'none') return t('savedNone');
  if (delivery.kind === 'forward') {
    const unconfirmed = saved.unconfirmed ?? [];
    return [
      t('savedForward', { names: names(locale, delivery.invited) }),
      ...(saved.notListed.length > 0
        ? [t('savedNotListed', { names: names(locale, saved.notListed) })]
        : []),
      ...(unconfirmed.length > 0
        ? [t('savedUnconfirmed', { names: names(locale, unconfirmed) })]
        : []),
    ].join(' ');
  }
  return [
    t('savedUpdate', { n: delivery.updated.length }),
    ...(delivery.invited.length > 0
      ? [t('savedInvited', { names: names(locale, delivery.invited) })]
      : []),
    ...(delivery.cancelled.length > 0
      ? [t('savedCancelled', { names: names(locale, delivery.cancelled) })]
      : []),
    ...(delivery.asksAgain ? [t('savedAskedAgain')] : []),
  ].join(' ');
}

/** Why the plan on a booked meeting does not fit it, and that nothing is saved until it does. */
export function mismatchMessage(mismatch: PlanMismatch, t: Translate, locale: Locale): string {
  if (mismatch.kind === 'otherEvent') return t('planOtherEvent');
  const when = (range: { start: CopenhagenDateTime; end: CopenhagenDateTime }) =>
    `${formatDate(dateOf(range.start), locale)}, ${formatTimeRange(wallTimeAt(range.start), wallTimeAt(range.end), locale)}`;
  return t('planOtherTimes', { eventWhen: when(mismatch.event), planWhen: when(mismatch.plan) });
}
