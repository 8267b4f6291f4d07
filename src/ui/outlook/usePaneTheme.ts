import { useEffect, useState } from 'react';
import { browserHost } from '../../host/browserHost';
import type { HostInfo, HostTheme } from '../../host/hostInfo';

/**
 * The pane's theme: the host's when it names one, else the colour scheme and forced colours the
 * pane's web view asks for (Outlook's task pane follows the system), following changes.
 */
export function usePaneTheme(host: HostInfo): HostTheme {
  const [theme, setTheme] = useState<HostTheme>(() =>
    host.theme === 'default' ? browserHost(window).info.theme : host.theme,
  );
  useEffect(() => {
    if (host.theme !== 'default') return undefined;
    return browserHost(window).onThemeChange(setTheme);
  }, [host.theme]);
  return theme;
}
