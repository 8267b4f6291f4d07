import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/domain';
import { screenshot } from './browser';
import { OrganiserSteps } from './organiser';
import { browserFixture, browserLocale, signInAs } from './fixture';

const session = browserFixture();

/** Counts the group-member reads the page sends, inside `$batch`es or alone. */
function countMemberReads(page: Page): () => number {
  let reads = 0;
  page.on('request', (request) => {
    const url = request.url();
    if (url.includes('/transitiveMembers')) reads += 1;
    if (request.method() === 'POST' && url.endsWith('/$batch')) {
      const body = request.postDataJSON() as { requests?: { url: string }[] } | null;
      reads += (body?.requests ?? []).filter((r) => r.url.includes('/transitiveMembers')).length;
    }
  });
  return () => reads;
}

describe('the TRIO groups, read once per session', () => {
  for (const locale of ['da', 'en'] as const satisfies readonly Locale[]) {
    it(`reads the three groups once for all workplaces, and again on demand (${locale})`, async () => {
      const page = await session.newPage({ locale: browserLocale(locale) });
      const context = page.context();
      const reads = countMemberReads(page);
      const steps = new OrganiserSteps(page, locale, `trio-groups-${locale}`);
      const t = steps.t;
      await signInAs(page, /Signe Vestergaard/);
      await page
        .getByRole('button', { name: new RegExp(`^${t.plan}: `) })
        .first()
        .click();
      await page.getByRole('heading', { name: t.plannerTitle }).waitFor();
      const again = page.getByRole('button', { name: t.trioGroupsReadAgain });
      // Nothing to read again before the groups are chosen.
      expect(await again.isDisabled()).toBe(true);

      await steps.chooseTrioGroups();
      for (const place of ['Hjemmeplejen Nord', 'Egeskov Skole', 'Vej og Park'])
        await steps.addWorkplace(place);
      // Each workplace's group, and the three TRIO groups once: 3 + 3, not 3 × 4.
      expect(reads()).toBe(6);
      const school = page.locator('li[data-workplace="Egeskov Skole"]');
      expect(await school.textContent()).not.toContain(t.seatEmpty);
      await steps.shot('three-workplaces');

      await again.click();
      await page.getByText(t.trioGroupsReadDone).waitFor();
      expect(reads()).toBe(9);
      await steps.shot('read-again');
      const shot = await screenshot(page, `trio-groups-${locale}-section`);
      await page
        .locator('section[aria-labelledby="trio-groups-heading"]')
        .screenshot({ path: shot });
      await steps.addWorkplace('Borgerservice');
      expect(reads()).toBe(10);
      expect(await page.getByText(t.trioGroupsReadDone).count()).toBe(0);
      await context.close();
    });
  }
});
