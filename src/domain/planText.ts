import { LOCALES, type Locale, type Localized } from './localized';
import type { MeetingPlan } from './plan';

/**
 * A text of the plan (its title and focus, a block's heading and note) in both languages, with
 * the languages the organiser has written it in since it came from the template.
 */
export interface PlanText extends Localized {
  /**
   * Written by the organiser since the template, in these languages. One language alone: the
   * other carries the same words (shown and sent as written) until it is translated. None: the
   * template's own text in each language. Both: each language its own.
   */
  readonly edited?: readonly Locale[] | undefined;
}

/** The other of the two languages. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'da' ? 'en' : 'da';
}

function editedIn(languages: ReadonlySet<Locale>): readonly Locale[] {
  return LOCALES.filter((l) => languages.has(l));
}

/**
 * `text` with `value` written in `locale`. Until the other language has been written too, it
 * carries the same words: an edit in one language never leaves a stale template text in the
 * other, and whoever reads the plan in either language reads what the organiser wrote.
 */
export function withTextIn(text: PlanText, locale: Locale, value: string): PlanText {
  const languages = new Set(text.edited ?? []).add(locale);
  const other = otherLocale(locale);
  const otherText = languages.has(other) ? text[other] : value;
  return {
    ...(locale === 'da' ? { da: value, en: otherText } : { da: otherText, en: value }),
    edited: editedIn(languages),
  };
}

/**
 * `text` with its words in `locale` kept as they are, as that language's own (a name that reads
 * the same in both): no longer marked as not translated.
 */
export function keptAsTranslated(text: PlanText, locale: Locale): PlanText {
  return { da: text.da, en: text.en, edited: editedIn(new Set(text.edited ?? []).add(locale)) };
}

/**
 * Whether `text` in `locale` is the other language's words, written there and not yet
 * translated: the UI in `locale` marks it so.
 */
export function isUntranslated(text: PlanText | undefined, locale: Locale): boolean {
  const edited = text?.edited ?? [];
  return edited.length > 0 && !edited.includes(locale);
}

/**
 * The language a plan's own texts (title, blocks, notes) are shown in: the one its invitation
 * was sent in, whatever the UI's language, so the organiser reads what the attendees received;
 * a plan not yet sent, in the UI's language.
 */
export function contentLocale(plan: Pick<MeetingPlan, 'sentIn'>, uiLocale: Locale): Locale {
  return plan.sentIn ?? uiLocale;
}
