import { describe, expect, it } from 'vitest';
import type { Locale, SlotNote } from '../../../domain';
import { translator } from '../../strings';
import { slotLines } from './slotNoteText';

const niels = { id: 'n', name: 'Niels Næstformand', email: 'niels@example.org' };
const dorte = { id: 'd', name: 'Dorte Direktør', email: 'dorte@example.org' };
const mads = { id: 'm', name: 'Mads Medlem', email: 'mads@example.org' };
const guest = { id: 'g', name: 'Gæst Udefra', email: 'gaest@example.net' };
const employees = Array.from({ length: 8 }, (_, i) => ({
  person: { id: `e${i}`, name: `Medarbejder ${i + 1}`, email: `e${i}@example.org` },
  roles: ['employee' as const],
  status: 'busy' as const,
}));

const notes: SlotNote[] = [
  {
    code: 'mustHaveBusy',
    mustHave: {
      id: 'medViceChair',
      subject: { kind: 'role', role: 'medViceChair' },
      candidates: [niels],
      need: 'any',
    },
    people: [{ person: niels, roles: ['medViceChair'], status: 'oof' }],
  },
  {
    code: 'mustHaveBusy',
    mustHave: {
      id: 'trio:w',
      subject: { kind: 'trio', workplace: 'Solsikken' },
      candidates: [mads],
      need: 'all',
    },
    people: [{ person: mads, roles: ['tr'], status: 'unknown' }],
  },
  {
    code: 'othersBusy',
    role: 'director',
    people: [{ person: dorte, roles: ['director'], status: 'tentative' }],
  },
  { code: 'othersBusy', role: 'employee', people: employees },
  { code: 'othersFree', free: 12, of: 21 },
  { code: 'unknown', people: [mads, guest] },
];

const lines = (locale: Locale) => slotLines(notes, translator(locale), locale).map((l) => l.text);

describe('a slot’s notes in words', () => {
  it('names who cannot come by role, must-haves first, and who is unknown, in Danish', () => {
    expect(lines('da')).toEqual([
      'MED-næstformand mangler: Niels Næstformand (fraværende).',
      'Lokal TRIO for Solsikken mangler: Mads Medlem (ukendt).',
      'Andre, der ikke kan komme: Direktør: Dorte Direktør (foreløbigt optaget); Medarbejder: Medarbejder 1 (optaget), Medarbejder 2 (optaget), Medarbejder 3 (optaget), Medarbejder 4 (optaget), Medarbejder 5 (optaget), Medarbejder 6 (optaget) og 2 andre.',
      '12 af 21 inviterede uden for de nødvendige roller er ledige.',
      'Ukendt, regnes ikke som ledig: Mads Medlem og Gæst Udefra (kalenderne kan ikke læses).',
    ]);
  });

  it('says the same in English, and that every must-have can come', () => {
    expect(lines('en')[0]).toBe('MED vice-chair is missing: Niels Næstformand (out of office).');
    expect(lines('en')[2]).toMatch(
      /^Others who cannot come: Director: Dorte Direktør \(tentatively booked\); Employee: /,
    );
    expect(
      slotLines([{ code: 'allMustHavesFree' }], translator('en'), 'en').map((l) => l.text),
    ).toEqual(['Every must-have role can come.']);
  });
});
