import type { Host, HostInfo, HostTheme } from './hostInfo';

function themeOf(win: Window): HostTheme {
  if (win.matchMedia?.('(forced-colors: active)').matches) return 'contrast';
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
}

/** The plain browser as a host: the language and colour scheme the user's browser asks for. */
export function browserHost(win: Window, fallbackReason?: string): Host {
  const info: HostInfo = {
    kind: 'browser',
    theme: themeOf(win),
    locale: win.navigator.language || 'da-DK',
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
