// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useReducer } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { plannerReducer } from '../../app/planner';
import { aCoveredPlan } from '../../domain/testBuilders.testSupport';
import { LocaleProvider } from '../StringsContext';
import { MeetingDetailsCard } from './MeetingDetailsCard';

function Details() {
  const [state, dispatch] = useReducer(plannerReducer, { plan: aCoveredPlan() });
  return <MeetingDetailsCard plan={state.plan} refused={state.refused} dispatch={dispatch} />;
}

// Unmounted before jsdom goes: Fluent's focus manager still watches the page.
afterEach(cleanup);

describe('the meeting’s title', () => {
  it('refuses a title past Outlook’s subject with a message at the field, and keeps the one before', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider value="da">
          <Details />
        </LocaleProvider>
      </FluentProvider>,
    );
    const title = document.getElementById('meeting-title') as HTMLInputElement;
    fireEvent.change(title, { target: { value: 'y'.repeat(255) } });
    expect(title.value).toBe('y'.repeat(255));
    expect(screen.queryByText(/Titlen kan højst være 255 tegn/)).toBeNull();
    fireEvent.change(title, { target: { value: 'y'.repeat(256) } });
    expect(
      screen.getByText(
        'Titlen kan højst være 255 tegn, så lang som emnefeltet i Outlook. Forkort den.',
      ),
    ).toBeTruthy();
    expect(title.value).toBe('y'.repeat(255));
    expect(title.getAttribute('aria-invalid')).toBe('true');
  });
});
