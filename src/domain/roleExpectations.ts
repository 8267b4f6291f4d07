import type { InviteAgendaRow } from './inviteAgenda';
import { ROLE_LABELS, type Role } from './roles';

/** What a programme expects of one attendee in one meeting. */
export interface RoleExpectations {
  /** The rows the attendee presents or reflects in, by role or by name. */
  readonly blocks: readonly InviteAgendaRow[];
  /** True for the MED chair and vice-chair, whom the guide asks to confirm attendance. */
  readonly mustConfirm: boolean;
}

// Role labels in the presenters cell stand alone between list separators ("A, B og C") or in
// brackets after the name of the person who comes in the role ("Mads Nørgaard (MED-næstformand)").
const SEPARATORS = /\s*(?:;|\(|\)|,\s*(?:and\s+|og\s+)?|\s(?:and|og)\s)\s*/u;

/**
 * The programme rows that count on someone holding `roles` (in either language), or naming
 * them: the vice-chair finds the reflection block, a TRIO member their workplace's blocks.
 */
export function expectationsFor(
  roles: readonly Role[],
  name: string,
  rows: readonly InviteAgendaRow[],
): RoleExpectations {
  const labels = new Set(roles.flatMap((r) => [ROLE_LABELS[r].da, ROLE_LABELS[r].en]));
  const person = name.trim();
  const blocks = rows.filter(
    (row) =>
      row.presenters.split(SEPARATORS).some((item) => labels.has(item)) ||
      (person.length > 0 && row.presenters.includes(person)),
  );
  return { blocks, mustConfirm: roles.includes('medChair') || roles.includes('medViceChair') };
}
