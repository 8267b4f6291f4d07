import {
  Body1,
  FluentProvider,
  makeStyles,
  teamsLightTheme,
  Title2,
  tokens,
} from '@fluentui/react-components';
import type { Locale } from '../domain';
import { SHELL_STRINGS } from './shellStrings';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXXL,
    maxWidth: '720px',
  },
  heading: { margin: 0 },
});

/** Shown instead of the app when a build lacks configuration: says exactly what is missing. */
export function MissingConfigPage({
  missing,
  locale,
}: {
  readonly missing: readonly string[];
  readonly locale: Locale;
}) {
  const t = SHELL_STRINGS[locale];
  const styles = useStyles();
  return (
    <FluentProvider theme={teamsLightTheme} lang={locale}>
      <main className={styles.page}>
        <Title2 as="h1" className={styles.heading}>
          {t.missingConfigTitle}
        </Title2>
        <Body1 as="p">{t.missingConfigIntro}</Body1>
        <ul>
          {missing.map((name) => (
            <li key={name}>
              <Body1>
                <code>{name}</code>
              </Body1>
            </li>
          ))}
        </ul>
      </main>
    </FluentProvider>
  );
}
