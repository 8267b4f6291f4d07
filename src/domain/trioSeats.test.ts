import { describe, expect, it } from 'vitest';
import { ROLES } from './roles';
import { roleOfSeat, seatOfRole, TRIO_SEATS } from './trioSeats';

describe('the TRIO’s seats', () => {
  it('are the leader, the AMR and the TR, in the guide’s order, each filled by its role', () => {
    expect(TRIO_SEATS).toEqual([
      { seat: 'leader', role: 'workplaceLeader' },
      { seat: 'amr', role: 'amr' },
      { seat: 'tr', role: 'tr' },
    ]);
    expect(TRIO_SEATS.map((s) => roleOfSeat(s.seat))).toEqual(['workplaceLeader', 'amr', 'tr']);
  });

  it('are filled by those three roles only', () => {
    expect(ROLES.filter((r) => seatOfRole(r) !== undefined)).toEqual([
      'workplaceLeader',
      'amr',
      'tr',
    ]);
    expect(seatOfRole('workplaceLeader')).toBe('leader');
    expect(seatOfRole('medMember')).toBeUndefined();
  });
});
