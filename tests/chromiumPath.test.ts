import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath, DEBIAN_CHROMIUM } from './chromiumPath';

const missing = path.join(import.meta.dirname, 'no-such-chromium');

describe('the Chromium the browser tests drive', () => {
  it('is the file CHROMIUM_PATH names', () => {
    // Node's own executable: a file every machine running this test has.
    expect(chromiumPath({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('is Debian’s when CHROMIUM_PATH is unset or empty', () => {
    const onlyDebian = (file: string) => file === DEBIAN_CHROMIUM;
    expect(chromiumPath({}, onlyDebian)).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '' }, onlyDebian)).toBe('/usr/bin/chromium');
  });

  it('fails with one line naming CHROMIUM_PATH and the missing file', () => {
    const message = () => {
      try {
        chromiumPath({ CHROMIUM_PATH: missing });
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(message()).toMatch(
      /^No Chromium at .*no-such-chromium \(CHROMIUM_PATH\): set CHROMIUM_PATH to /,
    );
    expect(message()).not.toContain('\n');
  });

  it('names CHROMIUM_PATH when Debian’s is missing too', () => {
    expect(() => chromiumPath({}, () => false)).toThrow(
      /^No Chromium at \/usr\/bin\/chromium \(the default, as CHROMIUM_PATH is unset\): set CHROMIUM_PATH/,
    );
  });

  it('refuses a folder, which playwright could not start', () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: import.meta.dirname })).toThrow(/CHROMIUM_PATH/);
  });
});
