// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTokenFor } from '../auth/demoToken';
import { DEMO_PERSONAS } from './demoPersonas';
import { type EmulatorHarness, startHarness } from './harness.testSupport';
import { MAIL_VIEW_CSP } from './mailView';

/** The demo mailboxes read as mail: `GET /_emulator/mail` and `/_emulator/mail/{address}`. */
let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const HOSTILE_SUBJECT = 'Netværksmøde <script>window.pwned=1</script> & <b>fed</b>';
const HOSTILE_BODY =
  '<p>Program</p><ol><li>11.00 Velkomst</li></ol><script>parent.pwned=1</script><img src=x onerror="parent.pwned=2">';
const HOSTILE_PLACE = 'Rådhuset <i>sal 2</i>';

const as =
  (user: string) =>
  (p: string, init: RequestInit = {}) =>
    fetch(`${h.emulator.url}/v1.0${p}`, {
      ...init,
      headers: {
        authorization: `Bearer ${demoTokenFor(user)}`,
        'content-type': 'application/json',
      },
    });

async function page(path: string): Promise<{ res: Response; doc: Document }> {
  const res = await fetch(`${h.emulator.url}${path}`);
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  return { res, doc };
}

describe('the demo mailboxes as mail', () => {
  it('lists the five demo personas, each linking to their mailbox', async () => {
    const { res, doc } = await page('/_emulator/mail');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(MAIL_VIEW_CSP);
    const links = [...doc.querySelectorAll('[data-testid="personas"] tbody tr a')];
    expect(links).toHaveLength(DEMO_PERSONAS.length);
    expect(DEMO_PERSONAS).toHaveLength(5);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      DEMO_PERSONAS.map((p) => `/_emulator/mail/${encodeURIComponent(h.address(p.person))}`),
    );
    expect(links[0]?.textContent).toBe('Signe Vestergaard');
  });

  it('shows what a person received as the mail: subject, sender, time, place, the body rendered in a frame that runs nothing, and every text escaped', async () => {
    const chair = h.address('medChair');
    const booked = (await (
      await as(h.address('organiser'))('/me/events', {
        method: 'POST',
        body: JSON.stringify({
          subject: HOSTILE_SUBJECT,
          body: { contentType: 'html', content: HOSTILE_BODY },
          location: { displayName: HOSTILE_PLACE },
          start: { dateTime: '2027-05-06T11:00:00', timeZone: 'Romance Standard Time' },
          end: { dateTime: '2027-05-06T14:00:00', timeZone: 'Romance Standard Time' },
          attendees: [{ type: 'required', emailAddress: { address: chair, name: 'Birgitte' } }],
        }),
      })
    ).json()) as { id: string };
    const cancelled = await as(h.address('organiser'))(`/me/events/${booked.id}/cancel`, {
      method: 'POST',
      body: JSON.stringify({ comment: 'Aflyst <em>pga.</em> sygdom' }),
    });
    expect(cancelled.status).toBe(202);

    const { res, doc } = await page(`/_emulator/mail/${encodeURIComponent(chair)}`);
    expect(res.status).toBe(200);
    // Newest first: the cancellation, then the invitation.
    const mails = [...doc.querySelectorAll('article')];
    expect(mails.map((m) => m.getAttribute('data-kind'))).toEqual(['cancellation', 'request']);
    const invitation = mails[1] as HTMLElement;
    expect(invitation.querySelector('h2')?.textContent).toBe(`Mødeindkaldelse${HOSTILE_SUBJECT}`);
    const fields = Object.fromEntries(
      [...invitation.querySelectorAll('dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling?.textContent,
      ]),
    );
    expect(fields['Fra']).toBe(`Signe Vestergaard <${h.address('organiser')}>`);
    expect(fields['Mødet']).toBe('2027-05-06 11.00–14.00');
    expect(fields['Sted']).toBe(HOSTILE_PLACE);
    expect(mails[0]?.querySelector('[data-testid="comment"]')?.textContent).toBe(
      'Aflyst <em>pga.</em> sygdom',
    );

    // The body is the mail as delivered, rendered in a sandbox that lets no script run.
    const frame = invitation.querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toBe('allow-same-origin');
    const shown = new DOMParser().parseFromString(frame?.getAttribute('srcdoc') ?? '', 'text/html');
    expect(shown.querySelector('ol li')?.textContent).toBe('11.00 Velkomst');

    // Nothing anyone wrote became markup of the page: its one script is its own.
    expect(doc.querySelectorAll('b, i, em, img')).toHaveLength(0);
    expect([...doc.querySelectorAll('script')].map((s) => s.textContent)).toEqual([
      expect.stringContaining("querySelectorAll('iframe')"),
    ]);
    expect(MAIL_VIEW_CSP).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  });

  it('shows an answer with what was said, and no mailbox for an unknown address', async () => {
    const vice = h.address('medViceChair');
    const booked = (await (
      await as(h.address('organiser'))('/me/events', {
        method: 'POST',
        body: JSON.stringify({
          subject: 'Svar-prøve',
          start: { dateTime: '2027-05-07T11:00:00', timeZone: 'Romance Standard Time' },
          end: { dateTime: '2027-05-07T14:00:00', timeZone: 'Romance Standard Time' },
          attendees: [{ type: 'required', emailAddress: { address: vice, name: 'Niels' } }],
        }),
      })
    ).json()) as { iCalUId: string };
    const mailbox = (await (
      await fetch(`${h.emulator.url}/_emulator/mailboxes/${vice}`)
    ).json()) as {
      events: { id: string; iCalUId: string }[];
    };
    const copy = mailbox.events.find((e) => e.iCalUId === booked.iCalUId);
    const declined = await as(vice)(`/me/events/${copy?.id}/decline`, {
      method: 'POST',
      body: JSON.stringify({ comment: 'Syg', sendResponse: true }),
    });
    expect(declined.status).toBe(202);
    const { doc } = await page(`/_emulator/mail/${encodeURIComponent(h.address('organiser'))}`);
    const answer = doc.querySelector('article[data-kind="response"]');
    expect(answer?.querySelector('h2')?.textContent).toBe('SvarSvar-prøve');
    const said = [...(answer?.querySelectorAll('dt') ?? [])].find((d) => d.textContent === 'Svar');
    expect(said?.nextElementSibling?.textContent).toBe('Afvist');
    expect(answer?.querySelector('[data-testid="comment"]')?.textContent).toBe('Syg');

    const unknown = await page('/_emulator/mail/nobody%40example.org');
    expect(unknown.res.status).toBe(404);
    expect(unknown.doc.querySelector('h1')?.textContent).toBe(
      'Ingen postkasse for nobody@example.org',
    );
  });
});
