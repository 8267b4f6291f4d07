import { describe, expect, it } from 'vitest';
import {
  contentLocale,
  isUntranslated,
  keptAsTranslated,
  otherLocale,
  type PlanText,
  withTextIn,
} from './planText';

const TEMPLATE: PlanText = {
  da: '1. netværksmøde om social kapital',
  en: '1st network meeting on social capital',
};

describe('plan texts in two languages', () => {
  it('an edit in one language gives the other the same words, until it is translated', () => {
    const danish = withTextIn(TEMPLATE, 'da', '1. netværksmøde – ældreplejen');
    expect(danish).toEqual({
      da: '1. netværksmøde – ældreplejen',
      en: '1. netværksmøde – ældreplejen',
      edited: ['da'],
    });
    expect(isUntranslated(danish, 'en')).toBe(true);
    expect(isUntranslated(danish, 'da')).toBe(false);
    // A second Danish edit still reaches the untranslated English.
    const again = withTextIn(danish, 'da', '1. netværksmøde – hjemmeplejen');
    expect(again.en).toBe('1. netværksmøde – hjemmeplejen');
    // Translated: each language keeps its own words from then on.
    const translated = withTextIn(again, 'en', '1st network meeting – home care');
    expect(translated).toEqual({
      da: '1. netværksmøde – hjemmeplejen',
      en: '1st network meeting – home care',
      edited: ['da', 'en'],
    });
    expect(isUntranslated(translated, 'en')).toBe(false);
    expect(withTextIn(translated, 'da', 'Nyt').en).toBe('1st network meeting – home care');
  });

  it('is the same from English to Danish', () => {
    const english = withTextIn(TEMPLATE, 'en', 'Network meeting – eldercare');
    expect(english).toEqual({
      da: 'Network meeting – eldercare',
      en: 'Network meeting – eldercare',
      edited: ['en'],
    });
    expect(isUntranslated(english, 'da')).toBe(true);
  });

  it('the template, and a text kept as it is, are not marked', () => {
    expect(isUntranslated(TEMPLATE, 'en')).toBe(false);
    expect(isUntranslated(undefined, 'en')).toBe(false);
    const name = withTextIn(TEMPLATE, 'da', 'Hjemmeplejen Nord');
    const kept = keptAsTranslated(name, 'en');
    expect(kept).toEqual({
      da: 'Hjemmeplejen Nord',
      en: 'Hjemmeplejen Nord',
      edited: ['da', 'en'],
    });
    expect(isUntranslated(kept, 'en')).toBe(false);
  });

  it('shows a sent plan in the language it was sent in, a draft in the UI language', () => {
    expect(contentLocale({ sentIn: 'da' }, 'en')).toBe('da');
    expect(contentLocale({}, 'en')).toBe('en');
    expect(otherLocale('da')).toBe('en');
  });
});
