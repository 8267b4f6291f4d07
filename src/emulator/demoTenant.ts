import type { Role, RoleGroupMap } from '../domain';
import { GIVEN_NAMES, SURNAMES } from './danishNames';
import { seededGuid, seededRandom } from './prng';

/** The reserved example domain every demo address is on. */
export const DEMO_DOMAIN = 'egeskov.example';

/** A directory user, with the fields Graph's `user` has that the app reads. */
export interface DemoUser {
  readonly id: string;
  readonly displayName: string;
  readonly givenName: string;
  readonly surname: string;
  readonly mail: string;
  readonly userPrincipalName: string;
  readonly jobTitle: string;
  readonly department: string;
}

/** A directory group: direct user members and nested groups (expanded transitively). */
export interface DemoGroup {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly mail: string;
  readonly memberIds: readonly string[];
  readonly groupIds: readonly string[];
}

/** A local workplace of the demo tenant: its group and its TRIO. */
export interface DemoWorkplace {
  readonly groupId: string;
  readonly name: string;
  readonly leaderId: string;
  readonly amrId: string;
  readonly trId: string;
}

/** A fictional Danish municipality: people, groups, workplaces and who holds which role. */
export interface DemoTenant {
  readonly name: string;
  readonly users: readonly DemoUser[];
  readonly groups: readonly DemoGroup[];
  readonly workplaces: readonly DemoWorkplace[];
  readonly roleGroups: RoleGroupMap;
  readonly medChairId: string;
  readonly medViceChairId: string;
  /** The group of at least 5,000 members that exercises paging. */
  readonly allStaffGroupId: string;
  /** People who appear in tests and in the demo by name. */
  readonly key: Readonly<Record<KeyPerson, string>>;
}

/** The named people of the demo, by what they do. */
export type KeyPerson =
  'organiser' | 'director' | 'medChair' | 'medViceChair' | 'hrConsultant' | 'amConsultant';

const WORKPLACE_NAMES = [
  'Hjemmeplejen Nord',
  'Børnehuset Solsikken',
  'Egeskov Skole',
  'Jobcenter Egeskov',
  'Plejecentret Lindely',
  'Vej og Park',
  'Borgerservice',
  'Tandplejen',
] as const;

const ALL_STAFF_EXTRA = 5_000;

/** The workplace whose TR the TR group does not list yet. */
export const NEW_TR_WORKPLACE = 'Tandplejen';

/** Builds the demo tenant; the same seed gives the same tenant, ids included. */
export function buildDemoTenant(seed = 20261128): DemoTenant {
  const random = seededRandom(seed);
  const users: DemoUser[] = [];
  const groups: DemoGroup[] = [];
  const usedAddresses = new Set<string>();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  const addUser = (
    givenName: string,
    surname: string,
    jobTitle: string,
    department: string,
  ): DemoUser => {
    const base = `${givenName}.${surname}`
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFD')
      .replace(/[^a-z.]/g, '');
    let local = base;
    for (let n = 2; usedAddresses.has(local); n++) local = `${base}${n}`;
    usedAddresses.add(local);
    const mail = `${local}@${DEMO_DOMAIN}`;
    const user: DemoUser = {
      id: seededGuid(random),
      displayName: `${givenName} ${surname}`,
      givenName,
      surname,
      mail,
      userPrincipalName: mail,
      jobTitle,
      department,
    };
    users.push(user);
    return user;
  };
  const randomUser = (jobTitle: string, department: string) =>
    addUser(pick(GIVEN_NAMES), pick(SURNAMES), jobTitle, department);
  const addGroup = (
    displayName: string,
    description: string,
    memberIds: string[],
    groupIds: string[] = [],
  ) => {
    const mail = `${displayName
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}@${DEMO_DOMAIN}`;
    const group: DemoGroup = {
      id: seededGuid(random),
      displayName,
      description,
      mail,
      memberIds,
      groupIds,
    };
    groups.push(group);
    return group;
  };

  // Top management: the municipal director and the department directors.
  const director = addUser('Birgitte', 'Holm', 'Kommunaldirektør', 'Direktionen');
  const departmentDirectors = [
    addUser('Jens', 'Kjær', 'Direktør, Børn og Unge', 'Direktionen'),
    addUser('Lone', 'Dahl', 'Direktør, Social og Sundhed', 'Direktionen'),
    addUser('Ahmad', 'Rahimi', 'Direktør, Teknik og Miljø', 'Direktionen'),
  ];
  // Staff functions.
  const organiser = addUser(
    'Signe',
    'Vestergaard',
    'HR-konsulent, projektleder social kapital',
    'HR',
  );
  const hr = [
    organiser,
    addUser('Peter', 'Lauridsen', 'HR-konsulent', 'HR'),
    addUser('Nadia', 'Hussain', 'HR-partner', 'HR'),
  ];
  const am = [
    addUser('Torben', 'Østergaard', 'Arbejdsmiljøkonsulent', 'Arbejdsmiljø'),
    addUser('Maja', 'Bak', 'Arbejdsmiljøkonsulent', 'Arbejdsmiljø'),
  ];
  const otherStaff = [
    addUser('Kasper', 'Nissen', 'Kommunikationskonsulent', 'Kommunikation'),
    addUser('Helle', 'Clausen', 'Udviklingskonsulent', 'Strategi og Udvikling'),
  ];
  // Middle managers.
  const middle = [
    'Børn og Unge',
    'Børn og Unge',
    'Social og Sundhed',
    'Social og Sundhed',
    'Teknik og Miljø',
    'Teknik og Miljø',
    'Borgerservice',
    'Arbejdsmarked',
  ].map((department) => randomUser('Afdelingsleder', department));

  // Local workplaces, each with leader, AMR, TR and employees.
  const workplaces: DemoWorkplace[] = [];
  const workplaceGroups: DemoGroup[] = [];
  for (const name of WORKPLACE_NAMES) {
    const leader = randomUser('Leder', name);
    const amr = randomUser('Arbejdsmiljørepræsentant (AMR)', name);
    const tr = randomUser('Tillidsrepræsentant (TR)', name);
    const employees = Array.from({ length: 8 + Math.floor(random() * 8) }, () =>
      randomUser('Medarbejder', name),
    );
    const group = addGroup(name, `Arbejdsplads: alle ansatte i ${name}`, [
      leader.id,
      amr.id,
      tr.id,
      ...employees.map((e) => e.id),
    ]);
    workplaceGroups.push(group);
    workplaces.push({ groupId: group.id, name, leaderId: leader.id, amrId: amr.id, trId: tr.id });
  }

  // H-MED: the director chairs it; the vice-chair is the chief union representative.
  const viceChair = addUser('Mads', 'Nørgaard', 'Fællestillidsrepræsentant (FTR)', 'Hovedudvalget');
  const medMembers = [
    ...departmentDirectors,
    middle[0] as DemoUser,
    ...workplaces.slice(0, 4).map((w) => users.find((u) => u.id === w.trId) as DemoUser),
    ...workplaces.slice(4, 7).map((w) => users.find((u) => u.id === w.amrId) as DemoUser),
  ];

  const roleGroups: Partial<Record<Role, string>> = {
    // Named and described by the role each is for: "Direktionen" read as the director, or as
    // the directors with the director among them, invited the wrong people for a role.
    director: addGroup(
      'Kommunaldirektøren',
      'Rolle: direktør (topledelsen). Kun kommunaldirektøren',
      [director.id],
    ).id,
    departmentDirector: addGroup(
      'Fagdirektørerne',
      'Rolle: forvaltnings-/afdelingsdirektører (topledelsen). De tre fagdirektører, uden kommunaldirektøren',
      departmentDirectors.map((u) => u.id),
    ).id,
    middleManager: addGroup(
      'Mellemledere',
      'Rolle: mellemledere. Afdelingsledere i forvaltningerne',
      middle.map((u) => u.id),
    ).id,
    medMember: addGroup('H-MED', 'Rolle: MED-udvalget. Hovedudvalget (hoved-MED)', [
      director.id,
      viceChair.id,
      ...medMembers.map((u) => u.id),
    ]).id,
    hrConsultant: addGroup(
      'HR-konsulenter',
      'Rolle: HR-konsulenter',
      hr.map((u) => u.id),
    ).id,
    amConsultant: addGroup(
      'Arbejdsmiljøkonsulenter',
      'Rolle: arbejdsmiljøkonsulenter',
      am.map((u) => u.id),
    ).id,
    otherStaff: addGroup(
      'Stabsfunktioner',
      'Rolle: andre stabsfunktioner. Kommunikation, strategi og udvikling',
      otherStaff.map((u) => u.id),
    ).id,
    workplaceLeader: addGroup(
      'Ledere – lokale enheder',
      'TRIO: lederne af de lokale enheder',
      workplaces.map((w) => w.leaderId),
    ).id,
    amr: addGroup(
      'Alle AMR',
      'TRIO: arbejdsmiljørepræsentanterne',
      workplaces.map((w) => w.amrId),
    ).id,
    // Tandplejen's TR was elected last month and is not in the TR group yet: a TRIO the directory
    // leaves incomplete, which the organiser completes by hand.
    tr: addGroup('Alle TR', 'TRIO: tillidsrepræsentanterne', [
      viceChair.id,
      ...workplaces.filter((w) => w.name !== NEW_TR_WORKPLACE).map((w) => w.trId),
    ]).id,
  };

  // The administrations, each with its directors, managers and (nested) workplaces.
  const administrations: [string, string, readonly string[]][] = [
    [
      'Børn og Unge',
      'Direktør, Børn og Unge',
      ['Børnehuset Solsikken', 'Egeskov Skole', 'Tandplejen'],
    ],
    [
      'Social og Sundhed',
      'Direktør, Social og Sundhed',
      ['Hjemmeplejen Nord', 'Plejecentret Lindely'],
    ],
    ['Teknik og Miljø', 'Direktør, Teknik og Miljø', ['Vej og Park']],
    ['Arbejdsmarked og Borgerservice', '', ['Jobcenter Egeskov', 'Borgerservice']],
  ];
  for (const [name, directorTitle, places] of administrations) {
    const staff = users.filter(
      (u) =>
        (directorTitle && u.jobTitle === directorTitle) ||
        (u.jobTitle === 'Afdelingsleder' && name.includes(u.department)),
    );
    addGroup(
      `Forvaltningen for ${name}`,
      `Forvaltning med flere arbejdspladser: ledelse og enheder i ${name}`,
      staff.map((u) => u.id),
      workplaceGroups.filter((g) => places.includes(g.displayName)).map((g) => g.id),
    );
  }

  // A large group, partly nested, to exercise paging of transitive members.
  const extra = Array.from({ length: ALL_STAFF_EXTRA }, () =>
    randomUser('Medarbejder', pick(WORKPLACE_NAMES)),
  );
  const staffUsers = users.filter((u) => !extra.includes(u)).map((u) => u.id);
  const allStaff = addGroup(
    'Alle medarbejdere i Egeskov Kommune',
    'Alle ansatte',
    [
      ...staffUsers.filter((id) => !workplaceGroups.some((g) => g.memberIds.includes(id))),
      ...extra.map((u) => u.id),
    ],
    workplaceGroups.map((g) => g.id),
  );

  return {
    name: 'Egeskov Kommune',
    users,
    groups,
    workplaces,
    roleGroups,
    medChairId: director.id,
    medViceChairId: viceChair.id,
    allStaffGroupId: allStaff.id,
    key: {
      organiser: organiser.id,
      director: director.id,
      medChair: director.id,
      medViceChair: viceChair.id,
      hrConsultant: hr[1]?.id ?? organiser.id,
      amConsultant: am[0]?.id ?? organiser.id,
    },
  };
}

let cached: DemoTenant | undefined;

/** The demo tenant, built once per process. */
export function demoTenant(): DemoTenant {
  cached ??= buildDemoTenant();
  return cached;
}
