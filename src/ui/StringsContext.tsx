import { useLocale } from './LocaleContext';
import { type Translate, translator } from './strings';

// The language's context lives apart from the catalogue: the first screen provides and reads the
// language without carrying every screen's strings (see shellStrings.ts).
export { LocaleProvider, useLocale } from './LocaleContext';

/** The catalogue in the current language: `t('key')` for a text, `t('key', { n: 2 })` for a message. */
export function useStrings(): Translate {
  return translator(useLocale());
}
