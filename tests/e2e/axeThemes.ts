/**
 * axe with WCAG 2.1 AA's rules, and in each of the themes the app follows: light, dark and forced
 * colours (high contrast).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';

/** The rules every axe check here runs: WCAG 2.1 A and AA. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe with WCAG 2.1 AA's rules on a page. Where there is no frame for axe to enter (the page has
 * none, or the caller excludes every one), axe runs in the page alone ("legacy mode"): the same
 * rules on the same document, without the blank page and second copy of axe that combining
 * frames' results needs (a second or more per check on two busy cores). Frames are entered as
 * before, including another origin's.
 */
export function wcagAxe(page: Page, options: { everyFrameExcluded?: boolean } = {}): AxeBuilder {
  const builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
  const frameless = options.everyFrameExcluded === true || page.frames().length === 1;
  return frameless ? builder.setLegacyMode() : builder;
}

const THEMES = [
  [{ colorScheme: 'light', forcedColors: 'none' }, '#ffffff'],
  [{ colorScheme: 'dark', forcedColors: 'none' }, '#292929'],
  [{ colorScheme: 'light', forcedColors: 'active' }, '#000000'],
] as const;

/**
 * axe's WCAG 2.1 AA violations on the page as it stands, in light, dark and forced colours,
 * switched in place (the app follows the browser's theme as it changes); light again after.
 */
export async function violationsInThemes(
  page: Page,
  pane?: { readonly frame: Frame; readonly selector: string },
): Promise<string[]> {
  const found: string[] = [];
  for (const [theme, background] of THEMES) {
    // Reduced motion: Fluent then skips its colour transitions, so axe sees the theme's colours.
    await page.emulateMedia({ ...theme, reducedMotion: 'reduce' });
    // Wait until Fluent has drawn the theme, on the page and on any dialog's portal.
    await (pane?.frame ?? page).waitForFunction(
      (want) =>
        [...document.querySelectorAll('.fui-FluentProvider')].every(
          (p) =>
            getComputedStyle(p)
              .getPropertyValue('--colorNeutralBackground1')
              .trim()
              .toLowerCase() === want,
        ),
      background,
    );
    // Tabster's focus sentinels (Fluent's Dialog) are aria-hidden by design and never read; the
    // invitation's programme is a sandboxed frame axe cannot enter.
    // An add-in pane is a frame of the host page: axe checks it, and only it.
    const result = await (
      pane
        ? wcagAxe(page)
            .include({ fromFrames: [pane.selector, 'body'] })
            .exclude({ fromFrames: [pane.selector, '[data-tabster-dummy]'] })
        : wcagAxe(page, { everyFrameExcluded: true })
            .exclude('[data-tabster-dummy]')
            .exclude('iframe')
    ).analyze();
    found.push(
      ...result.violations.map(
        (v) =>
          `${theme.colorScheme}/${theme.forcedColors} ${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`,
      ),
    );
  }
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: null });
  return found;
}

const HOST_THEMES = [
  ['default', { colorScheme: 'light', forcedColors: 'none' }, '#ffffff'],
  ['dark', { colorScheme: 'dark', forcedColors: 'none' }, '#292929'],
  ['contrast', { colorScheme: 'dark', forcedColors: 'active' }, '#000000'],
] as const;

/**
 * axe's WCAG 2.1 AA violations of the tab framed by the Teams host harness, in Teams' light, dark
 * and high-contrast themes, switched by the host as a user does in Teams' settings (high contrast
 * with forced colours on, the strictest); the host's light theme again after.
 */
export async function violationsInHostThemes(page: Page, tab: Frame): Promise<string[]> {
  const found: string[] = [];
  for (const [hostTheme, media, background] of HOST_THEMES) {
    await page.emulateMedia({ ...media, reducedMotion: 'reduce' });
    await page.evaluate(
      (theme) => (window as unknown as { setHostTheme(t: string): void }).setHostTheme(theme),
      hostTheme,
    );
    await tab.waitForFunction(
      (want) =>
        [...document.querySelectorAll('.fui-FluentProvider')].every(
          (p) =>
            getComputedStyle(p)
              .getPropertyValue('--colorNeutralBackground1')
              .trim()
              .toLowerCase() === want,
        ),
      background,
    );
    const result = await wcagAxe(page)
      .include({ fromFrames: ['iframe#tab', 'body'] })
      .exclude({ fromFrames: ['iframe#tab', '[data-tabster-dummy]'] })
      .analyze();
    found.push(
      ...result.violations.map(
        (v) => `${hostTheme} ${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`,
      ),
    );
  }
  await page.evaluate(() =>
    (window as unknown as { setHostTheme(t: string): void }).setHostTheme('default'),
  );
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: null });
  return found;
}
