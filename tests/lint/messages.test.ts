import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The UI's and the app's own source files, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** A catalogue text inside a template literal: a fragment glued to other words or values. */
const GLUED = /\$\{\s*(?:t\(|t\.|t\[|STRINGS\b)/;

describe('the catalogue is used whole', () => {
  it('glues no catalogue text into a template: sentences are messages with placeholders', () => {
    const glued = ['src/ui', 'src/app'].flatMap(sources).flatMap((file) =>
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (GLUED.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(glued).toEqual([]);
  });

  it('catches a glued sentence', () => {
    expect("{`${t('readingCalendars')} ${n} ${t('persons')}`}").toMatch(GLUED);
  });
});
