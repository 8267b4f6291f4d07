import type { Host, HostInfo, HostTheme } from './hostInfo';

function themeOf(win: Window): HostTheme {
  if (win.matchMedia?.('(forced-colors: active)').matches) return 'contrast';
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
}

/**
 * The language a page's address asks for (`?lang=en`, `?lang=da`): the demo's switch, which a
 * plain browser lacks otherwise (Teams and Outlook give their own language, and win over it).
 */
function askedLanguage(win: Window): 'da' | 'en' | undefined {
  const asked = new URLSearchParams(win.location?.search ?? '').get('lang');
  return asked === 'da' || asked === 'en' ? asked : undefined;
}

/**
 * The plain browser as a host: the language the address asks for, else the one the user's
 * browser asks for, and its colour scheme.
 */
export function browserHost(win: Window, fallbackReason?: string): Host {
  const info: HostInfo = {
    kind: 'browser',
    theme: themeOf(win),
    locale: askedLanguage(win) ?? (win.navigator.language || 'da-DK'),
    nestedAuth: false,
    ...(fallbackReason ? { fallbackReason } : {}),
  };
  return {
    info,
    onThemeChange(listener) {
      const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) =>
        win.matchMedia?.(q),
      );
      const changed = () => listener(themeOf(win));
      for (const q of queries) q?.addEventListener('change', changed);
      return () => {
        for (const q of queries) q?.removeEventListener('change', changed);
      };
    },
    notifySuccess() {},
    allowTabSave() {},
    shareToStage: () => Promise.resolve({ kind: 'unavailable' }),
    openPersonalApp: () => Promise.resolve(false),
  };
}
