import type { Locale } from './localized';

/**
 * Counted phrases in Danish and English without `Intl`: both languages have the plural forms
 * "one" and "other" only, so their CLDR rules fit in a line each, and the Outlook send check
 * (classic Outlook's JavaScript-only runtime may have no `Intl`) shares them with the tab.
 * `plural.test.ts` holds both functions to `Intl.PluralRules` and `Intl.NumberFormat`.
 */

/** The two forms a counted phrase takes in Danish and English ("1 person" / "2 personer"). */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

/** The integer digits and the fraction digits of a number as written (`1.50` → `1`, `5`). */
function digitsOf(count: number): { integer: number; fraction: string } {
  const [integer = '0', fraction = ''] = String(Math.abs(count)).split('.');
  return { integer: Number(integer), fraction: fraction.replace(/0+$/, '') };
}

/**
 * CLDR's rules. Danish: one for n = 1, or for a fraction whose integer part is 0 or 1 ("1,5
 * time"). English: one for the integer 1 only ("1.5 hours").
 */
const IS_ONE: Readonly<Record<Locale, (count: number) => boolean>> = {
  da: (count) => {
    const { integer, fraction } = digitsOf(count);
    return fraction === '' ? integer === 1 : integer <= 1;
  },
  en: (count) => Math.abs(count) === 1,
};

/**
 * The form of a phrase for `count`, chosen by the language's own plural rules rather than by
 * `count === 1`, so a language with more forms needs a new field here, not a hunt through callers.
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  return IS_ONE[locale](count) ? forms.one : forms.other;
}

const SEPARATORS: Readonly<Record<Locale, { group: string; decimal: string }>> = {
  da: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * A count as the language writes it: "1.200" in Danish, "1,200" in English; a fraction with at
 * most three decimals, as `Intl.NumberFormat` writes it by default ("1,5" / "1.5").
 */
export function formatCount(locale: Locale, count: number): string {
  if (!Number.isFinite(count) || Math.abs(count) >= 1e21) return String(count);
  const { group, decimal } = SEPARATORS[locale];
  const [integer = '0', fraction = ''] = Math.abs(count).toFixed(3).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, group);
  const decimals = fraction.replace(/0+$/, '');
  // As Intl's default sign display: every negative number, negative zero included.
  const sign = count < 0 || Object.is(count, -0) ? '-' : '';
  return `${sign}${grouped}${decimals ? `${decimal}${decimals}` : ''}`;
}

/** A count and its noun in the right form: "1 person", "2 personer", "1 person", "2 people". */
export function countOf(locale: Locale, count: number, one: string, other: string): string {
  return `${formatCount(locale, count)} ${plural(locale, count, { one, other })}`;
}
