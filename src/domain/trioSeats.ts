import type { Role } from './roles';

/** The three seats of a Lokal TRIO. */
export type TrioSeat = 'leader' | 'amr' | 'tr';

/** The one table of which role fills each TRIO seat. */
const ROLE_OF_SEAT: Readonly<Record<TrioSeat, Role>> = {
  leader: 'workplaceLeader',
  amr: 'amr',
  tr: 'tr',
};

/** The TRIO's seats in the order the guide names them, with the role that fills each. */
export const TRIO_SEATS: readonly { readonly seat: TrioSeat; readonly role: Role }[] = (
  ['leader', 'amr', 'tr'] as const
).map((seat) => ({ seat, role: ROLE_OF_SEAT[seat] }));

/** The role whose holder fills a TRIO seat: the workplace leader, the AMR or the TR. */
export function roleOfSeat(seat: TrioSeat): Role {
  return ROLE_OF_SEAT[seat];
}

/** The TRIO seat a role fills; `undefined` for a role that fills none. */
export function seatOfRole(role: Role): TrioSeat | undefined {
  return TRIO_SEATS.find((s) => s.role === role)?.seat;
}
