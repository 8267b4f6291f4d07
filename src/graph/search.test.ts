import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoGroup, type DemoUser, demoTenant } from '../emulator/demoTenant';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { networkMeetingGraph } from './networkMeetingGraph';
import { encodeQueryValue, MAX_SEARCH_TEXT, withQuery } from './query';

/**
 * Directory search with the names real departments and people have: every query value goes
 * through one encoder (`withQuery`), so `&`, `#`, `%`, `+`, quotes and emoji reach Graph as
 * typed, and the emulator's tokens (as Graph documents them) decide what is found.
 */

const GROUP_NAMES = [
  'Social & Sundhed',
  'R&D',
  'a#b',
  '100% Omsorg',
  'C++ Klubben',
  'C-Klubben',
  'Gruppen "Trio"',
  "Børnenes 'Hus'",
  'Hjerterum ❤️ Ældreplejen',
];

const groups: DemoGroup[] = GROUP_NAMES.map((displayName, i) => ({
  id: `real-name-${i}`,
  displayName,
  description: '',
  mail: `real-name-${i}@egeskov.example`,
  memberIds: ['real-person-1'],
  groupIds: [],
}));

const person: DemoUser = {
  id: 'real-person-1',
  displayName: "Anne-Mette O'Brien",
  givenName: 'Anne-Mette',
  surname: "O'Brien",
  mail: 'anne-mette.obrien@egeskov.example',
  userPrincipalName: 'anne-mette.obrien@egeskov.example',
  jobTitle: 'Konsulent',
  department: 'Social & Sundhed',
};

let h: EmulatorHarness;
beforeAll(async () => {
  const tenant = demoTenant();
  h = await startHarness({
    tenant: { ...tenant, users: [...tenant.users, person], groups: [...tenant.groups, ...groups] },
  });
});
afterAll(() => h.close());

const graph = () => networkMeetingGraph(h.client('organiser'));
const names = async (text: string) => (await graph().findGroups(text)).map((g) => g.name);

describe('directory search with real names', () => {
  it.each(GROUP_NAMES)('finds the group “%s” by its whole name', async (name) => {
    expect(await names(name)).toEqual([name]);
  });

  it('finds by the start of a word after the symbol: “Sund”, “Omsorg”, “Klub”', async () => {
    expect(await names('Sund')).toContain('Social & Sundhed');
    expect(await names('omsorg')).toEqual(['100% Omsorg']);
    expect(await names('Klub')).toEqual(expect.arrayContaining(['C++ Klubben', 'C-Klubben']));
  });

  it('keeps a plus a plus, not a space: “C++” finds the one group with “++” in its name', async () => {
    expect(await names('C++')).toEqual(['C++ Klubben']);
  });

  it('keeps a typed “&$top=999” inside the search, not a query option of its own', async () => {
    const found = await graph().findGroups('Social&$top=999');
    expect(found).toEqual([]);
    expect(await names('R&$select=id')).toEqual([]);
  });

  it('finds a person by a name with an apostrophe, in the directory and the people search', async () => {
    const found = await graph().findPeople("O'Brien");
    expect(found.map((p) => p.email)).toContain(person.mail);
  });

  it('answers a 10,000-character search without an error, searching its first 256 characters', async () => {
    const long = `Social ${'x'.repeat(10_000)}`;
    await expect(graph().findGroups(long)).resolves.toEqual([]);
    await expect(graph().findPeople(long)).resolves.toEqual([]);
    // An emoji at the cut is kept whole or left out, never halved.
    const emoji = `${'a'.repeat(MAX_SEARCH_TEXT - 1)}❤️❤️`;
    await expect(graph().findGroups(emoji)).resolves.toEqual([]);
  });
});

describe('the one encoder', () => {
  it('percent-encodes every character but the unreserved ones, plus and quote included', () => {
    expect(encodeQueryValue(`"displayName:R&D #1 + 100% 'x'"`)).toBe(
      '%22displayName%3AR%26D%20%231%20%2B%20100%25%20%27x%27%22',
    );
    expect(encodeQueryValue('Ældre ❤️')).toBe('%C3%86ldre%20%E2%9D%A4%EF%B8%8F');
    // Half an emoji (a lone surrogate) cannot be UTF-8: it becomes U+FFFD, not an exception.
    expect(encodeQueryValue('a\uD83D')).toBe('a%EF%BF%BD');
  });

  it('builds a path with its query options, leaving out those not given', () => {
    expect(withQuery('/groups', { $search: '"displayName:a&b"', $top: 20, $skip: undefined })).toBe(
      '/groups?$search=%22displayName%3Aa%26b%22&$top=20',
    );
    expect(withQuery('/me', {})).toBe('/me');
  });
});
