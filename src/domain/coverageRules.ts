import { errorFinding, REQUIRED_ONLY } from './errorMessages';
import { FINDING_MESSAGES } from './findingMessages';
import { type Finding, finding } from './findings';
import { joinLocalized } from './format';
import { type Localized, sameInBoth } from './localized';
import type { AgendaBlock, BlockKind, Invitee, MeetingPlan } from './plan';
import { EXPECTS_PRESENTING_WORKPLACES } from './programmeFacts';
import type { InviteeIndex } from './invitees';
import {
  coversRole,
  findInvitee,
  holdersOf,
  type Requirements,
  type TrioRequirement,
} from './requirements';
import { type Role, roleInSentence } from './roles';
import type { PersonRef } from './roster';

/** Names of people, joined in each language. */
export function namesOf(people: readonly PersonRef[]): Localized {
  return joinLocalized(people.map((p) => sameInBoth(p.name)));
}

/** Role labels as they read inside a sentence, joined in each language. */
export function rolesOf(roles: readonly Role[]): Localized {
  return joinLocalized(
    roles.map((r) => ({ da: roleInSentence(r, 'da'), en: roleInSentence(r, 'en') })),
  );
}

/** Findings for the guide's role groups: who must be invited, and as what. */
export function roleFindings(req: Requirements, index: InviteeIndex): Finding[] {
  const out: Finding[] = [];
  for (const rule of req.roles) {
    const holders = holdersOf(index, rule.roles);
    if (holders.length === 0) {
      out.push(errorFinding(rule.missing, {}, { roles: rule.roles }));
    } else if (!holders.some(coversRole)) {
      const held = rule.roles.filter((r) => holders.some((h) => h.roles.includes(r)));
      out.push(
        errorFinding(
          'role-only-optional',
          {
            roles: rolesOf(held),
            people: namesOf(holders),
            count: holders.length,
          },
          { roles: rule.roles, personIds: holders.map((h) => h.id) },
        ),
      );
    }
  }
  return out;
}

/**
 * An error when the MED chair and vice-chair are one person: the guide asks for both, two
 * people. Judged on those who cover the roles (required invitees, stand-ins included): when
 * every chair who covers is also the only vice-chair who covers, one seat is empty.
 */
export function chairFindings(index: InviteeIndex): Finding[] {
  const chairs = holdersOf(index, ['medChair']).filter(coversRole);
  const viceChairs = holdersOf(index, ['medViceChair']).filter(coversRole);
  if (chairs.length === 0 || viceChairs.length === 0) return [];
  if (chairs.some((c) => viceChairs.some((v) => v !== c))) return [];
  return [
    errorFinding(
      'med-chair-is-vice-chair',
      { people: namesOf(chairs) },
      { roles: ['medChair', 'medViceChair'], personIds: chairs.map((c) => c.id) },
    ),
  ];
}

/** What is wrong with one TRIO seat, as a clause inside a sentence (the role in lower case). */
function seatStatus(seat: TrioRequirement, index: InviteeIndex): Localized | undefined {
  const role = { da: roleInSentence(seat.role, 'da'), en: roleInSentence(seat.role, 'en') };
  const choices = seat.workplace.seatChoices?.[seat.seat] ?? [];
  if (!seat.person && choices.length > 1) {
    const names = namesOf(choices);
    return {
      da: `gruppen har ${choices.length} som ${role.da}: ${names.da}; vælg den ene, eller del gruppen i dens arbejdspladser`,
      en: `the group has ${choices.length} as ${role.en}: ${names.en}; choose one, or split the group into its workplaces`,
    };
  }
  if (!seat.person) {
    return {
      da: `kataloget har ingen ${role.da}`,
      en: `the directory has no ${role.en}`,
    };
  }
  const invitee = findInvitee(index, seat.person);
  const name = seat.person.name;
  if (!invitee)
    return { da: `${role.da} ${name} er ikke inviteret`, en: `${role.en} ${name} is not invited` };
  if (!coversRole(invitee)) {
    return {
      da: `${role.da} ${name} er kun inviteret som valgfri`,
      en: `${role.en} ${name} is only invited as optional`,
    };
  }
  return undefined;
}

/** Findings for presenting workplaces whose TRIO is not wholly invited as required attendees. */
export function trioFindings(req: Requirements, index: InviteeIndex): Finding[] {
  const out: Finding[] = [];
  const byWorkplace = new Map<string, TrioRequirement[]>();
  for (const seat of req.trioSeats) {
    const list = byWorkplace.get(seat.workplace.id) ?? [];
    list.push(seat);
    byWorkplace.set(seat.workplace.id, list);
  }
  for (const seats of byWorkplace.values()) {
    const gaps = seats.flatMap((seat) => {
      const status = seatStatus(seat, index);
      return status ? [{ seat, status }] : [];
    });
    const workplace = seats[0]?.workplace;
    if (gaps.length === 0 || !workplace) continue;
    // One sentence per seat: a list of clauses each opening with a role read as one run-on.
    const sentences = (locale: 'da' | 'en') =>
      gaps.map((g) => `${cap(g.status[locale])}.`).join(' ');
    const optional = gaps.some((g) => {
      const invitee = g.seat.person && findInvitee(index, g.seat.person);
      return invitee !== undefined && !coversRole(invitee);
    });
    const why = (text: string) => (optional ? ` ${cap(text)}` : '');
    out.push(
      errorFinding(
        'trio-incomplete',
        {
          workplaces: sameInBoth(workplace.name),
          details: {
            da: `${sentences('da')}${why(REQUIRED_ONLY.da)}`,
            en: `${sentences('en')}${why(REQUIRED_ONLY.en)}`,
          },
        },
        {
          workplaceIds: [workplace.id],
          roles: gaps.map((g) => g.seat.role),
          personIds: gaps.flatMap((g) => (g.seat.person ? [g.seat.person.id] : [])),
        },
      ),
    );
  }
  return out;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function onlyOptionalPresenters(
  block: AgendaBlock,
  holders: readonly Invitee[],
  role?: Role,
): Finding {
  return errorFinding(
    'presenter-only-optional',
    {
      blocks: block.title,
      people: namesOf(holders),
      count: holders.length,
    },
    {
      blockIds: [block.id],
      roles: role ? [role] : [],
      personIds: holders.map((h) => h.id),
    },
  );
}

/** Block kinds in which the presenting workplaces present (the exhibition, the TRIO talks). */
const WORKPLACE_BLOCK_KINDS: ReadonlySet<BlockKind> = new Set([
  'exhibition',
  'workplacePresentation',
]);

/**
 * An error when the programme expects presenting workplaces and none is chosen: its agenda has
 * a block for them, or its template does (the 1st programme drops its TRIO talks when nobody
 * presents, and would otherwise be sent with an exhibition of no one).
 */
export function workplaceFindings(plan: MeetingPlan): Finding[] {
  if (plan.presentingWorkplaces.length > 0) return [];
  const inAgenda = plan.agenda.filter((b) => WORKPLACE_BLOCK_KINDS.has(b.kind));
  const inTemplate = EXPECTS_PRESENTING_WORKPLACES[plan.programme];
  if (inAgenda.length === 0 && !inTemplate) return [];
  return [
    errorFinding(
      'no-presenting-workplace',
      {},
      {
        blockIds: inAgenda.map((b) => b.id),
      },
    ),
  ];
}

/** Findings for blocks whose presenters (people, roles, workplaces) are not on the invitation. */
export function presenterFindings(
  plan: MeetingPlan,
  req: Requirements,
  index: InviteeIndex,
): Finding[] {
  const out: Finding[] = [];
  for (const { block, person } of req.presenterPeople) {
    const invitee = findInvitee(index, person);
    if (invitee) {
      if (!coversRole(invitee)) out.push(onlyOptionalPresenters(block, [invitee]));
      continue;
    }
    out.push(
      errorFinding(
        'presenter-not-invited',
        {
          people: sameInBoth(person.name),
          blocks: block.title,
        },
        { blockIds: [block.id], personIds: [person.id] },
      ),
    );
  }
  for (const { block, role } of req.presenterRoles) {
    const holders = index.byRole.get(role) ?? [];
    if (holders.length > 0) {
      if (!holders.some(coversRole)) out.push(onlyOptionalPresenters(block, holders, role));
      continue;
    }
    out.push(
      errorFinding(
        'presenter-role-missing',
        {
          blocks: block.title,
          roles: rolesOf([role]),
        },
        { blockIds: [block.id], roles: [role] },
      ),
    );
  }
  const presenting = new Set(plan.presentingWorkplaces.map((w) => w.id));
  for (const block of plan.agenda) {
    const unknown = block.presenters.workplaceIds.filter((id) => !presenting.has(id));
    if (unknown.length === 0) continue;
    out.push(
      errorFinding(
        'workplace-not-presenting',
        { blocks: block.title },
        {
          blockIds: [block.id],
          workplaceIds: unknown,
        },
      ),
    );
  }
  return out;
}

/** A warning when the MED committee is not invited in full (the guide recommends all of it). */
export function committeeFindings(plan: MeetingPlan, index: InviteeIndex): Finding[] {
  if (plan.medCommittee) {
    const missing = plan.medCommittee.members.filter((m) => !findInvitee(index, m));
    if (missing.length === 0) return [];
    const names = namesOf(missing);
    return [
      finding(
        'med-committee-incomplete',
        FINDING_MESSAGES['med-committee-incomplete']({
          details: { da: `Ikke inviteret: ${names.da}.`, en: `Not invited: ${names.en}.` },
        }),
        { roles: ['medMember'], personIds: missing.map((m) => m.id) },
      ),
    ];
  }
  if ((index.byRole.get('medMember')?.length ?? 0) > 0) return [];
  return [
    finding(
      'med-committee-incomplete',
      FINDING_MESSAGES['med-committee-incomplete']({
        details: {
          da: 'Ingen MED-medlemmer ud over formand og næstformand er inviteret.',
          en: 'No MED members besides the chair and vice-chair are invited.',
        },
      }),
      { roles: ['medMember'] },
    ),
  ];
}
