import { createContext, useContext } from 'react';
import type { Locale } from '../domain';

const LocaleContext = createContext<Locale>('da');

/** Provides the UI language to everything below it. */
export const LocaleProvider = LocaleContext.Provider;

/** The current language. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}
