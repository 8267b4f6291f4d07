// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RootErrorBoundary } from './RootErrorBoundary';

/** A screen whose effect throws the first time it is drawn, as a draft too large once did. */
function Fragile(props: { readonly failures: { left: number } }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (props.failures.left > 0) {
      props.failures.left -= 1;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    setShown(true);
  }, [props.failures]);
  return <p>{shown ? 'Startskærmen' : '…'}</p>;
}

function drawn(locale: 'da' | 'en', failures: { left: number }) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RootErrorBoundary locale={locale} onError={() => undefined}>
        <Fragile failures={failures} />
      </RootErrorBoundary>
    </FluentProvider>,
  );
}

// Unmounted before jsdom goes: Fluent's focus manager still watches the page.
afterEach(cleanup);

describe('the root error boundary', () => {
  it('shows a Danish message with a way back instead of a blank tab, and goes back to the start', async () => {
    // React reports the caught error to the console as well; that is expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    drawn('da', { left: 1 });
    expect(await screen.findByText('Noget gik galt')).toBeTruthy();
    expect(screen.getByText(/QuotaExceededError: The quota has been exceeded\./)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tilbage til start' }));
    });
    expect(await screen.findByText('Startskærmen')).toBeTruthy();
    expect(screen.queryByText('Noget gik galt')).toBeNull();
    quiet.mockRestore();
  });

  it('speaks English when the host does', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    drawn('en', { left: 1 });
    expect(await screen.findByText('Something went wrong')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Back to the start' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    quiet.mockRestore();
  });
});
