import { Body1, Title2 } from '@fluentui/react-components';
import type { Locale } from '../domain';
import { STRINGS } from './strings';

/** Shown instead of the app when a build lacks configuration: says exactly what is missing. */
export function MissingConfigPage({
  missing,
  locale,
}: {
  readonly missing: readonly string[];
  readonly locale: Locale;
}) {
  const t = STRINGS[locale];
  return (
    <main style={{ padding: 24, fontFamily: 'Segoe UI, sans-serif' }}>
      <Title2 as="h1">{t.missingConfigTitle}</Title2>
      <Body1 as="p">{t.missingConfigIntro}</Body1>
      <ul>
        {missing.map((name) => (
          <li key={name}>
            <code>{name}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
