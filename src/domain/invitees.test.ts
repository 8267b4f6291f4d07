import { describe, expect, it } from 'vitest';
import { indexInvitees, personKey, withInviteesAdded } from './invitees';
import { anInvitee } from './testBuilders.testSupport';

describe('one person, one key', () => {
  it('is the address, trimmed and case-folded', () => {
    expect(personKey('  Mette.Hansen@Kommune.DK ')).toBe('mette.hansen@kommune.dk');
    expect(personKey('mette.hansen@kommune.dk')).toBe(personKey('METTE.HANSEN@KOMMUNE.DK'));
  });
});

describe('adding invitees', () => {
  const vice = anInvitee(['medViceChair'], { name: 'Vera Vice' });
  const member = anInvitee(['medMember'], { name: 'Mads Medlem', attendance: 'optional' });

  it('folds someone already invited into their entry, both roles kept, required if either is', () => {
    const again = { ...vice, email: ` ${vice.email.toUpperCase()}`, roles: ['medMember' as const] };
    const added = withInviteesAdded([vice, member], [{ ...again, attendance: 'optional' }]);
    expect(added).toEqual([{ ...vice, roles: ['medViceChair', 'medMember'] }, member]);
  });

  it('appends a new person, and folds two new entries for them into one', () => {
    const newcomer = anInvitee(['tr'], { name: 'Tim Ny', workplaceId: 'w-1' });
    const added = withInviteesAdded(
      [vice],
      [newcomer, { ...newcomer, roles: ['medMember'], workplaceId: undefined }],
    );
    expect(added).toEqual([vice, { ...newcomer, roles: ['tr', 'medMember'] }]);
  });

  it('leaves entries already listed apart, as a draft may list someone for two workplaces', () => {
    const twice = [
      { ...vice, roles: ['tr' as const], workplaceId: 'w-1' },
      { ...vice, roles: ['tr' as const], workplaceId: 'w-2' },
    ];
    expect(withInviteesAdded(twice, [member])).toEqual([...twice, member]);
    expect(indexInvitees(twice).invitees).toHaveLength(1);
  });
});
