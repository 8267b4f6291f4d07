import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  Spinner,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import type { AuthProvider } from '../auth/authProvider';
import { localeFromTag } from '../domain';
import type { RetryFeed } from '../app/retryFeed';
import type { NetworkMeetingGraph } from '../graph';
import type { Host } from '../host/hostInfo';
import { RootErrorBoundary } from './RootErrorBoundary';
import { SignInPanel } from './SignInPanel';
import { LocaleProvider } from './StringsContext';
import { STRINGS } from './strings';
import { fluentTheme } from './theme';
import { useAuth } from './useAuth';
import { useHostTheme } from './useHostTheme';
import { useSignedInUser } from './useSignedInUser';

/** A meeting's side panel, a phone: less room to give away to padding. */
const NARROW = '@media (max-width: 600px)';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    [NARROW]: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: {
    minWidth: 0,
    overflowWrap: 'anywhere',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    '& > *': { margin: 0 },
  },
  user: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  main: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalXL,
    padding: tokens.spacingHorizontalXXL,
    [NARROW]: { padding: tokens.spacingHorizontalM },
  },
});

const SignedIn = lazy(() => import(/* webpackChunkName: "signed-in" */ './SignedIn'));

const RUNNING_IN = {
  teams: 'runningInTeams',
  outlook: 'runningInOutlook',
  m365: 'runningInM365',
  browser: 'runningInBrowser',
} as const;

/** The tab: host theme and language, sign-in, then the organiser's start screen. */
export function App({
  host,
  auth,
  graph,
  retries,
  view = 'personal',
}: {
  readonly host: Host;
  readonly auth: AuthProvider;
  readonly graph: NetworkMeetingGraph;
  /** Where the Graph client says it is waiting to try again. */
  readonly retries?: RetryFeed;
  /** `configure` on a channel or meeting tab's configuration page. */
  readonly view?: 'personal' | 'configure' | 'tab';
}) {
  const locale = localeFromTag(host.info.locale);
  const t = STRINGS[locale];
  const theme = useHostTheme(host);
  const { state, account, error } = useAuth(auth);
  const { me } = useSignedInUser(graph, state === 'signedIn', account?.username ?? '');
  const styles = useStyles();
  const fluent = useMemo(() => fluentTheme(theme), [theme]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.appName;
    host.notifySuccess();
    if (view === 'configure') host.allowTabSave(`${location.origin}/?view=tab`, t.appName);
  }, [host, locale, t.appName, view]);

  return (
    <FluentProvider theme={fluent} lang={locale} data-theme={theme}>
      <LocaleProvider value={locale}>
        <RootErrorBoundary locale={locale}>
          <div className={styles.root}>
            <header className={styles.header}>
              <div className={styles.titles}>
                <Title2 as="h1">{t.appName}</Title2>
                <Caption1 as="p">
                  {t.tagline} · {t[RUNNING_IN[host.info.kind]]}
                </Caption1>
              </div>
              {state === 'signedIn' ? (
                <div className={styles.user}>
                  <Body1 data-testid="signed-in-user">
                    {t.signedInAs({ name: me?.name ?? account?.name ?? '' })}
                  </Body1>
                  <Button appearance="subtle" onClick={() => void auth.signOut()}>
                    {t.signOut}
                  </Button>
                </div>
              ) : null}
            </header>
            <main className={styles.main}>
              {view === 'configure' ? (
                <section>
                  <Title2 as="h2">{t.configureTitle}</Title2>
                  <Body1 as="p">{t.configureIntro}</Body1>
                </section>
              ) : state === 'signedIn' ? (
                <Suspense fallback={<Spinner label={t.loading} />}>
                  <SignedIn
                    user={account?.username ?? ''}
                    person={{
                      email: me?.email ?? account?.username ?? '',
                      name: me?.name ?? account?.name ?? '',
                    }}
                    graph={graph}
                    retries={retries}
                  />
                </Suspense>
              ) : (
                <SignInPanel auth={auth} state={state} error={error} />
              )}
            </main>
          </div>
        </RootErrorBoundary>
      </LocaleProvider>
    </FluentProvider>
  );
}
