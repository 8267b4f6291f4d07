import { afterEach } from 'vitest';

/**
 * Unmounts what a jsdom test rendered once the test ends. Vitest runs without globals, so
 * Testing Library cannot register this itself; without it React's scheduler could still run
 * after the file's jsdom is torn down and fail the whole run with "window is not defined".
 */
afterEach(async () => {
  if (typeof window === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
