import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rgb, screenshot } from './browser';
import { appUrl, browserFixture, harnessUrl, signIn, unconfiguredUrl } from './fixture';

const session = browserFixture();

interface Opened {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly tab: Frame;
  readonly errors: string[];
}

/** Opens the tab inside the harness as the given host. */
async function inHost(query: Record<string, string>, locale = 'da-DK'): Promise<Opened> {
  const page = await session.newPage({
    locale,
    viewport: { width: 1100, height: 720 },
  });
  const context = page.context();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const url = `${harnessUrl}/harness.html?${new URLSearchParams({ app: `${appUrl}/`, ...query })}`;
  // (a query may name another page of the app, e.g. the configuration page)
  await page.goto(url);
  const frame = await (await page.waitForSelector('iframe#tab')).contentFrame();
  if (!frame) throw new Error('The tab did not load in the harness');
  return { context, page, tab: frame, errors };
}

/** The background colour of the app's root, as the user sees it. */
function background(tab: Frame): Promise<string> {
  return tab
    .locator('[data-theme] > div')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
}

describe('the tab in its hosts', () => {
  it('runs in Teams in Danish with the dark theme, and tells Teams it is ready', async () => {
    const { context, page, tab, errors } = await inHost({
      host: 'Teams',
      locale: 'da-DK',
      theme: 'dark',
    });
    await tab.getByRole('heading', { name: 'Netværksmøder', level: 1 }).waitFor();
    expect(await tab.getByText('Kører i Microsoft Teams').count()).toBe(1);
    expect(await background(tab)).toBe(rgb(teamsDarkTheme.colorNeutralBackground2));
    await signIn(tab, /Signe Vestergaard/);
    await expect
      .poll(() => tab.getByTestId('signed-in-user').textContent())
      .toBe('Logget ind som Signe Vestergaard');
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('da');
    const hostMessages = await page.evaluate(
      () => (window as unknown as { __hostMessages: string[] }).__hostMessages,
    );
    expect(hostMessages).toEqual(
      expect.arrayContaining(['initialize', 'getContext', 'appInitialization.success']),
    );
    await screenshot(page, 'host-teams-da-dark');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs in Outlook in English with the light theme', async () => {
    const { context, page, tab, errors } = await inHost({
      host: 'Outlook',
      locale: 'en-GB',
      theme: 'default',
    });
    await tab.getByRole('heading', { name: 'Network meetings', level: 1 }).waitFor();
    expect(await tab.getByText('Running in Outlook').count()).toBe(1);
    expect(await tab.getByText('Demo: Egeskov Kommune').count()).toBe(1);
    expect(await background(tab)).toBe(rgb(teamsLightTheme.colorNeutralBackground2));
    await signIn(tab, /Birgitte Holm/);
    await expect
      .poll(() => tab.getByTestId('signed-in-user').textContent())
      .toBe('Signed in as Birgitte Holm');
    await tab.getByRole('heading', { name: 'Programmes' }).waitFor();
    await screenshot(page, 'host-outlook-en-light');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the host into high contrast while open', async () => {
    const { context, page, tab } = await inHost({
      host: 'Teams',
      locale: 'da-DK',
      theme: 'default',
    });
    await tab.getByRole('heading', { name: 'Netværksmøder', level: 1 }).waitFor();
    expect(await background(tab)).toBe(rgb(teamsLightTheme.colorNeutralBackground2));
    await page.evaluate(() =>
      (window as unknown as { setHostTheme(t: string): void }).setHostTheme('contrast'),
    );
    await expect
      .poll(() => background(tab))
      .toBe(rgb(teamsHighContrastTheme.colorNeutralBackground2));
    expect(await tab.locator('[data-theme="contrast"]').count()).toBe(1);
    await screenshot(page, 'host-teams-high-contrast');
    await context.close();
  });

  it('lets Teams save it as a meeting’s tab from its configuration page', async () => {
    const { context, page, tab } = await inHost({
      host: 'Teams',
      locale: 'da-DK',
      theme: 'default',
      app: `${appUrl}/?view=configure`,
    });
    await tab.getByRole('heading', { name: 'Tilføj Netværksmøder til mødet' }).waitFor();
    const messages = () =>
      page.evaluate(() => (window as unknown as { __hostMessages: string[] }).__hostMessages);
    await expect.poll(messages).toContain('settings.setValidityState');
    await page.evaluate(() => (window as unknown as { saveTab(): void }).saveTab());
    await expect.poll(messages).toContain('settings.setSettings');
    await expect.poll(messages).toContain('settings.save.success');
    await context.close();
  });

  it('carries on as in a browser when its frame’s parent never answers', async () => {
    const { context, page, tab, errors } = await inHost({ host: 'Teams', silent: '1' });
    await tab
      .getByRole('heading', { name: 'Netværksmøder', level: 1 })
      .waitFor({ timeout: 15_000 });
    expect(await tab.getByText('Kører i en browser').count()).toBe(1);
    expect(await tab.getByRole('button', { name: /Log ind som/ }).count()).toBe(1);
    await screenshot(page, 'host-silent-parent');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the tab in a plain browser, on the demo tenant', () => {
  it('signs in a demo person, shows their name, and keeps no token in localStorage', async () => {
    const page = await session.newPage({
      locale: 'da-DK',
      viewport: { width: 1100, height: 720 },
    });
    const context = page.context();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const started = Date.now();
    await page.goto(`${appUrl}/`);
    await page.getByRole('heading', { name: 'Netværksmøder', level: 1 }).waitFor();
    // No host to wait for: the first screen must not sit behind teams-js's timeout.
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await page.getByText('Kører i en browser').count()).toBe(1);
    const main = page.mainFrame();
    expect(await background(main)).toBe(rgb(teamsLightTheme.colorNeutralBackground2));
    await signIn(page, /Mads Nørgaard/);
    await expect
      .poll(() => page.getByTestId('signed-in-user').textContent())
      .toBe('Logget ind som Mads Nørgaard');
    const storage = await page.evaluate(() => ({
      local: Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k) ?? ''}`),
      session: Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k) ?? ''}`),
    }));
    expect(storage.local).toEqual([]);
    expect(storage.session).toEqual(['nm.demoUser=mads.noergaard@egeskov.example']);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('signed-in-user').textContent())
      .toBe('Logget ind som Mads Nørgaard');
    await screenshot(page, 'browser-demo-da');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches the demo to English and back from its sign-in card, and stays so once signed in', async () => {
    const page = await session.newPage({ locale: 'da-DK', viewport: { width: 1100, height: 720 } });
    await page.goto(`${appUrl}/`);
    await page.getByRole('link', { name: 'In English' }).click();
    await page.getByRole('heading', { name: 'Network meetings', level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await signIn(page, /Signe Vestergaard/);
    await expect
      .poll(() => page.getByTestId('signed-in-user').textContent())
      .toBe('Signed in as Signe Vestergaard');
    await page.reload();
    await page.getByRole('heading', { name: 'Network meetings', level: 1 }).waitFor();
    await page.goto(`${appUrl}/?lang=en`);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await page.getByRole('link', { name: 'På dansk' }).click();
    await page.getByRole('heading', { name: 'Netværksmøder', level: 1 }).waitFor();
    await page.context().close();
  });

  it('says what is missing, in a clear page, when a production build has no configuration', async () => {
    const page = await session.newPage({ locale: 'da-DK' });
    const context = page.context();
    await page.goto(`${unconfiguredUrl}/`);
    await page.getByRole('heading', { name: 'Appen mangler opsætning' }).waitFor();
    expect(await page.locator('code').allTextContents()).toEqual(['NM_CLIENT_ID', 'NM_APP_URL']);
    await screenshot(page, 'unconfigured-build-da');
    await context.close();
  });

  it('is served with a Content-Security-Policy that lets only Microsoft hosts frame it', async () => {
    const res = await fetch(`${appUrl}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toMatch(/frame-ancestors [^;]*https:\/\/teams\.microsoft\.com/);
    expect(csp).toMatch(/frame-ancestors [^;]*https:\/\/outlook\.office\.com/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await res.text();
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });
});
