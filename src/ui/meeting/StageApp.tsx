import { FluentProvider } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import { localeFromTag } from '../../domain';
import type { Host } from '../../host/hostInfo';
import { LocaleProvider } from '../StringsContext';
import { STRINGS } from '../strings';
import { fluentTheme } from '../theme';
import { useHostTheme } from '../useHostTheme';
import { StageFromLink } from './Stage';

/**
 * The page a stage link opens, on everyone's stage: the host's theme and language, and the
 * programme the link carries. No sign-in: people who were not invited see it too.
 */
export function StageApp({ host, search }: { readonly host: Host; readonly search: string }) {
  const locale = localeFromTag(host.info.locale);
  const theme = useHostTheme(host);
  const fluent = useMemo(() => fluentTheme(theme), [theme]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = STRINGS[locale].appName;
    host.notifySuccess();
  }, [host, locale]);
  return (
    <FluentProvider theme={fluent} lang={locale} data-theme={theme}>
      <LocaleProvider value={locale}>
        <StageFromLink search={search} />
      </LocaleProvider>
    </FluentProvider>
  );
}
