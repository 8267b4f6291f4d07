import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { serveStatic } from './serveStatic';
import { startEmulator } from '../src/emulator/server';
import { coveredDemoPlan, signInWithDraft } from '../tests/e2e/drafts';

const emulator = await startEmulator({ port: 43110, anchor: '2027-03-01' });
const app = await serveStatic({ dir: 'test-results/e2e-app', port: 43111 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 }, forcedColors: 'active' });
const page = await context.newPage();
await signInWithDraft(page, 'http://127.0.0.1:43111', coveredDemoPlan('probe-1'));
await page.getByRole('button', { name: /^Fortsæt kladden/ }).click();
await page.getByRole('button', { name: 'Send invitation' }).click();
await page.getByText('Invitationen er sendt').waitFor();
const info = await page.evaluate(() => [...document.querySelectorAll('[role=status] a')].map((a) => {
  const cs = getComputedStyle(a);
  let bg = 'none'; let el: Element | null = a;
  while (el) { const b = getComputedStyle(el).backgroundColor; if (b !== 'rgba(0, 0, 0, 0)') { bg = `${el.tagName}.${el.className}: ${b}`; break; } el = el.parentElement; }
  return { color: cs.color, bg, fca: cs.forcedColorAdjust };
}));
console.log(JSON.stringify(info, null, 1));
const r = await new AxeBuilder({ page }).withTags(['wcag2aa']).exclude('#invite-preview').analyze();
for (const v of r.violations) for (const n of v.nodes) console.log(v.id, n.target.join(' '), n.failureSummary, JSON.stringify(n.any.map((a) => a.data)));
await browser.close(); await app.close(); await emulator.close();
