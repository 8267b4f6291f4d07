// PLACEHOLDER: helper "panes" replaces this file with the real organiser and attendee panes.
// It keeps the signature (`mountOutlookPane(element, options)`) and `OutlookPaneOptions`, which
// src/outlookPane.tsx (the add-in page's entry) calls; this stand-in only proves the page, the
// form and the host page work together in the browser tests.
import { Body1, FluentProvider, Title2, teamsLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { RetryFeed } from '../../app/retryFeed';
import type { AuthProvider } from '../../auth/authProvider';
import { localeFromTag } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import type { HostInfo } from '../../host/hostInfo';
import type { MeetingForm } from '../../host/outlook/meetingForm';
import { LocaleProvider, useStrings } from '../StringsContext';
import { NestedAuthUnsupported } from './NestedAuthUnsupported';

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
}

function PlaceholderPane({ form, auth }: OutlookPaneOptions) {
  const t = useStrings();
  const [subject, setSubject] = useState('');
  useEffect(() => {
    void form.getSubject().then((r) => setSubject(r.ok ? r.value : r.error.name));
  }, [form]);
  return (
    <main style={{ padding: 16, display: 'grid', gap: 8 }}>
      <Title2 as="h1">{t('outlookPaneTitle')}</Title2>
      <Body1 as="p">
        {t(form.mode === 'organizer' ? 'outlookOrganizerPane' : 'outlookAttendeePane')}
      </Body1>
      <Body1 as="p" data-testid="outlook-form-subject">
        {subject}
      </Body1>
      {auth === undefined && <NestedAuthUnsupported />}
    </main>
  );
}

/** Draws the organiser's or the attendee's pane into `element`. */
export function mountOutlookPane(element: HTMLElement, options: OutlookPaneOptions): void {
  const locale = localeFromTag(options.host.locale);
  element.ownerDocument.documentElement.lang = locale;
  createRoot(element).render(
    <FluentProvider theme={teamsLightTheme} lang={locale}>
      <LocaleProvider value={locale}>
        <PlaceholderPane {...options} />
      </LocaleProvider>
    </FluentProvider>,
  );
}
