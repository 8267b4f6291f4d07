import { describe, expect, it } from 'vitest';
import { parseDirectorySearch, searchTokens, tokensMatch } from './directorySearch';
import { objectReader, ODataError } from './odata';

describe('directory $search tokens', () => {
  it('splits as Graph documents: spaces, lower-to-upper case, numbers, symbols', () => {
    expect(searchTokens('hello world')).toEqual(['hello', 'world']);
    expect(searchTokens('HelloWorld')).toEqual(['hello', 'world']);
    expect(searchTokens('helloWORLD')).toEqual(['hello', 'world']);
    expect(searchTokens('HELLOworld')).toEqual(['helloworld']);
    expect(searchTokens('hello.world')).toEqual(['hello', '.', 'world', 'helloworld']);
    expect(searchTokens('hello123world')).toEqual(['hello', '123', 'world']);
  });

  it('keeps symbols, quotes and emoji as tokens of their own, as documented', () => {
    expect(searchTokens('Social & Sundhed')).toEqual(['social', '&', 'sundhed']);
    expect(searchTokens('R&D')).toEqual(['r', '&', 'd', 'rd']);
    expect(searchTokens('a#b')).toEqual(['a', '#', 'b', 'ab']);
    expect(searchTokens('100% Omsorg')).toEqual(['100', '%', 'omsorg']);
    expect(searchTokens('C++ Klubben')).toEqual(['c', '++', 'klubben']);
    expect(searchTokens("O'Brien")).toEqual(['o', "'", 'brien', 'obrien']);
    expect(searchTokens('Hjerterum ❤️ Ældreplejen')).toEqual(['hjerterum', '❤️', 'ældreplejen']);
  });

  it('finds by the start of any word, in any order, whatever the case', () => {
    expect(tokensMatch('Alle AMR', 'AMR')).toBe(true);
    expect(tokensMatch('Alle AMR', 'amr')).toBe(true);
    expect(tokensMatch('Børnehuset Solsikken', 'solsik')).toBe(true);
    expect(tokensMatch('Mads Nørgaard', 'nør mads')).toBe(true);
    expect(tokensMatch('hello-world', 'helloworld')).toBe(true);
    expect(tokensMatch('李四(David Li)', 'Li 李')).toBe(true);
    // Not "contains": the middle of a word is no match.
    expect(tokensMatch('Børnehuset Solsikken', 'sikken')).toBe(false);
    expect(tokensMatch('Alle AMR', 'MR')).toBe(false);
    // Every word of the text must be found.
    expect(tokensMatch('Mads Nørgaard', 'mads jensen')).toBe(false);
  });
});

describe('parseDirectorySearch', () => {
  const group = objectReader({
    displayName: 'Alle AMR',
    description: 'Arbejdsmiljørepræsentanter',
    mail: 'alle-amr@egeskov.example',
  });
  const matches = (search: string) => parseDirectorySearch(search)(group);

  it('searches displayName and description by tokens, other properties by their start', () => {
    expect(matches('"displayName:AMR"')).toBe(true);
    expect(matches('"description:arbejdsmiljø"')).toBe(true);
    expect(matches('"mail:alle-amr"')).toBe(true);
    // mail is not tokenized: a later word of it is no match.
    expect(matches('"mail:amr"')).toBe(false);
  });

  it('joins clauses with AND and OR, AND first, with parentheses', () => {
    expect(matches('"displayName:TR" OR "displayName:AMR"')).toBe(true);
    expect(matches('"displayName:TR" AND "displayName:AMR"')).toBe(false);
    expect(matches('"displayName:alle" AND ("displayName:TR" OR "mail:alle")')).toBe(true);
    expect(matches('"displayName:TR" AND "displayName:alle" OR "mail:alle"')).toBe(true);
  });

  it('reads backslash escapes inside a clause', () => {
    const quoted = objectReader({ displayName: 'The "A" team' });
    expect(parseDirectorySearch('"displayName:\\"A\\""')(quoted)).toBe(true);
  });

  it('refuses what Graph refuses: no property, lower-case operators, bare words', () => {
    for (const bad of [
      '"AMR"',
      'AMR',
      '"displayName:a" or "displayName:b"',
      '"displayName:a',
      '("displayName:a"',
    ]) {
      expect(() => parseDirectorySearch(bad), bad).toThrow(ODataError);
    }
  });
});
