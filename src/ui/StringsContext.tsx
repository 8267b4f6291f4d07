import { createContext, useContext } from 'react';
import type { Locale } from '../domain';
import { STRINGS, type StringKey } from './strings';

const LocaleContext = createContext<Locale>('da');

/** Provides the UI language to everything below it. */
export const LocaleProvider = LocaleContext.Provider;

/** The current language. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** A function from string key to text in the current language. */
export function useStrings(): (key: StringKey) => string {
  const locale = useLocale();
  return (key) => STRINGS[locale][key];
}
