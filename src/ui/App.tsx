import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  mergeClasses,
  Spinner,
  Subtitle2,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import type { AuthProvider } from '../auth/authProvider';
import { localeFromTag } from '../domain';
import { RetryFeed } from '../app/retryFeed';
import type { NetworkMeetingGraph } from '../graph';
import type { Host } from '../host/hostInfo';
import { RootErrorBoundary } from './RootErrorBoundary';
import type SidePanelView from './meeting/SidePanel';
import type { Surface } from './meeting/surface';
import { SignInPanel } from './SignInPanel';
import { LocaleProvider } from './LocaleContext';
import { SHELL_STRINGS } from './shellStrings';
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
  // The meeting's side panel: every pixel of its 320 goes to the programme.
  compactHeader: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  compactTitle: { margin: 0 },
});

const SignedIn = lazy(() => import(/* webpackChunkName: "signed-in" */ './SignedIn'));
const MeetingTab = lazy(() => import(/* webpackChunkName: "meeting-tab" */ './meeting/MeetingTab'));
let sidePanelLoading: Promise<{ default: SidePanelComponent }> | undefined;
/**
 * Loads the side panel's chunk, once. The page starts this as soon as it knows it is a side
 * panel, beside sign-in, and hands the loaded panel to `App`: drawn without suspending, the live
 * programme waits neither for the chunk after the first render nor for React's pause before it
 * reveals suspended content.
 */
export function loadSidePanel(): Promise<SidePanelComponent> {
  sidePanelLoading ??= import(/* webpackChunkName: "side-panel" */ './meeting/SidePanel');
  return sidePanelLoading.then((m) => m.default);
}
/** The side panel's component, as `loadSidePanel` gives it. */
export type SidePanelComponent = typeof SidePanelView;
const SidePanel = lazy(() => loadSidePanel().then((m) => ({ default: m })));
const StageFromMeeting = lazy(() =>
  import(/* webpackChunkName: "stage" */ './meeting/Stage').then((m) => ({
    default: m.StageFromMeeting,
  })),
);

const SILENT = new RetryFeed();

const RUNNING_IN = {
  teams: 'runningInTeams',
  outlook: 'runningInOutlook',
  m365: 'runningInM365',
  browser: 'runningInBrowser',
} as const;

/**
 * The tab: host theme and language, sign-in, then the view for where it is: the start screen
 * (personal tab), a meeting's own view (details or chat tab), the live programme (side panel), the
 * programme on the stage, or the configuration page.
 */
export function App({
  host,
  auth,
  graph,
  retries,
  surface = { kind: 'personal' },
  sidePanel: LoadedSidePanel,
}: {
  readonly host: Host;
  readonly auth: AuthProvider;
  readonly graph: NetworkMeetingGraph;
  /** Where the Graph client says it is waiting to try again. */
  readonly retries?: RetryFeed;
  /** Which view: from the host's frame context and the page's address (`surfaceOf`). */
  readonly surface?: Surface;
  /** The side panel when the page has already loaded it (`loadSidePanel`); else loaded lazily. */
  readonly sidePanel?: SidePanelComponent | undefined;
}) {
  const locale = localeFromTag(host.info.locale);
  const t = SHELL_STRINGS[locale];
  const theme = useHostTheme(host);
  const { state, account, error } = useAuth(auth);
  const { me } = useSignedInUser(graph, state === 'signedIn', account?.username ?? '');
  const styles = useStyles();
  const fluent = useMemo(() => fluentTheme(theme), [theme]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.appName;
    host.notifySuccess();
    if (surface.kind === 'configure') host.allowTabSave(`${location.origin}/?view=tab`, t.appName);
  }, [host, locale, t.appName, surface.kind]);

  const person = {
    email: me?.email ?? account?.username ?? '',
    name: me?.name ?? account?.name ?? '',
  };
  const compact = surface.kind === 'sidePanel';
  const signedIn = state === 'signedIn';

  // The stage has no header of its own app: the programme fills it (StageView has the page's h1).
  if (surface.kind === 'stage' && signedIn && surface.chatId) {
    return (
      <FluentProvider theme={fluent} lang={locale} data-theme={theme}>
        <LocaleProvider value={locale}>
          <RootErrorBoundary locale={locale}>
            <Suspense fallback={<Spinner label={t.loading} />}>
              <StageFromMeeting graph={graph} host={host} chatId={surface.chatId} me={person} />
            </Suspense>
          </RootErrorBoundary>
        </LocaleProvider>
      </FluentProvider>
    );
  }

  return (
    <FluentProvider theme={fluent} lang={locale} data-theme={theme}>
      <LocaleProvider value={locale}>
        <RootErrorBoundary locale={locale}>
          <div className={styles.root}>
            {compact ? (
              <header className={mergeClasses(styles.header, styles.compactHeader)}>
                <Subtitle2 as="h1" className={styles.compactTitle}>
                  {t.appName}
                </Subtitle2>
                {signedIn ? (
                  <Caption1 data-testid="signed-in-user">
                    {t.signedInAs({ name: person.name })}
                  </Caption1>
                ) : null}
              </header>
            ) : (
              <header className={styles.header}>
                <div className={styles.titles}>
                  <Title2 as="h1">{t.appName}</Title2>
                  <Caption1 as="p">
                    {t.tagline} · {t[RUNNING_IN[host.info.kind]]}
                  </Caption1>
                </div>
                {signedIn ? (
                  <div className={styles.user}>
                    <Body1 data-testid="signed-in-user">
                      {t.signedInAs({ name: person.name })}
                    </Body1>
                    <Button appearance="subtle" onClick={() => void auth.signOut()}>
                      {t.signOut}
                    </Button>
                  </div>
                ) : null}
              </header>
            )}
            <main className={styles.main}>
              {surface.kind === 'configure' ? (
                <section>
                  <Title2 as="h2">{t.configureTitle}</Title2>
                  <Body1 as="p">{t.configureIntro}</Body1>
                </section>
              ) : !signedIn ? (
                <SignInPanel auth={auth} state={state} error={error} />
              ) : (
                <Suspense fallback={<Spinner label={t.loading} />}>
                  {surface.kind === 'meetingTab' ? (
                    <MeetingTab
                      graph={graph}
                      host={host}
                      chatId={surface.chatId}
                      me={person}
                      retries={retries ?? SILENT}
                    />
                  ) : surface.kind === 'sidePanel' && LoadedSidePanel ? (
                    <LoadedSidePanel
                      graph={graph}
                      host={host}
                      chatId={surface.chatId}
                      me={person}
                    />
                  ) : surface.kind === 'sidePanel' ? (
                    <SidePanel graph={graph} host={host} chatId={surface.chatId} me={person} />
                  ) : (
                    <SignedIn
                      user={account?.username ?? ''}
                      person={person}
                      graph={graph}
                      retries={retries}
                    />
                  )}
                </Suspense>
              )}
            </main>
          </div>
        </RootErrorBoundary>
      </LocaleProvider>
    </FluentProvider>
  );
}
