import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { violationsInThemes, wcagAxe } from './axeThemes';
import { screenshot } from './browser';
import { appUrl, browserFixture, coveredDemoPlan, harnessUrl, signInWithDraft } from './fixture';

const session = browserFixture();

async function violations(page: Page): Promise<string[]> {
  // The invite preview is a sandboxed frame no script may enter; its HTML is checked on its own.
  const result = await wcagAxe(page)
    .exclude('#invite-preview')
    // Tabster's focus sentinels (Fluent's Dialog) are aria-hidden by design and never read.
    .exclude('[data-tabster-dummy]')
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('accessibility (axe, WCAG 2.1 AA)', () => {
  it('finds no violation on the sign-in and start screens, in every theme', async () => {
    const page = await session.newPage({
      locale: 'da-DK',
      viewport: { width: 1100, height: 720 },
      reducedMotion: 'reduce',
    });
    const context = page.context();
    await page.goto(`${appUrl}/`);
    await page.getByRole('button', { name: /Log ind som/ }).waitFor();
    expect(await violationsInThemes(page)).toEqual([]);
    await page.getByRole('button', { name: /Log ind som/ }).press('Enter');
    await page.getByRole('heading', { name: 'Programmer' }).waitFor();
    expect(await violationsInThemes(page)).toEqual([]);
    await screenshot(page, 'a11y-home');
    await context.close();
  });

  it('finds no violation inside Teams with its high-contrast theme', async () => {
    const page = await session.newPage({
      locale: 'da-DK',
      viewport: { width: 1100, height: 720 },
    });
    const context = page.context();
    const query = new URLSearchParams({
      app: `${appUrl}/`,
      host: 'Teams',
      locale: 'da-DK',
      theme: 'contrast',
    });
    await page.goto(`${harnessUrl}/harness.html?${query}`);
    const tab = await (await page.waitForSelector('iframe#tab')).contentFrame();
    await tab?.getByRole('button', { name: /Log ind som/ }).waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'a11y-teams-contrast-signin');
    await context.close();
  });

  it('signs in with the keyboard alone', async () => {
    const page = await session.newPage({ locale: 'da-DK' });
    const context = page.context();
    await page.goto(`${appUrl}/`);
    await page.getByRole('combobox').waitFor();
    // The language switch comes first, where someone who reads no Danish looks for it; the
    // choice of person is the next stop.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => {
        const focused = document.activeElement;
        return [focused?.tagName, focused?.textContent, focused?.getAttribute('lang')];
      }),
    ).toEqual(['A', 'In English', 'en']);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'combobox',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('signed-in-user').waitFor();
    expect(await page.getByTestId('signed-in-user').textContent()).toMatch(/^Logget ind som /);
    await context.close();
  });

  it("finds no violation on any screen of the organiser's flow, in every theme", async () => {
    const page = await session.newPage({ reducedMotion: 'reduce' });
    const context = page.context();
    // A draft with a TRIO seat left empty, so findings, their Fix buttons and an empty seat show.
    const covered = coveredDemoPlan(`a11y-${Date.now()}`);
    const [first, ...rest] = covered.presentingWorkplaces;
    const plan = first
      ? {
          ...covered,
          presentingWorkplaces: [{ ...first, trio: { ...first.trio, tr: undefined } }, ...rest],
          invitees: covered.invitees.filter(
            (i) => !(i.workplaceId === first.id && i.roles.includes('tr')),
          ),
        }
      : covered;
    await signInWithDraft(page, plan);
    await page.getByRole('button', { name: /^Fortsæt kladden/ }).waitFor();
    await page.getByRole('heading', { name: 'Møder, du arrangerer' }).waitFor();
    expect(await violationsInThemes(page)).toEqual([]);

    await page.getByRole('button', { name: /^Fortsæt kladden/ }).click();
    await page.getByTestId('coverage').locator('[data-code="trio-incomplete"]').waitFor();
    await page.getByRole('button', { name: 'Vis invitationen' }).click();
    await page.locator('#invite-preview').waitFor();
    expect(await violationsInThemes(page)).toEqual([]);
    // The invite is an e-mail body, the same in every theme: checked once.
    const invite = await context.newPage();
    await invite.setContent((await page.locator('#invite-preview').getAttribute('srcdoc')) ?? '');
    expect(await violations(invite)).toEqual([]);
    await invite.close();
    // Open lists are screens too: the role picker and a group search with its results.
    await page.locator('#invite-role').click();
    await page.getByRole('listbox').waitFor();
    expect(await violationsInThemes(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('#group-search').click();
    await page.locator('#group-search').fill('H-MED');
    await page.getByRole('option', { name: /^H-MED/ }).waitFor();
    expect(await violationsInThemes(page)).toEqual([]);
    await screenshot(page, 'a11y-planner');
    await page.keyboard.press('Escape');

    // Fix the seat, then send: the sent state is a screen too.
    await page
      .getByTestId('coverage')
      .locator('[data-code="trio-incomplete"]')
      .getByRole('button')
      .click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
      .toMatch(/^seat-.+-tr$/);
    await page.keyboard.type(first?.trio.tr?.name ?? '');
    await page.getByRole('option', { name: new RegExp(`^${first?.trio.tr?.name ?? ''}`) }).click();
    const send = page.getByRole('button', { name: 'Send invitation' });
    await expect.poll(() => send.getAttribute('aria-disabled')).not.toBe('true');
    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();
    expect(await violationsInThemes(page)).toEqual([]);
    await screenshot(page, 'a11y-planner-sent');

    // Following it up: the start screen's list, the dashboard and its cancel dialog.
    await page.getByRole('button', { name: 'Tilbage' }).click();
    const followUp = page.getByRole('button', { name: /^Følg op: .*22\. april 2027/ }).first();
    await followUp.waitFor();
    expect(await violationsInThemes(page)).toEqual([]);
    await followUp.click();
    await page.getByTestId('role-attendance').waitFor();
    expect(await violationsInThemes(page)).toEqual([]);
    await page.getByRole('button', { name: 'Aflys mødet' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await violationsInThemes(page)).toEqual([]);
    await screenshot(page, 'a11y-follow-up-cancel');
    await context.close();
  }, 150_000);
});
