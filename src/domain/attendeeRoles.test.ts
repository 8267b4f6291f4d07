import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attendeeNameWithRoles, rolesInAttendeeName } from './attendeeRoles';
import { ROLE_LABELS, ROLES } from './roles';

describe('roles in an attendee’s name', () => {
  it('names the roles after the person, in the organiser’s language', () => {
    expect(attendeeNameWithRoles('Mads Nørgaard', ['medViceChair', 'tr'], 'da')).toBe(
      'Mads Nørgaard (MED-næstformand, Tillidsrepræsentant (TR))',
    );
    expect(attendeeNameWithRoles('Mads Nørgaard', ['medViceChair'], 'en')).toBe(
      'Mads Nørgaard (MED vice-chair)',
    );
    expect(attendeeNameWithRoles('Mads Nørgaard', [], 'da')).toBe('Mads Nørgaard');
  });

  it('reads back what it wrote, in either language, for any name and roles', () => {
    fc.assert(
      fc.property(
        // A name that itself ends in a bracket could read as roles; such names are tested below.
        fc
          .string({ minLength: 1 })
          .filter((s) => s.trim() === s && s.length > 0 && !s.endsWith(')')),
        fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 4 }),
        fc.constantFrom('da' as const, 'en' as const),
        (name, roles, locale) => {
          const read = rolesInAttendeeName(attendeeNameWithRoles(name, roles, locale));
          expect(read.roles).toEqual(roles);
          if (roles.length > 0) expect(read.name).toBe(name);
        },
      ),
    );
  });

  it('reads back the roles of a stand-in, and whom they stand in for, for any names', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1 })
          .filter((s) => s.trim() === s && s.length > 0 && !s.endsWith(')')),
        fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.length > 0),
        fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 4 }),
        fc.constantFrom('da' as const, 'en' as const),
        (name, absent, roles, locale) => {
          const read = rolesInAttendeeName(attendeeNameWithRoles(name, roles, locale, absent));
          expect(read).toEqual({ name, roles, standsInFor: absent });
        },
      ),
    );
    expect(attendeeNameWithRoles('Mette Hansen', [], 'da', 'Mads Nørgaard')).toBe(
      'Mette Hansen (stedfortræder for Mads Nørgaard)',
    );
  });

  it('gives no roles for a name that carries none, or a bracket that is not a role', () => {
    expect(rolesInAttendeeName('Birgitte Holm')).toEqual({ name: 'Birgitte Holm', roles: [] });
    expect(rolesInAttendeeName('Bo Berg (vikar)')).toEqual({ name: 'Bo Berg (vikar)', roles: [] });
    expect(rolesInAttendeeName('Bo Berg (MED-formand, vikar)').roles).toEqual([]);
  });

  it('keeps a bracket in the person’s own name', () => {
    expect(rolesInAttendeeName('Ane (Anne) Lund (MED-formand)')).toEqual({
      name: 'Ane (Anne) Lund',
      roles: ['medChair'],
    });
  });

  it('reads no roles from directory names, whose brackets hold departments and notes', () => {
    for (const name of [
      'Jensen, Anne (HR)',
      'Ole Olsen (Ekstern)',
      'Anne Lund (TR)',
      'Bo Berg (AMR)',
      'Ib Ravn (MED)',
      'Lone Dahl (med-formand)',
      'Lone Dahl (MED-formand,Direktør)',
      'Lone Dahl (MED-formand; Direktør)',
      'Lone Dahl MED-formand',
      '(MED-formand)',
    ]) {
      expect(rolesInAttendeeName(name).roles, name).toEqual([]);
    }
  });

  it('reads no roles from a bracket with any item that is not exactly a role label', () => {
    const labels = ROLES.flatMap((r) => [ROLE_LABELS[r].da, ROLE_LABELS[r].en]);
    const known = new Set(labels);
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() === s),
        fc.array(fc.constantFrom(...labels), { maxLength: 3 }),
        fc
          .string({ minLength: 1 })
          .filter((s) => !known.has(s) && !s.includes(', ') && !s.includes(')')),
        fc.nat(),
        (name, roles, stray, at) => {
          const items = [...roles];
          items.splice(at % (items.length + 1), 0, stray);
          expect(rolesInAttendeeName(`${name} (${items.join(', ')})`).roles).toEqual([]);
        },
      ),
    );
  });
});
