import type { Localized } from './localized';

/** The kinds of organisation the guide serves; its texts must not assume one. */
export const ORGANISATION_KINDS = ['kommune', 'region', 'hospital'] as const;

/** Which kind of organisation runs the effort: a municipality, a region or a hospital. */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Stands in a template title for where the effort is ("i kommunen", "på hospitalet"). */
export const ORGANISATION_PLACEHOLDER = '{organisation}';

/** Each kind as the organiser picks it. */
export const ORGANISATION_LABELS: Readonly<Record<OrganisationKind, Localized>> = {
  kommune: { da: 'Kommune', en: 'Municipality' },
  region: { da: 'Region', en: 'Region' },
  hospital: { da: 'Hospital', en: 'Hospital' },
};

const WHERE: Readonly<Record<OrganisationKind, Localized>> = {
  kommune: { da: 'i kommunen', en: 'in the municipality' },
  region: { da: 'i regionen', en: 'in the region' },
  hospital: { da: 'på hospitalet', en: 'at the hospital' },
};

/** The guide's own words, for while the organiser has not said which kind theirs is. */
const EITHER: Localized = {
  da: 'i kommunen/på hospitalet',
  en: 'in the municipality/at the hospital',
};

/** "i kommunen", "i regionen", "på hospitalet"; the guide's "i kommunen/på hospitalet" if unknown. */
export function whereInOrganisation(kind: OrganisationKind | undefined): Localized {
  return kind ? WHERE[kind] : EITHER;
}

/** Every wording a template title can have been given: each kind's and the guide's. */
export function everyWhereInOrganisation(): readonly Localized[] {
  return [...ORGANISATION_KINDS.map((k) => WHERE[k]), EITHER];
}

/** True for one of the kinds (a setting read back from storage may hold anything). */
export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly unknown[]).includes(value);
}
