/**
 * The Outlook panes at the widths Outlook gives a task pane (320–450 px): no screen may scroll
 * sideways or cut anything off at the right edge, in light, dark and forced colours, and axe
 * finds nothing at the narrowest and the widest. The host page's pane frame is resized in place,
 * as the user drags the pane's edge in Outlook.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROLE_LABELS } from '../../src/domain';
import { violationsInThemes } from './axeThemes';
import { screenshot } from './browser';
import { appUrl, browserFixture, CHAIR, outlookHostUrl } from './fixture';
import { openOutlook } from './outlookHost';

const urls = { appUrl, outlookHostUrl };
const session = browserFixture();
const WIDTHS = [320, 360, 400, 450] as const;
const AXE_WIDTHS: ReadonlySet<number> = new Set([320, 450]);
const THEMES = [
  { colorScheme: 'light', forcedColors: 'none' },
  { colorScheme: 'dark', forcedColors: 'none' },
  { colorScheme: 'light', forcedColors: 'active' },
] as const;

/** What sticks out to the right of the pane: the innermost such elements, for the message. */
function overflowing(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll('body *')].filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.right > width + 0.5;
    });
    return out
      .filter((e) => !out.some((o) => o !== e && e.contains(o)))
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${e.textContent?.slice(0, 40) ?? ''}`);
  });
}

/**
 * Resizes the pane frame through every width and theme: at each, the pane's page must not be
 * wider than the frame, nor anything in it reach past the frame's right edge; axe runs at the
 * narrowest and widest in the three themes.
 */
async function acrossWidths(page: Page, frame: Frame, screen: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.evaluate((w) => {
      const pane = document.querySelector<HTMLElement>('iframe#pane');
      if (pane) pane.style.width = `${w}px`;
    }, width);
    for (const theme of THEMES) {
      await page.emulateMedia({ ...theme, reducedMotion: 'reduce' });
      await frame.evaluate(
        (w) =>
          new Promise<void>((done) => {
            const settle = () =>
              requestAnimationFrame(() => requestAnimationFrame(() => done(undefined)));
            // The frame's border is 1 px: its document is the width given, less that.
            if (window.innerWidth <= w) settle();
            else addEventListener('resize', settle, { once: true });
          }),
        width,
      );
      const { scrollWidth, clientWidth } = await frame.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      const where = `${screen} at ${width}px, ${theme.colorScheme}/${theme.forcedColors}`;
      expect
        .soft(
          scrollWidth,
          `${where} is ${scrollWidth}px wide: ${(await overflowing(frame)).join(' | ')}`,
        )
        .toBeLessThanOrEqual(clientWidth);
      expect.soft(await overflowing(frame), `${where}: cut off`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: null });
    await screenshot(page, `outlook-narrow-${screen}-${width}`);
    if (AXE_WIDTHS.has(width)) {
      expect
        .soft(
          await violationsInThemes(page, { frame, selector: 'iframe#pane' }),
          `${screen} at ${width}px`,
        )
        .toEqual([]);
    }
  }
}

describe('the Outlook panes at narrow widths', () => {
  it('the organiser’s pane: the programme choice without the planner’s cards, then coverage with its messages and the cards, loaded then', async () => {
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      start: '2027-10-07T07:00:00.000Z',
      end: '2027-10-07T07:30:00.000Z',
    });
    // The planner's cards are a chunk of their own, fetched once there is a plan, not before.
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    const cards = () => scripts.filter((s) => s.startsWith('/organiser-cards.'));
    const frame = await pane();
    await frame.getByRole('button', { name: /^1\. netværksmøde/ }).waitFor();
    await acrossWidths(page, frame, 'organiser-choice');
    expect(cards()).toEqual([]);

    await frame.getByRole('button', { name: /^1\. netværksmøde/ }).click();
    await frame.getByTestId('coverage').locator('li[data-code]').first().waitFor();
    expect(cards()).toHaveLength(1);
    // Someone chosen who is not in the form yet: the write status's message bar shows.
    await frame.locator('#invite-role').click();
    await frame.getByRole('option', { name: ROLE_LABELS.medChair.da, exact: true }).click();
    const search = frame.locator('#person-search');
    await search.click();
    await search.fill('Birgitte');
    await frame
      .getByRole('option', { name: /^Birgitte Holm/ })
      .first()
      .click();
    await frame.getByTestId('write-status').waitFor();
    await acrossWidths(page, frame, 'organiser-plan');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('the sign-in window’s offer where nested app authentication is missing', async () => {
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      naa: 'false',
    });
    const frame = await pane();
    await frame.getByRole('button', { name: /Log ind i et vindue/ }).waitFor();
    await acrossWidths(page, frame, 'dialog-sign-in');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the attendee’s pane on a mail that is no invitation', async () => {
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      mode: 'attendee',
      item: 'message',
      user: CHAIR,
      subject: 'Referat fra sidste møde, med en lang overskrift der skal brydes pænt i ruden',
      itemId: 'AAMkADNarrowMail',
    });
    const frame = await pane();
    await frame.getByTestId('not-meeting').waitFor();
    await acrossWidths(page, frame, 'attendee-no-invitation');
    expect(errors).toEqual([]);
    await context.close();
  });
});
