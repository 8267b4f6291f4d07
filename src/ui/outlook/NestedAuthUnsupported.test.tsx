// @vitest-environment jsdom
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../domain';
import { LocaleProvider } from '../StringsContext';
import { NestedAuthUnsupported } from './NestedAuthUnsupported';

afterEach(cleanup);

function inLocale(locale: Locale) {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <LocaleProvider value={locale}>
        <NestedAuthUnsupported />
      </LocaleProvider>
    </FluentProvider>,
  );
}

describe('the pane in an Outlook without nested app authentication', () => {
  it('says in Danish that sign-in is not possible here, and what to use instead', () => {
    inLocale('da');
    expect(screen.getByText('Outlook her kan ikke logge dig ind i Netværksmøder')).toBeTruthy();
    expect(screen.getByTestId('nested-auth-unsupported').textContent).toContain(
      'NestedAppAuth 1.1',
    );
    expect(screen.getByTestId('nested-auth-unsupported').textContent).toContain(
      'Outlook på nettet',
    );
  });

  it('says it in English in an English Outlook', () => {
    inLocale('en');
    expect(screen.getByText('Outlook here cannot sign you in to Netværksmøder')).toBeTruthy();
  });
});
