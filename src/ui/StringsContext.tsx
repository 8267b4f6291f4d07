import { createContext, useContext } from 'react';
import type { Locale } from '../domain';
import { type Translate, translator } from './strings';

const LocaleContext = createContext<Locale>('da');

/** Provides the UI language to everything below it. */
export const LocaleProvider = LocaleContext.Provider;

/** The current language. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The catalogue in the current language: `t('key')` for a text, `t('key', { n: 2 })` for a message. */
export function useStrings(): Translate {
  return translator(useLocale());
}
