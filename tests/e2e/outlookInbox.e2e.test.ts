import { describe, expect, it } from 'vitest';
import { demoTokenFor } from '../../src/auth/demoToken';
import { bookingFromPlan } from '../../src/domain';
import { createEventBody } from '../../src/graph/eventMapping';
import { violationsInThemes } from './axeThemes';
import { screenshot } from './browser';
import {
  appUrl,
  browserFixture,
  CHAIR,
  coveredDemoPlan,
  emulatorUrl,
  ORGANISER,
  outlookHostUrl,
} from './fixture';
import { openOutlook, outlook } from './outlookHost';

const urls = { appUrl, outlookHostUrl };
const session = browserFixture();

/** Calls the emulator's Graph as a demo user, as Outlook or another client would. */
async function graphAs<T>(address: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${emulatorUrl}/v1.0${path}`, {
    method,
    headers: {
      authorization: `Bearer ${demoTokenFor(address)}`,
      'content-type': 'application/json',
      prefer: 'outlook.timezone="UTC"',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status).toBeLessThan(300);
  return (res.status === 202 || res.status === 204 ? undefined : await res.json()) as T;
}

describe('the attendee’s pane beside the invitation in the inbox', () => {
  it('finds the meeting the request is about in my calendar, shows my part, and my answer reaches the organiser', async () => {
    const plan = coveredDemoPlan('outlook-inbox-1', '2027-06-17');
    const event = await graphAs<{ id: string; iCalUId: string }>(
      ORGANISER,
      'POST',
      '/me/events',
      createEventBody(bookingFromPlan(plan, 'da')),
    );
    // The chair's copy, as Exchange put it in her calendar when the request arrived: the
    // request in her inbox carries the same start and body.
    const copies = await graphAs<{
      value: { id: string; start: { dateTime: string }; body: { content: string } }[];
    }>(CHAIR, 'GET', `/me/events?$filter=${encodeURIComponent(`iCalUId eq '${event.iCalUId}'`)}`);
    const copy = copies.value[0];
    if (!copy) throw new Error('the chair has no copy');
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      mode: 'attendee',
      item: 'meetingRequest',
      user: CHAIR,
      // A message's id: Graph knows no event by it.
      itemId: 'AAMkADRequest+Message/1',
      start: `${copy.start.dateTime.slice(0, 19)}Z`,
      wait: '1',
    });
    await page.evaluate((body) => {
      (window as unknown as { __outlook: { setState(p: object): void } }).__outlook.setState({
        body,
      });
    }, copy.body.content);
    await outlook(page, (o) => o.openPane());
    const frame = await pane();
    await expect.poll(() => frame.getByTestId('my-roles').textContent()).toMatch(/MED-formand/);
    await frame.getByTestId('please-confirm').waitFor();
    expect(await outlook(page, (o) => o.calls())).toContain('body.getAsync');
    await screenshot(page, 'outlook-inbox-1-request');
    expect(await violationsInThemes(page, { frame, selector: 'iframe#pane' })).toEqual([]);

    await frame.getByRole('button', { name: 'Jeg deltager' }).click();
    await expect.poll(() => frame.getByTestId('my-answer').textContent()).toMatch(/Accepteret/);
    const read = await graphAs<{
      attendees: { emailAddress: { address: string }; status: { response: string } }[];
    }>(ORGANISER, 'GET', `/me/events/${event.id}`);
    expect(read.attendees.find((a) => a.emailAddress.address === CHAIR)?.status.response).toBe(
      'accepted',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says an ordinary mail is no invitation', async () => {
    const { context, pane, errors } = await openOutlook(session.browser, urls, {
      mode: 'attendee',
      item: 'message',
      user: CHAIR,
      subject: 'Frokost på fredag',
      itemId: 'AAMkADSomeMail',
    });
    const frame = await pane();
    await expect
      .poll(() => frame.getByTestId('not-meeting').textContent())
      .toMatch(/ikke en mødeinvitation/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
