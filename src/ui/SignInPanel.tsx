import {
  Body1,
  Button,
  Card,
  Dropdown,
  Field,
  Link,
  makeStyles,
  Option,
  Spinner,
  Subtitle1,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { AuthProvider } from '../auth/authProvider';
import { DemoAuthProvider } from '../auth/demoAuth';
import { useLocale } from './LocaleContext';
import { SHELL_STRINGS } from './shellStrings';

const useStyles = makeStyles({
  // Forced colours paint a link in the system's link colour, yet Chromium still reports the
  // theme's (high contrast's yellow, made for black) as its text colour: on a light system
  // palette that reads as yellow on white to whatever measures it. Declaring the system's own
  // link colour makes what is painted and what is reported one.
  language: {
    '@media (forced-colors: active)': {
      color: 'LinkText',
      ':hover': { color: 'LinkText' },
      ':active': { color: 'LinkText' },
    },
  },
});

/** This page's address asking for `lang`, its other parameters kept. */
function withLanguage(lang: 'da' | 'en'): string {
  const params = new URLSearchParams(window.location.search);
  params.set('lang', lang);
  return `?${params.toString()}`;
}

/** Sign-in: a demo person picker on the demo tenant, a sign-in button elsewhere. */
export function SignInPanel({
  auth,
  state,
  error,
}: {
  readonly auth: AuthProvider;
  readonly state: string;
  readonly error?: string | undefined;
}) {
  const locale = useLocale();
  const t = SHELL_STRINGS[locale];
  const styles = useStyles();
  const other = locale === 'da' ? 'en' : 'da';
  const [chosen, setChosen] = useState<string | undefined>();
  if (auth instanceof DemoAuthProvider) {
    const person =
      auth.people.find((p) => p.userPrincipalName === chosen) ?? auth.suggested ?? auth.people[0];
    return (
      <Card style={{ maxWidth: 480 }}>
        <Subtitle1 as="h2">{t.demoTitle}</Subtitle1>
        <Body1 as="p">{t.demoIntro}</Body1>
        {/* The demo's language switch: the page again, in the other language (`?lang=`). */}
        <Link className={styles.language} href={withLanguage(other)} lang={other}>
          {t.demoOtherLanguage}
        </Link>
        <Field label={t.demoPerson}>
          <Dropdown
            value={person ? `${person.displayName} – ${person.jobTitle ?? ''}` : ''}
            selectedOptions={person ? [person.userPrincipalName] : []}
            onOptionSelect={(_, data) => setChosen(data.optionValue)}
          >
            {auth.people.map((p) => (
              <Option
                key={p.userPrincipalName}
                value={p.userPrincipalName}
                text={`${p.displayName} – ${p.jobTitle ?? ''}`}
              >
                {`${p.displayName} – ${p.jobTitle ?? ''}`}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button
          appearance="primary"
          disabled={!person}
          onClick={() => person && auth.signInAs(person)}
        >
          {t.demoSignIn({ name: person?.displayName ?? '' })}
        </Button>
      </Card>
    );
  }
  return (
    <Card style={{ maxWidth: 480 }}>
      <Body1 as="p">{t.signInIntro}</Body1>
      {state === 'signingIn' ? <Spinner label={t.signingIn} /> : null}
      {state === 'failed' ? (
        <Body1 role="alert">{t.signInFailed({ reason: error ?? '' })}</Body1>
      ) : null}
      <Button
        appearance="primary"
        onClick={() => void auth.signIn()}
        disabled={state === 'signingIn'}
      >
        {t.signIn}
      </Button>
    </Card>
  );
}
