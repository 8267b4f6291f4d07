import { describe, expect, it } from 'vitest';
import { agendaInInvite, rowTimeIn } from './inviteAgenda';
import { renderInvite } from './renderInvite';
import { aCoveredPlan } from './testBuilders.testSupport';
import { formatTimeRange } from './format';

describe('the programme read back from an invitation', () => {
  it('gives one row per block, in order, with time, title and presenters', () => {
    const plan = aCoveredPlan();
    const rows = agendaInInvite(renderInvite(plan, 'da').html);
    const blocks = [...plan.agenda].sort((a, b) => a.start.localeCompare(b.start));
    expect(rows.map((r) => r.title)).toEqual(blocks.map((b) => b.title.da));
    expect(rows.map((r) => r.time)).toEqual(
      blocks.map((b) => formatTimeRange(b.start, b.end, 'da')),
    );
    const reflection = rows.find((r) => r.title.startsWith('Refleksion'));
    expect(reflection?.presenters).toContain('MED-næstformand');
  });

  it('reads a body as Exchange hands it back: rewrapped, entities, notes after a break', () => {
    const html = `<html><head><meta charset="utf-8"></head><body><div>
      <table><tbody>
      <tr><th>Tid</th><th>Punkt</th><th>Oplæg ved</th></tr>
      <TR><TD style="x">09.00&#8211;09.30</TD><TD><span dir="auto">Kaffe &amp; velkomst</span><BR><span>Tag en kop</span></TD><TD><p>Dorte&nbsp;Direktør</p></TD></TR>
      <tr><td colspan="3">Not a programme row</td></tr>
      </tbody></table></div></body></html>`;
    expect(agendaInInvite(html)).toEqual([
      {
        time: '09.00–09.30',
        start: '09:00',
        end: '09:30',
        title: 'Kaffe & velkomst',
        presenters: 'Dorte Direktør',
      },
    ]);
  });

  it("gives a row's time in the UI's format, whichever language the invitation was in", () => {
    const danish = agendaInInvite(
      '<table><tr><td>13.00–13.20</td><td>Refleksion</td><td></td></tr></table>',
    );
    const english = agendaInInvite(
      '<table><tr><td>9:05 - 9:35</td><td>Reflection</td><td></td></tr></table>',
    );
    expect(danish.map((r) => rowTimeIn(r, 'en'))).toEqual(['13:00–13:20']);
    expect(danish.map((r) => rowTimeIn(r, 'da'))).toEqual(['13.00–13.20']);
    expect(english.map((r) => rowTimeIn(r, 'da'))).toEqual(['09.05–09.35']);
    // Not a time range: as written.
    const other = agendaInInvite('<table><tr><td>Hele dagen</td><td>X</td><td></td></tr></table>');
    expect(other.map((r) => rowTimeIn(r, 'en'))).toEqual(['Hele dagen']);
  });

  it('finds nothing in a body without the programme', () => {
    expect(agendaInInvite('<p>Hej</p>')).toEqual([]);
  });
});
