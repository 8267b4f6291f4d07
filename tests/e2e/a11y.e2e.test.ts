import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';

const appUrl = inject('appUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const THEMES = [
  { name: 'light', options: { colorScheme: 'light' as const } },
  { name: 'dark', options: { colorScheme: 'dark' as const } },
  { name: 'high-contrast', options: { forcedColors: 'active' as const } },
];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('accessibility (axe, WCAG 2.1 AA)', () => {
  for (const theme of THEMES) {
    it(`finds no violation on the sign-in and start screens, ${theme.name}`, async () => {
      const context = await browser.newContext({
        locale: 'da-DK',
        viewport: { width: 1100, height: 720 },
        ...theme.options,
      });
      const page = await context.newPage();
      await page.goto(`${appUrl}/`);
      await page.getByRole('button', { name: /Log ind som/ }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: /Log ind som/ }).press('Enter');
      await page.getByRole('heading', { name: 'Programmer' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await screenshot(page, `a11y-home-${theme.name}`);
      await context.close();
    });
  }

  it('finds no violation inside Teams with its high-contrast theme', async () => {
    const context = await browser.newContext({
      locale: 'da-DK',
      viewport: { width: 1100, height: 720 },
    });
    const page = await context.newPage();
    const query = new URLSearchParams({
      app: `${appUrl}/`,
      host: 'Teams',
      locale: 'da-DK',
      theme: 'contrast',
    });
    await page.goto(`${inject('harnessUrl')}/harness.html?${query}`);
    const tab = await (await page.waitForSelector('iframe#tab')).contentFrame();
    await tab?.getByRole('button', { name: /Log ind som/ }).waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'a11y-teams-contrast-signin');
    await context.close();
  });

  it('signs in with the keyboard alone', async () => {
    const context = await browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(`${appUrl}/`);
    await page.getByRole('combobox').waitFor();
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
});
