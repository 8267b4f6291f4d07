import type { ProgrammeId } from './plan';

/**
 * Whether a programme's template has blocks in which the presenting workplaces present (the
 * exhibition, the TRIO talks): the 1st programme drops its TRIO talks when nobody presents, yet
 * still expects workplaces. Kept apart from the templates (`programmes.ts`), so the coverage rules,
 * which the Outlook send check carries, need not carry every programme's texts;
 * `programmes.test.ts` holds it to the templates.
 */
export const EXPECTS_PRESENTING_WORKPLACES: Readonly<Record<ProgrammeId, boolean>> = {
  first: true,
  second: true,
  blank: false,
};
