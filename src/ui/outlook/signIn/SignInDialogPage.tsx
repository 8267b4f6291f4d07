import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title3,
} from '@fluentui/react-components';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { DemoAuthProvider } from '../../../auth/demoAuth';
import type { Locale } from '../../../domain';
import { SignInPanel } from '../../SignInPanel';
import { LocaleProvider, useStrings } from '../../StringsContext';
import { fluentTheme } from '../../theme';
import { useOutlookPaneStyles } from '../useOutlookPaneStyles.styles';

/** What the sign-in dialog shows. */
export type SignInDialogView =
  /** MSAL is on its way to Entra ID's sign-in page (or back from it). */
  | { readonly kind: 'redirecting' }
  /** The demo tenant: pick the demo person to sign in as, Outlook's mailbox first. */
  | { readonly kind: 'demo'; readonly auth: DemoAuthProvider }
  /** Signed in: the pane has the answer and closes this window. */
  | { readonly kind: 'done' }
  /** Opened outside an Office dialog, or office.js did not load. */
  | { readonly kind: 'noOffice'; readonly reason: string };

function Body({ view }: { readonly view: SignInDialogView }) {
  const t = useStrings();
  switch (view.kind) {
    case 'redirecting':
      return <Spinner label={t('signInDialogRedirecting')} />;
    case 'demo':
      return <SignInPanel auth={view.auth} state={view.auth.state} error={view.auth.error} />;
    case 'done':
      return <Body1 role="status">{t('signInDialogDone')}</Body1>;
    case 'noOffice':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('signInDialogNoOffice', { reason: view.reason })}</MessageBarBody>
        </MessageBar>
      );
  }
}

/**
 * The page Office's sign-in dialog opens (`/outlook-signin.html`) where Outlook offers no nested
 * app authentication: on its way to Entra ID's sign-in, or, on the demo tenant, the demo person
 * picker, in Outlook's language.
 */
export function SignInDialogPage(props: {
  readonly locale: Locale;
  readonly view: SignInDialogView;
}) {
  const styles = useOutlookPaneStyles();
  const t = useStrings();
  useEffect(() => {
    document.documentElement.lang = props.locale;
    document.title = t('signInDialogTitle');
  }, [props.locale, t]);
  return (
    <main className={styles.main}>
      <Title3 as="h1" className={styles.heading}>
        {t('signInDialogTitle')}
      </Title3>
      <Body view={props.view} />
    </main>
  );
}

/** Draws the dialog's page into `element`; call the returned function to show another view. */
export function mountSignInDialog(
  element: HTMLElement,
  locale: Locale,
): (view: SignInDialogView) => void {
  const root = createRoot(element);
  const theme = fluentTheme('default');
  return (view) =>
    root.render(
      <FluentProvider theme={theme} lang={locale}>
        <LocaleProvider value={locale}>
          <SignInDialogPage locale={locale} view={view} />
        </LocaleProvider>
      </FluentProvider>,
    );
}
