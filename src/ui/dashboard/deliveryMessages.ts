import {
  type AnswerLost,
  attendeeNameWithRoles,
  type ChangeDelivery,
  joinList,
  type Locale,
  type MailRecipient,
} from '../../domain';
import type { StringKey } from '../strings';

type Translate = (key: StringKey) => string;

/** A catalogue string with `{names}` and `{n}` filled in. */
function fill(text: string, values: { readonly names?: string; readonly n?: number }): string {
  return text.replace('{names}', values.names ?? '').replace('{n}', String(values.n ?? ''));
}

const names = (locale: Locale, people: readonly MailRecipient[]) =>
  joinList(
    locale,
    people.map((p) => p.name),
  );

/** Before saving: exactly who will get mail, by name, or "alle N deltagere". */
export function whoWillHear(delivery: ChangeDelivery, t: Translate, locale: Locale): string {
  if (delivery.kind === 'none') return t('whoHearsNone');
  if (delivery.kind === 'forward')
    return fill(t('whoHearsForward'), { names: names(locale, delivery.invited) });
  return [
    fill(t('whoHearsUpdate'), { n: delivery.updated.length }),
    ...(delivery.invited.length > 0
      ? [fill(t('whoHearsInvited'), { names: names(locale, delivery.invited) })]
      : []),
    ...(delivery.cancelled.length > 0
      ? [fill(t('whoHearsCancelled'), { names: names(locale, delivery.cancelled) })]
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
          fill(t('moveWarningAnswered'), {
            names: joinList(locale, lost.map(withRoles)),
          }),
        ]
      : []),
    ...(confirming.length > 0
      ? [fill(t('moveWarningConfirm'), { names: joinList(locale, confirming.map(withRoles)) })]
      : []),
  ].join(' ');
}

/** After saving: what was done, as Exchange was asked to do it and read back. */
export function whatWasDone(
  saved: { readonly delivery: ChangeDelivery; readonly notListed: readonly MailRecipient[] },
  t: Translate,
  locale: Locale,
): string {
  const { delivery } = saved;
  if (delivery.kind === 'none') return t('savedNone');
  if (delivery.kind === 'forward') {
    return [
      fill(t('savedForward'), { names: names(locale, delivery.invited) }),
      ...(saved.notListed.length > 0
        ? [fill(t('savedNotListed'), { names: names(locale, saved.notListed) })]
        : []),
    ].join(' ');
  }
  return [
    fill(t('savedUpdate'), { n: delivery.updated.length }),
    ...(delivery.invited.length > 0
      ? [fill(t('savedInvited'), { names: names(locale, delivery.invited) })]
      : []),
    ...(delivery.cancelled.length > 0
      ? [fill(t('savedCancelled'), { names: names(locale, delivery.cancelled) })]
      : []),
    ...(delivery.asksAgain ? [t('savedAskedAgain')] : []),
  ].join(' ');
}
