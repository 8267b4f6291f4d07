import { formatDate, formatTimeRange, joinList } from './format';
import { escapeHtml, normalizeText, userTextHtml } from './html';
import { planReference } from './inviteMarks';
import type { Locale } from './localized';
import type { AgendaBlock, MeetingPlan, PresentingWorkplace } from './plan';
import { ROLE_LABELS } from './roles';
import type { PersonRef } from './roster';
import { TRIO_SEATS } from './trioSeats';
import { programmeRegion } from './programmeRegion';
import { comingInPlaceOf, inviteeWithStandIn } from './standIns';

/** The invitation as it goes to Graph: subject, HTML body, and the same in plain text. */
export interface RenderedInvite {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

const LABELS = {
  da: {
    series: (p: number, s: number) => `Netværksmøde ${p} af ${s}`,
    place: 'Sted',
    teams: 'Teams-møde: linket til at deltage står nederst i invitationen',
    focus: 'Fokus',
    programme: 'Program',
    time: 'Tid',
    item: 'Punkt',
    presenters: 'Oplæg ved',
    workplaces: 'Præsenterende arbejdspladser',
    trio: 'Lokal TRIO',
    standIns: 'Stedfortrædere ved dette møde',
    planned: 'Planlagt med Netværksmøder',
  },
  en: {
    series: (p: number, s: number) => `Network meeting ${p} of ${s}`,
    place: 'Place',
    teams: 'Teams meeting: the join link is at the bottom of this invitation',
    focus: 'Focus',
    programme: 'Programme',
    time: 'Time',
    item: 'Item',
    presenters: 'Presented by',
    workplaces: 'Presenting workplaces',
    trio: 'Local TRIO',
    standIns: 'Standing in at this meeting',
    planned: 'Planned with Netværksmøder',
  },
} as const;

const FONT = "font-family:'Segoe UI',Calibri,Arial,sans-serif;font-size:11pt;color:#242424";
const CELL = 'padding:4pt 8pt;border-bottom:1px solid #d1d1d1;vertical-align:top;text-align:left';
const HEAD = `${CELL};font-weight:bold;background-color:#f0f0f0`;
const MUTED = 'color:#616161';

/** How a person named in the plan is written: their name, or who stands in for them. */
type NameOf = (person: PersonRef) => string;

function trioNames(w: PresentingWorkplace, nameOf: NameOf): string[] {
  return TRIO_SEATS.flatMap(({ seat }) => (w.trio[seat] ? [nameOf(w.trio[seat])] : []));
}

function presentersText(
  block: AgendaBlock,
  plan: MeetingPlan,
  locale: Locale,
  nameOf: NameOf,
): string {
  const parts: string[] = [];
  const roles = block.presenters.roles.map((r) => ROLE_LABELS[r][locale]);
  if (roles.length > 0) parts.push(joinList(locale, roles));
  for (const id of block.presenters.workplaceIds) {
    const w = plan.presentingWorkplaces.find((p) => p.id === id);
    if (!w) continue;
    const names = trioNames(w, nameOf);
    parts.push(
      names.length > 0 ? `${w.name} (${LABELS[locale].trio}: ${joinList(locale, names)})` : w.name,
    );
  }
  if (block.presenters.people.length > 0) {
    parts.push(joinList(locale, block.presenters.people.map(nameOf)));
  }
  return parts.join('; ');
}

function orderedAgenda(plan: MeetingPlan): AgendaBlock[] {
  return [...plan.agenda].sort(
    (a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end),
  );
}

/**
 * Renders the invitation body. The HTML is one simple table, one row per block (time, item,
 * presenters), with inline styles only and nothing to load or run, so it reads the same in
 * Outlook's Word engine, Outlook on the web and mobile, and Teams' calendar. Every string
 * from the plan is escaped. Graph appends the Teams join block itself, after this body. The
 * body is the programme's region (`programmeRegion`) and ends with the plan's marked reference
 * (`planReference`), so the Outlook pane replaces it in place and an attendee's copy is told a
 * network meeting, whichever wrote it.
 */
export function renderInvite(plan: MeetingPlan, locale: Locale): RenderedInvite {
  const l = LABELS[locale];
  const when = `${formatDate(plan.date, locale)}, ${formatTimeRange(plan.start, plan.end, locale)}`;
  const series = l.series(plan.series.position, plan.series.size);
  const agenda = orderedAgenda(plan);
  // A stand-in is named where the person they come for would be, and listed with whom they cover.
  const nameOf = comingInPlaceOf(plan, locale);
  const standIns = plan.invitees
    .filter((i) => i.standsInFor && i.standsInFor.length > 0)
    .map((i) => inviteeWithStandIn(i, locale));
  const rows = agenda.map((block) => ({
    time: formatTimeRange(block.start, block.end, locale),
    title: block.title[locale],
    note: block.note && normalizeText(block.note[locale]).trim() ? block.note[locale] : undefined,
    presenters: presentersText(block, plan, locale, nameOf),
  }));
  const place = plan.location.place?.trim();
  const focus = plan.focus[locale].trim();

  const html: string[] = [`<div style="${FONT}">`];
  html.push(
    `<p style="margin:0 0 4pt 0;font-size:14pt;font-weight:bold">${userTextHtml(plan.title[locale])}</p>`,
  );
  html.push(`<p style="margin:0 0 8pt 0">${escapeHtml(series)} · ${escapeHtml(when)}</p>`);
  if (place) html.push(`<p style="margin:0 0 4pt 0"><b>${l.place}:</b> ${userTextHtml(place)}</p>`);
  if (plan.location.teams) html.push(`<p style="margin:0 0 4pt 0">${escapeHtml(l.teams)}</p>`);
  if (focus) html.push(`<p style="margin:8pt 0"><b>${l.focus}:</b> ${userTextHtml(focus)}</p>`);
  html.push(`<p style="margin:12pt 0 4pt 0;font-size:12pt;font-weight:bold">${l.programme}</p>`);
  html.push(
    `<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;width:100%;max-width:720px;${FONT}">`,
    `<tr><th scope="col" style="${HEAD};width:90pt">${l.time}</th><th scope="col" style="${HEAD}">${l.item}</th><th scope="col" style="${HEAD};width:160pt">${l.presenters}</th></tr>`,
  );
  for (const row of rows) {
    const note = row.note ? `<br><span style="${MUTED}">${userTextHtml(row.note)}</span>` : '';
    html.push(
      `<tr><td style="${CELL};white-space:nowrap">${escapeHtml(row.time)}</td><td style="${CELL}">${userTextHtml(row.title)}${note}</td><td style="${CELL}">${userTextHtml(row.presenters)}</td></tr>`,
    );
  }
  html.push('</table>');
  if (plan.presentingWorkplaces.length > 0) {
    html.push(`<p style="margin:12pt 0 4pt 0"><b>${l.workplaces}:</b></p><ul style="margin:0">`);
    for (const w of plan.presentingWorkplaces) {
      const names = trioNames(w, nameOf);
      const trio = names.length > 0 ? ` (${l.trio}: ${joinList(locale, names)})` : '';
      html.push(`<li>${userTextHtml(w.name + trio)}</li>`);
    }
    html.push('</ul>');
  }
  if (standIns.length > 0) {
    html.push(`<p style="margin:12pt 0 4pt 0"><b>${l.standIns}:</b></p><ul style="margin:0">`);
    for (const line of standIns) html.push(`<li>${userTextHtml(line)}</li>`);
    html.push('</ul>');
  }
  html.push(
    `<p style="margin:12pt 0 0 0;font-size:9pt;${MUTED}">${l.planned} · ${escapeHtml(planReference(plan.id))}</p>`,
  );
  html.push('</div>');

  const text: string[] = [normalizeText(plan.title[locale]), `${series} · ${when}`];
  if (place) text.push(`${l.place}: ${normalizeText(place)}`);
  if (plan.location.teams) text.push(l.teams);
  if (focus) text.push('', `${l.focus}: ${normalizeText(focus)}`);
  text.push('', l.programme);
  for (const row of rows) {
    text.push(`${row.time}  ${normalizeText(row.title)}`);
    if (row.note) text.push(`    ${normalizeText(row.note)}`);
    if (row.presenters) text.push(`    ${l.presenters}: ${normalizeText(row.presenters)}`);
  }
  if (plan.presentingWorkplaces.length > 0) {
    text.push('', `${l.workplaces}:`);
    for (const w of plan.presentingWorkplaces) {
      const names = trioNames(w, nameOf);
      text.push(
        `- ${normalizeText(w.name)}${names.length > 0 ? ` (${l.trio}: ${normalizeText(joinList(locale, names))})` : ''}`,
      );
    }
  }
  if (standIns.length > 0) {
    text.push('', `${l.standIns}:`);
    for (const line of standIns) text.push(`- ${normalizeText(line)}`);
  }
  text.push('', `${l.planned} · ${planReference(plan.id)}`);
  return {
    subject: normalizeText(plan.title[locale]).replace(/\n/g, ' '),
    html: programmeRegion(html.join('\n')),
    text: text.join('\n'),
  };
}
