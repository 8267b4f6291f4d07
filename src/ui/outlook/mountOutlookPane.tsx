import { FluentProvider, Spinner, Title3 } from '@fluentui/react-components';
import { type ComponentType, lazy, Suspense, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import type { RetryFeed } from '../../app/retryFeed';
import type { AuthProvider } from '../../auth/authProvider';
import { localeFromTag } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import type { HostInfo } from '../../host/hostInfo';
import type { MeetingForm } from '../../host/outlook/meetingForm';
import type { EarlyFormPlan } from './formPlanReads';
import { RetryFeedContext } from '../RetryNotice';
import { RootErrorBoundary } from '../RootErrorBoundary';
import { LocaleProvider } from '../StringsContext';
import { STRINGS } from '../strings';
import { fluentTheme } from '../theme';
import { NestedAuthUnsupported } from './NestedAuthUnsupported';
import { PaneSignIn } from './PaneSignIn';
import { usePaneTheme } from './usePaneTheme';
import { useOutlookPaneStyles } from './useOutlookPaneStyles.styles';

/** The props both panes take (the attendee's leaves `early`, which only the organiser's reads). */
type PaneProps = {
  readonly form: MeetingForm;
  readonly graph: NetworkMeetingGraph;
  readonly early?: EarlyFormPlan | undefined;
};

// Each pane is a chunk of its own: an attendee's pane never loads the planner's cards.
const loadOrganiserPane = once(() =>
  import(/* webpackChunkName: "organiser-pane" */ './organiser/OrganiserPane').then((m) => ({
    default: m.OrganiserPane,
  })),
);
const loadAttendeePane = once(() =>
  import(/* webpackChunkName: "attendee-pane" */ './attendee/AttendeePane').then((m) => ({
    default: m.AttendeePane,
  })),
);
const OrganiserPane = lazy(loadOrganiserPane);
const AttendeePane = lazy(loadAttendeePane);

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}

/**
 * Loads the pane for `mode`. The page starts this as soon as it knows the mode, while it signs
 * in, and mounts the pane once both are done: the first screen then waits for the slower of the
 * two, not for both in turn, and never for React's pause before it reveals suspended content.
 */
export function loadPane(mode: MeetingForm['mode']): Promise<ComponentType<PaneProps>> {
  return (mode === 'organizer' ? loadOrganiserPane() : loadAttendeePane()).then((m) => m.default);
}

/** What the add-in page hands the pane once Outlook is ready. */
export interface OutlookPaneOptions {
  /** Outlook's meeting form: the organiser's draft (compose) or an attendee's invitation (read). */
  readonly form: MeetingForm;
  /** Outlook as a host: `kind: 'outlook'`, the display language, the mailbox as login hint. */
  readonly host: HostInfo;
  /** Whether Outlook offers nested app authentication (NestedAppAuth 1.1). */
  readonly nestedAuthSupported: boolean;
  /**
   * The sign-in: nested app authentication, or the demo tenant's; undefined when Outlook offers
   * no nested app authentication outside the demo, and the pane must say so
   * (`NestedAuthUnsupported`).
   */
  readonly auth: AuthProvider | undefined;
  readonly graph: NetworkMeetingGraph;
  readonly retries: RetryFeed;
  /**
   * The organiser's form plan as the page found it before the pane was drawn (`earlyFormPlan`);
   * otherwise the pane reads the form itself.
   */
  readonly early?: EarlyFormPlan | undefined;
  /** The pane itself when already loaded (`loadPane`); otherwise it is loaded lazily. */
  readonly pane?: ComponentType<PaneProps> | undefined;
}

/** The organiser's or the attendee's pane, in Outlook's language and the pane's theme. */
export function OutlookPane(props: OutlookPaneOptions) {
  const locale = localeFromTag(props.host.locale);
  const t = STRINGS[locale];
  const theme = usePaneTheme(props.host);
  const fluent = useMemo(() => fluentTheme(theme), [theme]);
  const styles = useOutlookPaneStyles();
  const { form, auth, graph } = props;
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.outlookDocumentTitle;
  }, [locale, t]);
  return (
    <FluentProvider theme={fluent} lang={locale} data-theme={theme}>
      <LocaleProvider value={locale}>
        <RetryFeedContext.Provider value={props.retries}>
          <div className={styles.page}>
            <main className={styles.main} data-pane={form.mode}>
              <Title3 as="h1" className={styles.heading}>
                {t.outlookPaneTitle}
              </Title3>
              {auth === undefined ? (
                <NestedAuthUnsupported />
              ) : (
                <RootErrorBoundary locale={locale}>
                  <PaneSignIn auth={auth} mailbox={form.mailboxAddress}>
                    {props.pane ? (
                      <props.pane form={form} graph={graph} early={props.early} />
                    ) : (
                      <Suspense fallback={<Spinner label={t.loading} />}>
                        {form.mode === 'organizer' ? (
                          <OrganiserPane form={form} graph={graph} early={props.early} />
                        ) : (
                          <AttendeePane form={form} graph={graph} />
                        )}
                      </Suspense>
                    )}
                  </PaneSignIn>
                </RootErrorBoundary>
              )}
            </main>
          </div>
        </RetryFeedContext.Provider>
      </LocaleProvider>
    </FluentProvider>
  );
}

/** Draws the organiser's or the attendee's pane into `element`. */
export function mountOutlookPane(element: HTMLElement, options: OutlookPaneOptions): void {
  createRoot(element).render(<OutlookPane {...options} />);
}
