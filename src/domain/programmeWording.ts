import type { Locale } from './localized';
import {
  type OrganisationKind,
  ORGANISATION_KINDS,
  ORGANISATION_PLACEHOLDER,
  whereInOrganisation,
} from './organisation';
import type { MeetingPlan } from './plan';
import { titleInOrganisation } from './planFromTemplate';
import { PROGRAMMES } from './programmes';

const LOCALES: readonly Locale[] = ['da', 'en'];

/**
 * The plan worded for a kind of organisation: every block still titled as its programme words
 * it (for any kind, or the guide's "i kommunen/på hospitalet") takes the wording for this kind;
 * a title the organiser wrote themself, in either language, is theirs and stays.
 */
export function withOrganisation(plan: MeetingPlan, kind: OrganisationKind): MeetingPlan {
  const templates = PROGRAMMES[plan.programme].blocks.filter((b) =>
    b.title.da.includes(ORGANISATION_PLACEHOLDER),
  );
  const agenda = plan.agenda.map((block) => {
    const template = templates.find((t) => t.key === block.id);
    if (!template) return block;
    const wordings = [...ORGANISATION_KINDS, undefined].map((k) =>
      titleInOrganisation(template.title, k),
    );
    const worded = titleInOrganisation(template.title, kind);
    const title = { ...block.title };
    for (const locale of LOCALES) {
      if (wordings.some((w) => w[locale] === block.title[locale])) title[locale] = worded[locale];
    }
    return { ...block, title };
  });
  return { ...plan, organisation: kind, agenda };
}

/**
 * True while the plan's programme still says the guide's "i kommunen/på hospitalet": the
 * organiser has not said which kind of organisation theirs is, and is asked.
 */
export function awaitsOrganisation(plan: MeetingPlan): boolean {
  if (plan.organisation) return false;
  const either = whereInOrganisation(undefined);
  return plan.agenda.some((b) => b.title.da.includes(either.da) || b.title.en.includes(either.en));
}
