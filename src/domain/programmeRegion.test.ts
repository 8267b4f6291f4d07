import { describe, expect, it } from 'vitest';
import { PROGRAMME_END, PROGRAMME_START, planRefIn } from './inviteMarks';
import { bodyHasTeamsJoin, bodyWithProgramme, programmeRegion } from './programmeRegion';
import { renderInvite } from './renderInvite';
import { aCoveredPlan } from './testBuilders.testSupport';

const JOIN =
  '<div><br><br><div style="max-width:600px">________________________________________</div>' +
  '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_x">Deltag i mødet nu</a></div>';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the programme in a body the organiser writes in too', () => {
  it('goes first, before the organiser’s words and the Teams block, which stay', () => {
    const body = `<html><head></head><body><p>Husk kaffe.</p>${JOIN}</body></html>`;
    const { html, placement } = bodyWithProgramme(body, '<table><tr><td>1</td></tr></table>');
    expect(placement).toBe('inserted');
    expect(html.indexOf('<table>')).toBeLessThan(html.indexOf('Husk kaffe.'));
    expect(html.indexOf('<table>')).toBeGreaterThan(html.indexOf('<body>'));
    expect(html).toContain(`<p>Husk kaffe.</p>${JOIN}</body></html>`);
  });

  it('is replaced, not added again, on the next write', () => {
    const first = bodyWithProgramme('<p>Husk kaffe.</p>', '<p>Program A</p>').html;
    const { html, placement } = bodyWithProgramme(first, '<p>Program B</p>');
    expect(placement).toBe('replaced');
    expect(html).toBe(`${programmeRegion('<p>Program B</p>')}<p>Husk kaffe.</p>`);
  });

  it('is the invitation itself: a meeting booked in the tab is replaced in place in Outlook', () => {
    const booked = `${renderInvite(aCoveredPlan(), 'da').html}${JOIN}`;
    const { html, placement } = bodyWithProgramme(booked, renderInvite(aCoveredPlan(), 'en').html);
    expect(placement).toBe('replaced');
    expect(count(html, '<table')).toBe(1);
    expect(html).toContain('Programme');
    expect(html.endsWith(JOIN)).toBe(true);
  });

  it('is found and replaced whole after Outlook turned its divs into paragraphs and spans', () => {
    // office-js#5482: a <div>'s inline content becomes <p class="elementToProof"><span style>.
    const span = '<span style="font-family: Aptos; font-size: 12pt;">';
    const rewritten =
      `<p class="elementToProof">${span}Hej</span></p>` +
      `<p>${span}${PROGRAMME_START}</span></p><p>Program A</p><p>${span}${PROGRAMME_END}</span></p>` +
      `<p>${span}Farvel</span></p><div><br></div>`;
    const { html } = bodyWithProgramme(rewritten, 'Program B');
    expect(html).toBe(
      `<p class="elementToProof">${span}Hej</span></p>${programmeRegion('Program B')}` +
        `<p>${span}Farvel</span></p><div><br></div>`,
    );
  });

  it('takes the wrappers a rewrite put around it alone, and leaves those around more', () => {
    // office-js#6778: a setAsync wraps everything in a <div><span> and adds a <br>.
    const region = programmeRegion('<p>Program A</p>');
    const alone = `<div><span>${region}</span><br></div><p>Mine ord</p>`;
    expect(bodyWithProgramme(alone, 'B').html).toBe(
      `<div>${programmeRegion('B')}<br></div><p>Mine ord</p>`,
    );
    const around = `<div><span>${region}<p>Mine ord</p></span><br></div>`;
    const replaced = bodyWithProgramme(around, 'B').html;
    expect(replaced).toBe(`<div><span>${programmeRegion('B')}<p>Mine ord</p></span><br></div>`);
    // Writing again and again does not make the body grow.
    let body = around;
    for (let i = 0; i < 5; i++) body = bodyWithProgramme(body, 'B').html;
    expect(body).toBe(replaced);
  });

  it('keeps the tags of an element around the region that a rewrite opened inside it', () => {
    const body = `<p>Husk kaffe. ${PROGRAMME_START}</p><p>Program A</p><p>${PROGRAMME_END} Og te.</p>`;
    const { html } = bodyWithProgramme(body, 'B');
    expect(html).toBe(`<p>Husk kaffe. </p>${programmeRegion('B')}<p> Og te.</p>`);
  });

  it('is found with its marks as character references, as classic Outlook may hand them back', () => {
    const body =
      '<html><body><div class="WordSection1"><p class="MsoNormal">&#8288;&#8291;</p><p>Program A</p>' +
      '<p class="MsoNormal">&#x2063;\n&#x2060;</p><p>Mine ord</p></div></body></html>';
    const { html, placement } = bodyWithProgramme(body, 'B');
    expect(placement).toBe('replaced');
    expect(html).toBe(
      `<html><body><div class="WordSection1">${programmeRegion('B')}<p>Mine ord</p></div></body></html>`,
    );
  });

  it('is still found by its ids where a body was written before the text marks', () => {
    const rewritten =
      '<p>Hej</p><p id="x_netvaerksmoeder-programme" style="x">Program A</p>' +
      '<p id="x_netvaerksmoeder-programme-end"><br></p><p>Farvel</p>';
    const { html } = bodyWithProgramme(rewritten, 'Program B');
    expect(html).toBe(`<p>Hej</p>${programmeRegion('Program B')}<p>Farvel</p>`);
  });

  it('is put in afresh when one of its marks is gone', () => {
    for (const broken of [
      '<p id="netvaerksmoeder-programme">Program A</p><p>Mine ord</p>',
      `<p>${PROGRAMME_START}Program A</p><p>Mine ord</p>`,
      `<p>Program A${PROGRAMME_END}</p><p>Mine ord</p>`,
    ]) {
      const { html, placement } = bodyWithProgramme(broken, 'Program B');
      expect(placement).toBe('inserted');
      expect(html).toContain('Mine ord');
    }
  });

  it('carries the plan’s reference, which the rest of the body cannot override', () => {
    const invite = renderInvite({ ...aCoveredPlan(), id: 'ny-plan' }, 'da').html;
    const quoted = `<p>Fra sidste møde: ${renderInvite(aCoveredPlan(), 'da').html}</p>`;
    const { html } = bodyWithProgramme(`<p>Hej</p>${quoted}`, invite);
    expect(planRefIn(html)).toBe('ny-plan');
  });

  it('tells a Teams join block outside the programme, not a rule inside it', () => {
    expect(bodyHasTeamsJoin(`<p>Hej</p>${JOIN}`)).toBe(true);
    expect(bodyHasTeamsJoin('<p>Hej</p>')).toBe(false);
    // Teams' short join links carry no rule of underscores in some clients' blocks.
    expect(
      bodyHasTeamsJoin(
        '<p>Hej</p><a href="https://teams.microsoft.com/meet/3391274615?p=Ab12">Deltag</a>',
      ),
    ).toBe(true);
    const onlyInside = bodyWithProgramme('<p>Hej</p>', '<p>________________________________</p>');
    expect(bodyHasTeamsJoin(onlyInside.html)).toBe(false);
  });
});
