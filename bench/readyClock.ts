import type { BrowserContext, Frame } from 'playwright-core';

/** What makes a screen usable: the first visible element matching `selector` whose text matches. */
export interface ReadyMark {
  /** A CSS selector for the candidates (`button`, `h2`, …). */
  readonly selector: string;
  /** Tested against each candidate's text, spaces collapsed and trimmed. */
  readonly text: RegExp;
}

/** The page global the clock writes to; read by `readyAt`. */
const GLOBAL = '__nmReadyAt';

/**
 * Starts, in every frame the context opens, a clock that records `performance.now()` at the DOM
 * change that first shows `mark`. Playwright's `waitFor` polls at 0, 20, 50, 100, 100 and then
 * every 500 ms, so the time it returns can lie up to half a second after the screen was ready:
 * that step, not the app, decided the ratios of two screens. The bench still waits with
 * Playwright's locator (the same condition, as a person would find it); this says when.
 */
export async function watchReady(context: BrowserContext, mark: ReadyMark): Promise<void> {
  // A string, not a function: tsx names functions with a helper the page does not have.
  const args = JSON.stringify([mark.selector, mark.text.source, mark.text.flags, GLOBAL]);
  await context.addInitScript(`(([selector, source, flags, global]) => {
    const pattern = new RegExp(source, flags);
    const shows = (el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const observer = new MutationObserver(() => {
      if (window[global] !== undefined) return;
      for (const el of document.querySelectorAll(selector)) {
        const text = (el.textContent || '').replace(/\\s+/g, ' ').trim();
        if (pattern.test(text) && shows(el)) {
          window[global] = performance.now();
          observer.disconnect();
          return;
        }
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  })(${args});`);
}

/**
 * When `frame` first showed its `watchReady` mark, in ms from the start of `from` (the frame's
 * own start unless given: a page around the frame counts from its own).
 */
export async function readyAt(frame: Frame, from: Frame = frame): Promise<number> {
  const [at, now, origin] = await frame.evaluate(
    (global) =>
      [
        (window as unknown as Record<string, number | undefined>)[global],
        performance.now(),
        performance.timeOrigin,
      ] as const,
    GLOBAL,
  );
  // Playwright saw the screen, so the clock must have: a miss means the mark and the locator
  // disagree, and the figure would be wrong.
  if (at === undefined || at > now) throw new Error(`The ready clock missed ${frame.url()}`);
  const fromOrigin = from === frame ? origin : await from.evaluate(() => performance.timeOrigin);
  return at + origin - fromOrigin;
}
