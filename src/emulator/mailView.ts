/**
 * The demo mailboxes as mail, for a person trying the demo: `GET /_emulator/mail` lists the
 * demo personas' mailboxes (and any other that received something), `GET /_emulator/mail/{address}`
 * shows what that person received, newest first, each message as the mail it was (invitation,
 * update, cancellation, answer) with its body rendered. A same-origin page of the emulator, beside
 * its JSON control routes: it needs no CORS.
 *
 * Everything in it that someone wrote (subjects, names, comments, places) is escaped; a body is
 * shown inside a sandboxed frame (`srcdoc`, no scripts, no navigation of the page), under a
 * Content-Security-Policy that lets no script run but the page's own one, which sizes the frames.
 */
import { createHash } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import { escapeHtml } from '../domain';
import type { EmulatorCore } from './core';
import { DEMO_PERSONAS } from './demoPersonas';
import type { DemoUser } from './demoTenant';
import type { Notice, StoredEvent } from './state';

/** A page of the view: the status and the HTML, with the headers it needs. */
export interface MailPage {
  readonly status: number;
  readonly html: string;
  readonly headers: Readonly<Record<string, string>>;
}

// Each frame as tall as its mail: the sandbox allows the page to read the frame's document
// (same origin) but never lets a script inside it run (no allow-scripts).
const SIZE_FRAMES =
  "for(const f of document.querySelectorAll('iframe')){const fit=()=>{const d=f.contentDocument;if(d)f.style.height=(d.documentElement.scrollHeight+4)+'px'};f.addEventListener('load',fit);fit()}";
const SIZE_FRAMES_HASH = createHash('sha256').update(SIZE_FRAMES).digest('base64');

/** The page's policy: no script but the one above, nothing loaded from elsewhere, no forms. */
export const MAIL_VIEW_CSP = [
  "default-src 'none'",
  `script-src 'sha256-${SIZE_FRAMES_HASH}'`,
  "style-src 'unsafe-inline'",
  'img-src data:',
  "frame-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f5f5f5;color:#242424}
main{max-width:60rem;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.15rem;margin:0 0 .5rem}
a{color:#0f548c}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #e0e0e0}
article{background:#fff;border:1px solid #d1d1d1;border-radius:6px;margin:16px 0;padding:12px}
dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;margin:0 0 8px}
dt{color:#616161}dd{margin:0;overflow-wrap:break-word}
.kind{display:inline-block;font-size:.8rem;font-weight:600;padding:1px 8px;border-radius:10px;background:#ebf3fc;color:#0f548c;margin-right:6px}
.kind.cancellation{background:#fdf3f4;color:#b10e1c}.kind.response{background:#f1faf1;color:#0e700e}
.comment{white-space:pre-wrap;border-left:3px solid #d1d1d1;padding-left:8px;margin:4px 0 8px}
iframe{width:100%;height:24rem;border:1px solid #e0e0e0;background:#fff}
.muted{color:#616161}
`;

const KIND: Readonly<Record<Notice['kind'], string>> = {
  request: 'Mødeindkaldelse',
  update: 'Opdateret møde',
  cancellation: 'Aflysning',
  response: 'Svar',
};

const RESPONSE: Readonly<Record<string, string>> = {
  accepted: 'Accepteret',
  tentativelyAccepted: 'Foreløbigt accepteret',
  declined: 'Afvist',
};

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="da"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
  `<body><main>${body}</main><script>${SIZE_FRAMES}</script></body></html>`;

const answer = (status: number, html: string): MailPage => ({
  status,
  html,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': MAIL_VIEW_CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  },
});

/** An instant as Copenhagen's wall clock, "2027-05-06 11.00". */
function copenhagen(instant: string | undefined): string {
  if (!instant) return '';
  try {
    const t = Temporal.Instant.from(instant).toZonedDateTimeISO('Europe/Copenhagen');
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${t.toPlainDate().toString()} ${pad(t.hour)}.${pad(t.minute)}`;
  } catch {
    return instant;
  }
}

function mailboxLink(user: DemoUser): string {
  return `/_emulator/mail/${encodeURIComponent(user.mail)}`;
}

/** Someone by name and address, as a mail's From line shows them. */
function named(core: EmulatorCore, address: string): string {
  const user = core.user(address);
  return user
    ? `${escapeHtml(user.displayName)} &lt;${escapeHtml(user.mail)}&gt;`
    : escapeHtml(address);
}

function message(core: EmulatorCore, notice: Notice, index: number): string {
  const rows: string[] = [
    `<dt>Fra</dt><dd>${named(core, notice.from)}</dd>`,
    `<dt>Modtaget</dt><dd>${escapeHtml(copenhagen(notice.at))}</dd>`,
  ];
  if (notice.startUtc && notice.endUtc) {
    rows.push(
      `<dt>Mødet</dt><dd>${escapeHtml(copenhagen(notice.startUtc))}–${escapeHtml(copenhagen(notice.endUtc).slice(11))}</dd>`,
    );
  }
  if (notice.location) rows.push(`<dt>Sted</dt><dd>${escapeHtml(notice.location)}</dd>`);
  if (notice.kind === 'response') {
    const said = RESPONSE[notice.response ?? ''] ?? notice.response ?? '';
    rows.push(`<dt>Svar</dt><dd>${escapeHtml(said)}</dd>`);
  }
  const comment = notice.comment?.trim()
    ? `<p class="comment" data-testid="comment">${escapeHtml(notice.comment)}</p>`
    : '';
  // The body as delivered, in a frame of its own: its HTML is rendered, never run.
  const body =
    notice.bodyHtml !== undefined
      ? `<iframe sandbox="allow-same-origin" title="${escapeHtml(`Indholdet af ${notice.subject}`)}" srcdoc="${escapeHtml(notice.bodyHtml)}"></iframe>`
      : '';
  return (
    `<article aria-labelledby="m${index}" data-kind="${notice.kind}">` +
    `<h2 id="m${index}"><span class="kind ${notice.kind}">${KIND[notice.kind]}</span>${escapeHtml(notice.subject)}</h2>` +
    `<dl>${rows.join('')}</dl>${comment}${body}</article>`
  );
}

function calendar(events: readonly StoredEvent[]): string {
  const meetings = events.filter((e) => !e.seeded);
  if (meetings.length === 0) return '';
  const rows = [...meetings]
    .sort((a, b) => a.startUtc.localeCompare(b.startUtc))
    .map((e) => {
      const state = e.isCancelled
        ? 'Aflyst'
        : e.responseStatus.response === 'organizer'
          ? 'Arrangør'
          : (RESPONSE[e.responseStatus.response] ?? 'Intet svar');
      return `<tr><td>${escapeHtml(copenhagen(e.startUtc))}</td><td>${escapeHtml(e.subject)}</td><td>${escapeHtml(state)}</td></tr>`;
    });
  return (
    `<section aria-labelledby="calendar"><h2 id="calendar">I kalenderen nu</h2>` +
    `<table><thead><tr><th scope="col">Tid</th><th scope="col">Emne</th><th scope="col">Status</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

/** The list of demo mailboxes: the personas first, then anyone else who received something. */
function indexPage(core: EmulatorCore): MailPage {
  const tenant = core.tenant;
  const personas = DEMO_PERSONAS.flatMap((p) => {
    const user = core.user(tenant.key[p.person]);
    return user ? [{ user, forWhat: p.forWhat.da }] : [];
  });
  const shown = new Set(personas.map((p) => p.user.id));
  const others = Object.entries(core.state.mailboxes)
    .filter(([id, box]) => !shown.has(id) && box.notices.length > 0)
    .flatMap(([id]) => core.user(id) ?? []);
  const row = (user: DemoUser, forWhat: string) => {
    const count = core.mailbox(user.id).notices.length;
    return (
      `<tr><td><a href="${escapeHtml(mailboxLink(user))}">${escapeHtml(user.displayName)}</a></td>` +
      `<td>${escapeHtml(forWhat)}</td><td>${escapeHtml(user.mail)}</td><td>${count}</td></tr>`
    );
  };
  const head =
    '<thead><tr><th scope="col">Person</th><th scope="col">Rolle</th><th scope="col">Adresse</th><th scope="col">Beskeder</th></tr></thead>';
  return answer(
    200,
    page(
      `Demo-postkasser – ${tenant.name}`,
      `<h1>Demo-postkasser i ${escapeHtml(tenant.name)}</h1>` +
        `<p class="muted">Hvad hver person har modtaget, som post. Intet her har forladt maskinen.</p>` +
        `<table data-testid="personas">${head}<tbody>${personas.map((p) => row(p.user, p.forWhat)).join('')}</tbody></table>` +
        (others.length > 0
          ? `<h2 style="margin-top:1.5rem">Andre postkasser med post</h2><table>${head}<tbody>${others
              .map((u) => row(u, u.jobTitle))
              .join('')}</tbody></table>`
          : ''),
    ),
  );
}

function mailboxPage(core: EmulatorCore, address: string): MailPage {
  const user = core.user(address);
  if (!user) {
    return answer(
      404,
      page(
        'Ingen sådan postkasse',
        `<h1>Ingen postkasse for ${escapeHtml(address)}</h1><p><a href="/_emulator/mail">Alle demo-postkasser</a></p>`,
      ),
    );
  }
  const box = core.mailbox(user.id);
  const messages = box.notices
    .map((n, i) => ({ n, i }))
    .reverse()
    .map(({ n, i }) => message(core, n, i));
  return answer(
    200,
    page(
      `Post til ${user.displayName}`,
      `<p><a href="/_emulator/mail">Alle demo-postkasser</a></p>` +
        `<h1>Post til ${escapeHtml(user.displayName)}</h1>` +
        `<p class="muted">${escapeHtml(user.mail)} · ${escapeHtml(user.jobTitle)} · ${messages.length} ${messages.length === 1 ? 'besked' : 'beskeder'}, nyeste først</p>` +
        calendar(box.events) +
        (messages.length > 0
          ? `<section aria-label="Beskeder">${messages.join('')}</section>`
          : '<p>Ingen beskeder endnu.</p>'),
    ),
  );
}

/** The page for a path under `/_emulator/mail`, or undefined for any other path. */
export function mailViewPage(core: EmulatorCore, path: string): MailPage | undefined {
  if (path === '/_emulator/mail' || path === '/_emulator/mail/') return indexPage(core);
  const box = /^\/_emulator\/mail\/([^/]+)$/.exec(path);
  if (!box) return undefined;
  let address: string;
  try {
    address = decodeURIComponent(box[1] as string);
  } catch {
    address = box[1] as string;
  }
  return mailboxPage(core, address);
}
