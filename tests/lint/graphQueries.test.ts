import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Every query value the app sends Graph is encoded in one place, `src/graph/query.ts`
 * (`withQuery`). The Graph SDK's query builders put text into the URL unencoded, and a query
 * written by hand (`?$select=…`) would skip the encoder: both are kept out of the Graph layer
 * and of the tenant check, which calls Graph the app's way.
 */
const BY_HAND: readonly [string, RegExp][] = [
  ['an SDK query builder', /\.(?:search|select|expand|orderby|top|skip|count|query)\((?!\/)/],
  ['an SDK $filter with text', /\.filter\(\s*[`'"]/],
  ['a query written by hand', /[?&]\$[a-z]+=/],
];

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .filter((file) => file !== path.join('src', 'graph', 'query.ts'));
}

function queriesByHand(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) return [];
    return BY_HAND.flatMap(([what, pattern]) => (pattern.test(line) ? [what] : []));
  });
}

describe('query values are encoded in one place', () => {
  it('builds no query outside src/graph/query.ts', () => {
    const found = ['src/graph', 'scripts/verifyTenant'].flatMap(sources).flatMap((file) =>
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          queriesByHand(line).map((what) => `${file}:${i + 1}: ${what}: ${line.trim()}`),
        ),
    );
    expect(found).toEqual([]);
  });

  it('catches each way of writing one by hand', () => {
    expect(queriesByHand('graph.sdk.api(\'/groups\').search(`"displayName:${text}"`)')).toEqual([
      'an SDK query builder',
    ]);
    expect(queriesByHand(".filter(`iCalUId eq '${uid}'`)")).toEqual(['an SDK $filter with text']);
    expect(queriesByHand('url: `/me/events/${id}?$select=${select}`')).toEqual([
      'a query written by hand',
    ]);
    expect(queriesByHand('people.filter((p) => p.email)')).toEqual([]);
  });
});
