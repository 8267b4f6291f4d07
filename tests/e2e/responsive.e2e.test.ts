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

/**
 * Form controls in `container` that touch or overlap one on the same line (a dropdown run into
 * the next field): pairs closer than 4 px side by side, by id or kind.
 */
function touchingControls(page: Page, container: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`no ${selector}`];
    const all = [
      ...root.querySelectorAll(
        '.fui-Dropdown, .fui-TagPickerControl, .fui-Combobox, .fui-Input, .fui-SpinButton, button',
      ),
    ].filter((e) => e.getBoundingClientRect().width > 0);
    const controls = all.filter((e) => !all.some((o) => o !== e && o.contains(e)));
    const name = (e: Element) =>
      e.id || e.querySelector('[id]')?.id || e.textContent?.trim().slice(0, 20) || e.className;
    const found: string[] = [];
    controls.forEach((a, i) => {
      const x = a.getBoundingClientRect();
      for (const b of controls.slice(i + 1)) {
        const y = b.getBoundingClientRect();
        const sameLine = x.top < y.bottom && y.top < x.bottom;
        const gap = Math.max(y.left - x.right, x.left - y.right);
        if (sameLine && gap < 4) found.push(`${name(a)} | ${name(b)} (${Math.round(gap)} px)`);
      }
    });
    return found;
  }, container);
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

    // Find a time: the plan's own time first, then slots whose text keeps the width of the card
    // (the button goes under it when narrow) and whose badges hold their words.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Find tider' }).click();
    const slots = page.getByTestId('slots');
    await slots.locator('li').first().waitFor();
    await page.getByTestId('own-time').scrollIntoViewIfNeeded();
    await acrossWidths(page, 'find-time', async (width) => {
      const cramped = await slots.locator('li').evaluateAll((items) =>
        items.flatMap((li) => {
          const text = li.firstElementChild?.getBoundingClientRect().width ?? 0;
          const own = li.getBoundingClientRect().width;
          // The text of a slot has at least two thirds of the slot, whatever the width.
          return text < (own * 2) / 3 ? [`${li.getAttribute('data-date')}: ${text} of ${own}`] : [];
        }),
      );
      expect.soft(cramped, `slot text squeezed at ${width}px`).toEqual([]);
      const spilling = await page
        .locator('[data-testid="slots"] .fui-Badge, [data-testid="own-time"] .fui-Badge')
        .evaluateAll((badges) =>
          badges.flatMap((b) =>
            b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1
              ? [b.textContent ?? '']
              : [],
          ),
        );
      expect.soft(spilling, `badges running out of their box at ${width}px`).toEqual([]);
    });

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
    // Sent: the planner is gone, and the screen says changes go through the follow-up.
    expect(await page.locator('#meeting-title').count()).toBe(0);
    expect(await page.getByText('Kladden er gemt').count()).toBe(0);
    expect(await page.getByTestId('changes-through-follow-up').textContent()).toMatch(
      /^Planen kan ikke længere ændres her.* laves under opfølgning/,
    );
    await screenshot(page, 'responsive-sent-320');

    // The follow-up: actions in three groups, cancel apart in the danger style; answers as cards.
    await page.getByRole('button', { name: 'Følg op på mødet' }).click();
    const answers = page.getByTestId('role-attendance');
    await answers.waitFor();
    // "Erstat" says what to choose before anything is chosen.
    expect(await page.locator('#replace-who').textContent()).toBe('Vælg en inviteret');
    await acrossWidths(page, 'follow-up', async (width) => {
      expect(await answers.getAttribute('data-layout')).toBe(width < 600 ? 'cards' : 'table');
      expect
        .soft(
          await touchingControls(page, 'section[aria-labelledby="people-changes-heading"]'),
          `follow-up fields touching at ${width}px`,
        )
        .toEqual([]);
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
