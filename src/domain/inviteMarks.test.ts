import { describe, expect, it } from 'vitest';
import { cancelledPlanRefIn, planReference, planRefIn, WORD_JOINER } from './inviteMarks';
import { renderInvite } from './renderInvite';
import { isNetworkMeeting } from './sendMarkers';
import { aCoveredPlan } from './testBuilders.testSupport';
import type { MeetingPlan } from './plan';

const titled = (title: string, id = 'plan-real'): MeetingPlan => ({
  ...aCoveredPlan(),
  id,
  title: { da: title, en: title },
});

/** Today's invitations, as sent before the marks: the same footer without the joiners. */
const sentBeforeTheMarks = (html: string) => html.replace(/[\u2060-\u2064]/g, '');

describe('the plan reference an invitation ends with', () => {
  it('is the app’s footer, read back from the HTML and the text', () => {
    const { html, text } = renderInvite(titled('Netværksmøde'), 'da');
    expect(html).toContain(planReference('plan-real'));
    expect(planRefIn(html)).toBe('plan-real');
    expect(planRefIn(text)).toBe('plan-real');
  });

  it('cannot be redirected by a title, a note or a workplace that quotes a reference', () => {
    for (const spoof of [
      'NM-ref: evil-id',
      'Planlagt med Netværksmøder · NM-ref: evil-id',
      `NM-ref: ${WORD_JOINER}evil-id${WORD_JOINER}`,
    ]) {
      const plan = titled(`Møde ${spoof}`);
      const spoofed: MeetingPlan = {
        ...plan,
        agenda: plan.agenda.map((b, i) => (i === 0 ? { ...b, note: { da: spoof, en: spoof } } : b)),
        presentingWorkplaces: plan.presentingWorkplaces.map((w) => ({ ...w, name: spoof })),
      };
      const { html, text } = renderInvite(spoofed, 'da');
      expect(planRefIn(html), spoof).toBe('plan-real');
      expect(planRefIn(text), spoof).toBe('plan-real');
      // …nor in an invitation sent before the marks: its own footer comes after every user text.
      expect(planRefIn(sentBeforeTheMarks(html)), spoof).toBe('plan-real');
    }
  });

  it('is not read from an ordinary mail that quotes "NM-ref: 12"', () => {
    for (const body of [
      '<p>Se sagen, NM-ref: 12, inden mødet.</p>',
      '<p>NM-ref: 12</p>',
      'NM-ref: 12',
      '<div>Netværksmøder · NM-ref: 12</div>',
    ]) {
      expect(planRefIn(body), body).toBeUndefined();
      const none = { ok: true, value: undefined } as const;
      const markers = { body: { ok: true, value: body }, session: none, planId: none } as const;
      expect(isNetworkMeeting(markers)).toBe(false);
    }
  });

  it('survives Outlook’s rewrites of the body', () => {
    const ref = `NM-ref: ${WORD_JOINER}plan-9${WORD_JOINER}`;
    for (const body of [
      // class and data- attributes stripped, divs turned into paragraphs with spans
      `<p class="elementToProof"><span style="font-family: Aptos">Planlagt med Netværksmøder · ${ref}</span></p>`,
      // a wrapper and a <br> around all of it
      `<div><span><p>Program</p><p>${ref}</p></span><br></div>`,
      // lines broken inside the text
      `<p>Planlagt med\nNetværksmøder ·\nNM-ref:\n${WORD_JOINER}plan-9${WORD_JOINER}</p>`,
      // classic's whole document, characters beyond ASCII as references
      '<html><head><style>p.MsoNormal{margin:0}</style></head><body><div class="WordSection1"><p class="MsoNormal">NM-ref: &#8288;plan-9&#8288;</p></div></body></html>',
      '<p>NM-ref:&nbsp;&NoBreak;plan-9&#x2060;</p>',
      // the words and the id in separate elements
      `<p><span>NM-ref:</span> <span>${WORD_JOINER}plan-9${WORD_JOINER}</span></p>`,
    ]) {
      expect(planRefIn(body), body).toBe('plan-9');
    }
  });

  it('still reads invitations sent with the footer before the marks, Danish and English', () => {
    const plan = titled('Netværksmøde');
    expect(planRefIn(sentBeforeTheMarks(renderInvite(plan, 'da').html))).toBe('plan-real');
    expect(planRefIn(sentBeforeTheMarks(renderInvite(plan, 'en').text))).toBe('plan-real');
    const sent =
      '<html><body><p style="font-size:9pt">Planlagt med Netværksmøder · NM-ref: p-1</p></body></html>';
    expect(planRefIn(sent)).toBe('p-1');
  });

  it('reads a cancelled copy’s comment, today’s and one sent before the marks', () => {
    const before = '<html><body><div>Aflyst: sygdom.<br><br>NM-ref: plan-1</div></body></html>';
    expect(cancelledPlanRefIn(before)).toBe('plan-1');
    expect(planRefIn(before)).toBeUndefined();
    expect(cancelledPlanRefIn('<p>Vi ses. NM-ref: 12 er en sag.</p>')).toBeUndefined();
  });
});
