import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { appUrl, browserFixture, outlookHostUrl } from './fixture';
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
    await expect
      .poll(() => frame.getByTestId('outlook-form-subject').textContent())
      .toBe('Netværksmøde om trivsel');
    expect(await frame.getByText('Planlæg mødet i Outlooks mødeformular').count()).toBe(1);
    // office.js takes history's navigation away; the page must live without it.
    expect(await frame.evaluate(() => history.pushState === null)).toBe(true);
    expect(await outlook(page, (o) => o.calls())).toContain('subject.getAsync');
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
    expect(await frame.getByText('Your part of the meeting').count()).toBe(1);
    await expect
      .poll(() => frame.getByTestId('outlook-form-subject').textContent())
      .toBe('Network meeting');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'outlook-pane-attendee-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
