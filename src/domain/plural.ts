import type { Locale } from './localized';

/** The two forms a counted phrase takes in Danish and English ("1 person" / "2 personer"). */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

const RULES: Readonly<Record<Locale, Intl.PluralRules>> = {
  da: new Intl.PluralRules('da'),
  en: new Intl.PluralRules('en'),
};

/**
 * The form of a phrase for `count`, chosen by the language's own plural rules rather than by
 * `count === 1`, so a language with more forms needs a new field here, not a hunt through callers.
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  return RULES[locale].select(count) === 'one' ? forms.one : forms.other;
}

const NUMBERS: Readonly<Record<Locale, Intl.NumberFormat>> = {
  da: new Intl.NumberFormat('da-DK'),
  en: new Intl.NumberFormat('en-GB'),
};

/** A count as the language writes it: "1.200" in Danish, "1,200" in English. */
export function formatCount(locale: Locale, count: number): string {
  return NUMBERS[locale].format(count);
}

/** A count and its noun in the right form: "1 person", "2 personer", "1 person", "2 people". */
export function countOf(locale: Locale, count: number, one: string, other: string): string {
  return `${formatCount(locale, count)} ${plural(locale, count, { one, other })}`;
}
