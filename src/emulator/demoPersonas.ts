import type { Localized } from '../domain';
import type { KeyPerson } from './demoTenant';

/** One of the people a newcomer signs in as on the demo tenant, and what to try as them. */
export interface DemoPersona {
  readonly person: KeyPerson;
  readonly forWhat: Localized;
}

/**
 * The five demo personas (the municipal director is also the MED chair, so six key roles are
 * five people), in the order the README's table lists them.
 */
export const DEMO_PERSONAS: readonly DemoPersona[] = [
  {
    person: 'organiser',
    forWhat: {
      da: 'Arrangøren (HR): planlægger, sender og følger op på møderne',
      en: 'The organiser (HR): plans, sends and follows up the meetings',
    },
  },
  {
    person: 'medChair',
    forWhat: {
      da: 'Kommunaldirektør og formand for H-MED: bekræfter sin deltagelse, sidder i det reflekterende team',
      en: 'Municipal director and H-MED chair: confirms attending, sits on the reflecting team',
    },
  },
  {
    person: 'medViceChair',
    forWhat: {
      da: 'Fællestillidsrepræsentant og næstformand i H-MED: bekræfter, har refleksionspunktet',
      en: 'Chief union representative and H-MED vice-chair: confirms, holds the reflection block',
    },
  },
  {
    person: 'hrConsultant',
    forWhat: {
      da: 'HR-konsulent: præsenterer HR- og AM-konsulenternes punkt',
      en: 'HR consultant: presents the HR and work-environment consultants’ block',
    },
  },
  {
    person: 'amConsultant',
    forWhat: {
      da: 'Arbejdsmiljøkonsulent: præsenterer HR- og AM-konsulenternes punkt',
      en: 'Work-environment consultant: presents the HR and work-environment consultants’ block',
    },
  },
];
