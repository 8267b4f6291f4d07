import { describe, expect, it } from 'vitest';
import { bodyHasTeamsJoin, bodyWithProgramme, programmeRegionIn } from './programmeRegion';

const JOIN =
  '<div><br><br><div style="max-width:600px">________________________________________</div>' +
  '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_x">Deltag i mødet nu</a></div>';

describe('the programme in a body the organiser writes in too', () => {
  it('goes first, before the organiser’s words and the Teams block, which stay', () => {
    const body = `<html><head></head><body><p>Husk kaffe.</p>${JOIN}</body></html>`;
    const { html, placement } = bodyWithProgramme(body, '<table><tr><td>1</td></tr></table>');
    expect(placement).toBe('inserted');
    expect(html.indexOf('<table>')).toBeLessThan(html.indexOf('Husk kaffe.'));
    expect(html).toContain(`<p>Husk kaffe.</p>${JOIN}</body></html>`);
  });

  it('is replaced, not added again, on the next write', () => {
    const first = bodyWithProgramme('<p>Husk kaffe.</p>', '<p>Program A</p>').html;
    const { html, placement } = bodyWithProgramme(first, '<p>Program B</p>');
    expect(placement).toBe('replaced');
    expect(html).toContain('Program B');
    expect(html).not.toContain('Program A');
    expect(html.match(/netvaerksmoeder-programme"/g)).toHaveLength(1);
    expect(html).toContain('<p>Husk kaffe.</p>');
  });

  it('is found after Outlook on the web rewrote its divs into paragraphs, or a mail prefixed its ids', () => {
    const rewritten =
      '<p>Hej</p><p id="x_netvaerksmoeder-programme" style="x">Program A</p>' +
      '<p id="x_netvaerksmoeder-programme-end"><br></p><p>Farvel</p>';
    const { html } = bodyWithProgramme(rewritten, 'Program B');
    expect(html).toContain('<p>Hej</p>');
    expect(html).toContain('<p>Farvel</p>');
    expect(html).not.toContain('Program A');
    expect(programmeRegionIn(html)).toBeDefined();
  });

  it('is put in afresh when only one of its marks is left', () => {
    const broken = '<p id="netvaerksmoeder-programme">Program A</p><p>Mine ord</p>';
    const { html, placement } = bodyWithProgramme(broken, 'Program B');
    expect(placement).toBe('inserted');
    expect(html).toContain('Mine ord');
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
