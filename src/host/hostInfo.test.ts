import { describe, expect, it } from 'vitest';
import { browserHost } from './browserHost';
import { connectHost, isEmbedded } from './connectHost';
import { hostKindOf, hostThemeOf } from './hostInfo';

function fakeWindow(
  options: { embedded?: boolean; dark?: boolean; language?: string } = {},
): Window {
  const win = {
    navigator: { language: options.language ?? 'en-GB' },
    matchMedia: (q: string) => ({
      matches: q.includes('dark') ? (options.dark ?? false) : false,
      addEventListener() {},
      removeEventListener() {},
    }),
  } as unknown as Window & { parent: Window };
  win.parent = options.embedded ? ({} as Window) : win;
  return win;
}

describe('host detection', () => {
  it('tells Teams, Outlook and the Microsoft 365 app apart by host name', () => {
    expect(hostKindOf('Teams')).toBe('teams');
    expect(hostKindOf('TeamsModern')).toBe('teams');
    expect(hostKindOf('Outlook')).toBe('outlook');
    expect(hostKindOf('OutlookWin32')).toBe('outlook');
    expect(hostKindOf('Office')).toBe('m365');
  });

  it('reads the three themes and treats anything else as the default', () => {
    expect(['default', 'dark', 'contrast', 'sepia', undefined].map(hostThemeOf)).toEqual([
      'default',
      'dark',
      'contrast',
      'default',
      'default',
    ]);
  });

  it('knows a page with no parent frame is in a plain browser', () => {
    expect(isEmbedded(fakeWindow())).toBe(false);
    expect(isEmbedded(fakeWindow({ embedded: true }))).toBe(true);
  });

  it('does not load teams-js or wait at all in a plain browser', async () => {
    const started = Date.now();
    const host = await connectHost({
      win: fakeWindow({ language: 'da-DK', dark: true }),
      timeoutMs: 10_000,
    });
    // Far below the 10 s it would wait for a host, and loose enough for a loaded machine.
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(host.info).toEqual({
      kind: 'browser',
      theme: 'dark',
      locale: 'da-DK',
      nestedAuth: false,
    });
  });

  it('falls back to the browser, with the reason, when a frame’s parent never answers', async () => {
    const parent = { postMessage() {} } as unknown as Window;
    const win = fakeWindow({ embedded: true });
    Object.assign(win, {
      parent,
      top: parent,
      location: { origin: 'http://localhost', href: 'http://localhost/' },
      addEventListener() {},
      removeEventListener() {},
      self: win,
    });
    const host = await connectHost({ win, timeoutMs: 200 }).catch((e: unknown) => e);
    expect(host).toMatchObject({ info: { kind: 'browser' } });
    expect((host as { info: { fallbackReason?: string } }).info.fallbackReason).toBeTruthy();
  });

  it('gives the browser the user’s language', () => {
    expect(browserHost(fakeWindow({ language: 'en-US' })).info.locale).toBe('en-US');
  });
});
