/** The languages the product speaks: Danish by default, English when the host says so. */
export type Locale = 'da' | 'en';

/** Every supported locale, Danish first because it is the default. */
export const LOCALES: readonly Locale[] = ['da', 'en'];

/** A text in every supported language; plans store user-visible text this way. */
export type Localized = Readonly<Record<Locale, string>>;

/** The same text in both languages, for text a person typed in one language only. */
export function sameInBoth(text: string): Localized {
  return { da: text, en: text };
}

/** Maps a BCP 47 tag from a host (`en-GB`, `da-DK`, `EN`) to a supported locale; Danish otherwise. */
export function localeFromTag(tag: string | undefined): Locale {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'da';
}
