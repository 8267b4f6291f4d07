import type { Locale, Localized } from './localized';

/**
 * Every role the programmes and the coverage rules know. A person may hold several
 * (the H-MED vice-chair is often also a TR at a workplace).
 */
export const ROLES = [
  'director',
  'departmentDirector',
  'middleManager',
  'medChair',
  'medViceChair',
  'medMember',
  'hrConsultant',
  'amConsultant',
  'otherStaff',
  'workplaceLeader',
  'amr',
  'tr',
  'employee',
] as const;

/** One role a person holds in the organisation or is invited for. */
export type Role = (typeof ROLES)[number];

/** Danish and English labels of each role, as the guide names them. */
export const ROLE_LABELS: Readonly<Record<Role, Localized>> = {
  director: { da: 'Direktør', en: 'Director' },
  departmentDirector: {
    da: 'Forvaltnings-/afdelingsdirektør',
    en: 'Department director',
  },
  middleManager: { da: 'Mellemleder/leder', en: 'Middle manager/leader' },
  medChair: { da: 'MED-formand', en: 'MED chair' },
  medViceChair: { da: 'MED-næstformand', en: 'MED vice-chair' },
  medMember: { da: 'MED-medlem', en: 'MED member' },
  hrConsultant: { da: 'HR-konsulent', en: 'HR consultant' },
  amConsultant: { da: 'Arbejdsmiljøkonsulent', en: 'Work-environment consultant' },
  otherStaff: { da: 'Anden stabsfunktion', en: 'Other staff function' },
  workplaceLeader: { da: 'Leder (lokal enhed)', en: 'Workplace leader' },
  amr: { da: 'Arbejdsmiljørepræsentant (AMR)', en: 'Work-environment representative (AMR)' },
  tr: { da: 'Tillidsrepræsentant (TR)', en: 'Union representative (TR)' },
  employee: { da: 'Medarbejder', en: 'Employee' },
};

/**
 * A role's label as it reads inside a sentence: "direktør", "tillidsrepræsentant (TR)", while
 * labels that open with an abbreviation ("MED-formand", "HR consultant") keep their capitals.
 */
export function roleInSentence(role: Role, locale: Locale): string {
  const label = ROLE_LABELS[role][locale];
  const [first = '', second = ''] = label;
  return second !== second.toLowerCase() || !/\p{L}/u.test(second)
    ? label
    : first.toLowerCase() + label.slice(1);
}

/** The five role groups of the guide; the UI fills the plan group by group. */
export const ROLE_GROUPS = {
  topManagement: ['director', 'departmentDirector'],
  middleManagement: ['middleManager'],
  medCommittee: ['medChair', 'medViceChair', 'medMember'],
  staffFunctions: ['hrConsultant', 'amConsultant', 'otherStaff'],
  localUnits: ['workplaceLeader', 'amr', 'tr', 'employee'],
} as const satisfies Record<string, readonly Role[]>;

/** Name of one of the guide's role groups. */
export type RoleGroup = keyof typeof ROLE_GROUPS;

/** Danish and English names of the role groups. */
export const ROLE_GROUP_LABELS: Readonly<Record<RoleGroup, Localized>> = {
  topManagement: { da: 'Topledelsen', en: 'Top management' },
  middleManagement: { da: 'Mellemledere og ledere', en: 'Middle managers and leaders' },
  medCommittee: { da: 'MED-udvalget', en: 'MED committee' },
  staffFunctions: {
    da: 'HR, arbejdsmiljø og andre stabsfunktioner',
    en: 'HR, work environment and other staff functions',
  },
  localUnits: { da: 'Lokale enheder', en: 'Local workplaces' },
};

/** The role group a role belongs to. */
export function roleGroupOf(role: Role): RoleGroup {
  for (const [group, roles] of Object.entries(ROLE_GROUPS) as [RoleGroup, readonly Role[]][]) {
    if (roles.includes(role)) return group;
  }
  /* c8 ignore next: ROLE_GROUPS covers every role, a test holds it to that */
  throw new Error(`Role ${role} belongs to no group`);
}

/** True for a value that names a known role; guards data read from outside. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
