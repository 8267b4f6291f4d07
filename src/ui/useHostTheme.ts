import { useEffect, useState } from 'react';
import type { Host, HostTheme } from '../host/hostInfo';

/** The host's theme, following its changes while the tab is open. */
export function useHostTheme(host: Host): HostTheme {
  const [theme, setTheme] = useState(host.info.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return theme;
}
