import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { HostTheme } from '../host/hostInfo';

/** The Fluent theme for a host theme: Teams light, dark and high contrast. */
export function fluentTheme(theme: HostTheme): Theme {
  if (theme === 'dark') return teamsDarkTheme;
  if (theme === 'contrast') return teamsHighContrastTheme;
  return teamsLightTheme;
}
