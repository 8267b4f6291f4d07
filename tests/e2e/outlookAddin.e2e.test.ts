import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { appUrl, browserFixture, emulatorUrl, outlookHostUrl } from './fixture';
import { openOutlook, outlook } from './outlookHost';

const urls = { appUrl, outlookHostUrl };
const session = browserFixture();

describe('the add-in’s pane page in Outlook’s meeting form', () => {
  it('opens beside the organiser’s form, reads it through office.js, in Danish', async () => {
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      subject: 'Netværksmøde om trivsel',
    });
    const frame = await pane();
    await frame.getByRole('heading', { name: 'Netværksmøde', level: 1 }).waitFor();
    // The organiser's pane, signed in as the mailbox, has read the form's attendees and times.
    await frame.getByRole('button', { name: /^1\. netværksmøde/ }).waitFor();
    const calls = await outlook(page, (o) => o.calls());
    expect(calls).toContain('requiredAttendees.getAsync');
    expect(calls).toContain('start.getAsync');
    // office.js takes history's navigation away; the page must live without it.
    expect(await frame.evaluate(() => history.pushState === null)).toBe(true);
    await screenshot(page, 'outlook-pane-organiser-da');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens beside an attendee’s invitation in English', async () => {
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      mode: 'attendee',
      locale: 'en-GB',
      user: 'birgitte.holm@egeskov.example',
      subject: 'Network meeting',
      itemId: 'AAMk+copy/1',
    });
    const frame = await pane();
    await frame.getByRole('heading', { name: 'Network meeting', level: 1 }).waitFor();
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    // The attendee's pane reads its own copy through Graph, by the item's id made a REST id.
    await expect
      .poll(async () => {
        const res = await fetch(`${emulatorUrl}/_emulator/requests`);
        return ((await res.json()) as { path: string }[]).map((r) => r.path);
      })
      .toContain('/me/events/AAMk_copy-1');
    await screenshot(page, 'outlook-pane-attendee-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
