/**
 * Every screen from a meeting's side panel (320 px) to a laptop (1280 px): no sideways scroll,
 * Send and the findings within reach, tables as cards where they do not fit. One page is resized
 * through the widths; axe runs at the narrowest in the three themes.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MeetingPlan } from '../../src/domain';
import { violationsInThemes } from './axeThemes';
import { brokenWords } from './brokenWords';
import { SCREENSHOTS, screenshot } from './browser';
import { browserFixture, coveredDemoPlan, signInAs, signInWithDraft } from './fixture';

const WIDTHS = [320, 400, 768, 1280] as const;
// axe at 1280 px in the three themes is a11y.e2e.test.ts's (every screen of the organiser's
// flow) and invitations.e2e.test.ts's; here the narrowest, where the layout differs.
const AXE_WIDTHS: ReadonlySet<number> = new Set([320]);
const DATE = '2027-09-16';
const VICE = /Mads Nørgaard/;

const fixture = browserFixture();

/** What sticks out to the right of the window: the innermost such elements, for the message. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll('body *')].filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.right > width + 0.5;
    });
    return out
      .filter((e) => !out.some((o) => o !== e && e.contains(o)))
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}#${e.id} ${e.textContent?.slice(0, 40) ?? ''}`);
  });
}

/**
 * Resizes the page through every width: at each, the page must not scroll sideways nor break a
 * word inside the word; a screenshot
 * is taken, and at 320 px axe runs in light, dark and high contrast. `check` runs at each
 * width for what that screen must show there.
 */
async function acrossWidths(
  page: Page,
  screen: string,
  check?: (width: number) => Promise<void>,
): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    // Let media queries and what they re-render settle.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    // Soft: one run tells every screen and width that scrolls, not only the first.
    expect
      .soft(
        { screen, width, sideways: scrollWidth > innerWidth },
        `${screen} at ${width}px is ${scrollWidth}px wide: ${(await overflowing(page)).join(' | ')}`,
      )
      .toEqual({ screen, width, sideways: false });
    // Nor is anything cut off at the right edge by a box that hides its overflow.
    expect.soft(await overflowing(page), `${screen} at ${width}px: cut off`).toEqual([]);
    // Nor is a word broken inside the word ("Accept|eret"): a column too narrow for its words.
    expect.soft(await brokenWords(page), `${screen} at ${width}px: words broken`).toEqual([]);
    await check?.(width);
    await screenshot(page, `responsive-${screen}-${width}`);
    if (AXE_WIDTHS.has(width)) {
      expect.soft(await violationsInThemes(page), `${screen} at ${width}px`).toEqual([]);
    }
  }
}

/** A covered plan with its title cleared and a TR seat left empty: two errors in two sections. */
function planWithTwoErrors(): { plan: MeetingPlan; trName: string } {
  const covered = coveredDemoPlan(`responsive-${Date.now()}`, DATE);
  const [first, ...rest] = covered.presentingWorkplaces;
  if (!first?.trio.tr) throw new Error('the demo plan has a TR');
  return {
    trName: first.trio.tr.name,
    plan: {
      ...covered,
      // Blank in Danish only: typing a Danish title is then all it takes.
      title: { ...covered.title, da: '' },
      presentingWorkplaces: [{ ...first, trio: { ...first.trio, tr: undefined } }, ...rest],
      invitees: covered.invitees.filter(
        (i) => !(i.workplaceId === first.id && i.roles.includes('tr')),
      ),
    },
  };
}

describe('responsive, 320–1280 px', () => {
  it('never scrolls sideways on any screen, keeps Send and the findings in reach, and passes axe', async () => {
    const context = await fixture.browser.newContext({
      locale: 'da-DK',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const { plan, trName } = planWithTwoErrors();
    await signInWithDraft(page, plan);
    const resume = page.getByRole('button', { name: /^Fortsæt kladden/ });
    await resume.waitFor();
    await page.getByRole('heading', { name: 'Møder, du arrangerer' }).waitFor();

    // The header wraps: "Log ud" stays on screen at every width.
    await acrossWidths(page, 'start', async (width) => {
      const box = await page.getByRole('button', { name: 'Log ud' }).boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0), `Log ud at ${width}px`).toBeLessThanOrEqual(width);
    });

    await page.setViewportSize({ width: 1280, height: 800 });
    await resume.click();
    const coverage = page.getByTestId('coverage');
    await coverage.locator('[data-code="trio-incomplete"]').waitFor();
    const bar = page.getByTestId('action-bar');
    const meeting = page.locator('section[data-section="meeting"]');
    const workplaces = page.locator('section[data-section="workplaces"]');

    // Each section's header tells what is left in it.
    expect(await meeting.getByTestId('section-tally').textContent()).toBe('1 fejl');
    expect(await workplaces.getByTestId('section-tally').textContent()).toBe('1 fejl');
    expect(
      await page
        .locator('section[data-section="invitation"]')
        .getByTestId('section-tally')
        .textContent(),
    ).toBe('Intet at rette');

    await acrossWidths(page, 'planner', async (width) => {
      if (width <= 768) {
        // Narrow: the findings are below the form, Send sits at the window's bottom, with the
        // number of errors, and takes the organiser to the findings.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({
          path: path.join(SCREENSHOTS, `responsive-planner-bar-${width}.png`),
        });
        const send = bar.getByRole('button', { name: 'Send invitation (2 fejl)' });
        const box = await send.boundingBox();
        expect((box?.y ?? 0) + (box?.height ?? 0), `the bar at ${width}px`).toBeLessThanOrEqual(
          800,
        );
        await send.click();
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.id))
          .toBe('coverage-heading');
        const heading = await page.locator('#coverage-heading').boundingBox();
        expect(heading?.y ?? -1).toBeGreaterThanOrEqual(0);
        expect(heading?.y ?? 900).toBeLessThan(800);
      } else {
        // Wide: the findings and Send stand beside the form, as before; no bar.
        expect(await bar.isVisible()).toBe(false);
        const form = await meeting.boundingBox();
        const findings = await coverage.boundingBox();
        expect(findings?.x ?? 0).toBeGreaterThan((form?.x ?? 0) + (form?.width ?? 0));
      }
    });

    // A section closes and opens; Fix opens the closed section it is fixed in.
    await page.setViewportSize({ width: 400, height: 800 });
    const toggle = workplaces.getByRole('button', { name: /Præsenterende arbejdspladser/ });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#workplace-search').isVisible()).toBe(false);
    await screenshot(page, 'responsive-planner-closed-400');
    await coverage
      .locator('[data-code="trio-incomplete"]')
      .getByRole('button', { name: /^Ret:/ })
      .click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
      .toMatch(/^seat-.+-tr$/);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.type(trName);
    await page.getByRole('option', { name: new RegExp(`^${trName}`) }).click();
    await expect.poll(() => bar.getByRole('button').textContent()).toBe('Send invitation (1 fejl)');

    // The invitation preview fits its width.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Vis invitationen' }).click();
    const frame = page.locator('#invite-preview');
    await frame.scrollIntoViewIfNeeded();
    await acrossWidths(page, 'preview', async (width) => {
      await frame.scrollIntoViewIfNeeded();
      const inner = await (await frame.elementHandle())?.contentFrame();
      const fits = await inner?.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      );
      expect(fits, `the invitation inside its frame at ${width}px`).toBe(true);
    });

    // The last error fixed, Send from the bar at 320 px.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.locator('#meeting-title').fill('Netværksmøde, smalt vindue');
    await expect
      .poll(() =>
        coverage
          .locator('li[data-code]')
          .evaluateAll((items) => items.map((i) => i.getAttribute('data-code'))),
      )
      .not.toContain('title-empty');
    const send = bar.getByRole('button', { name: 'Send invitation' });
    await expect.poll(() => send.textContent()).toBe('Send invitation');
    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();
    await screenshot(page, 'responsive-sent-320');

    // The follow-up: actions in three groups, cancel apart in the danger style; answers as cards.
    await page.getByRole('button', { name: 'Følg op på mødet' }).click();
    const answers = page.getByTestId('role-attendance');
    await answers.waitFor();
    await acrossWidths(page, 'follow-up', async (width) => {
      expect(await answers.getAttribute('data-layout')).toBe(width < 600 ? 'cards' : 'table');
    });
    const groups = page.getByTestId('follow-up-actions').getByRole('group');
    expect(await groups.evaluateAll((g) => g.map((e) => e.getAttribute('aria-label')))).toEqual([
      'Handlinger',
      'Andet',
      'Aflysning',
    ]);
    const cancel = page.getByRole('group', { name: 'Aflysning' }).getByRole('button');
    expect(await cancel.textContent()).toBe('Aflys mødet');
    const [colour, red] = await cancel.evaluate((b) => [
      getComputedStyle(b).color,
      getComputedStyle(b).getPropertyValue('--colorPaletteRedForeground1').trim(),
    ]);
    expect(colour).toBe(
      await page.evaluate((hex) => {
        const probe = document.createElement('span');
        probe.style.color = hex;
        document.body.append(probe);
        const rgb = getComputedStyle(probe).color;
        probe.remove();
        return rgb;
      }, red),
    );

    await cancel.click();
    await page.getByRole('dialog').waitFor();
    await acrossWidths(page, 'cancel-dialog');
    await page.getByRole('button', { name: 'Behold mødet' }).click();

    // The invitations list, as the vice-chair sees the meeting.
    await context.close();
    const viceContext = await fixture.browser.newContext({
      locale: 'da-DK',
      viewport: { width: 1280, height: 800 },
    });
    const vice = await viceContext.newPage();
    await signInAs(vice, VICE);
    await vice.getByText('Netværksmøde, smalt vindue').first().waitFor();
    await acrossWidths(vice, 'invitations');
    await viceContext.close();
  }, 400_000);
});
