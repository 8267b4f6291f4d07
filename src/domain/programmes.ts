import type { Localized } from './localized';
import { ORGANISATION_PLACEHOLDER } from './organisation';
import type { BlockKind, ProgrammeId, WallTime } from './plan';
import type { Role } from './roles';
import { wallTime } from './wallTime';

/** Stands in a template title for the names of the workplaces a block is bound to. */
export const WORKPLACES_PLACEHOLDER = '{workplaces}';

/** Who a template block is presented by, before workplaces are chosen. */
export type TemplatePresenters =
  | { readonly kind: 'none' }
  | { readonly kind: 'roles'; readonly roles: readonly Role[] }
  /** Every presenting workplace (the exhibition). */
  | { readonly kind: 'allWorkplaces' }
  /** "Arbejdsplads N" placeholders: this many workplaces present in the block. */
  | { readonly kind: 'workplaceSlots'; readonly slots: number };

/** One block of a programme, with the times the guide gives it. */
export interface TemplateBlock {
  readonly key: string;
  readonly kind: BlockKind;
  readonly title: Localized;
  readonly note?: Localized;
  readonly start: WallTime;
  readonly end: WallTime;
  readonly presenters: TemplatePresenters;
}

/** A programme from the guide: the blocks of one network meeting in the series. */
export interface Programme {
  readonly id: ProgrammeId;
  readonly name: Localized;
  /** The default meeting title; "1." or "2." says where it sits in the series. */
  readonly title: Localized;
  readonly focus: Localized;
  readonly seriesPosition: number;
  readonly start: WallTime;
  readonly frameMinutes: number;
  readonly blocks: readonly TemplateBlock[];
}

const BUZZ: Localized = { da: '+ summen i grupper', en: '+ buzz groups' };
const NONE = { kind: 'none' } as const;
const REFLECTING_TEAM: TemplatePresenters = {
  kind: 'roles',
  roles: ['director', 'departmentDirector', 'medViceChair'],
};

/** The 1st network meeting of the guide, 11.00–14.00. */
export const FIRST_PROGRAMME: Programme = {
  id: 'first',
  name: { da: '1. netværksmøde', en: '1st network meeting' },
  title: { da: '1. netværksmøde om social kapital', en: '1st network meeting on social capital' },
  focus: {
    da: 'Et læringsrum, hvor top og bund i organisationen udveksler erfaringer med at arbejde med social kapital: tillid, retfærdighed og samarbejdsevne, på tværs af områder og niveauer.',
    en: 'A learning space where the top and the floor of the organisation exchange experience of working with social capital: trust, fairness and the ability to collaborate, across areas and levels.',
  },
  seriesPosition: 1,
  start: wallTime('11:00'),
  frameMinutes: 180,
  blocks: [
    {
      key: 'welcome',
      kind: 'welcome',
      title: { da: 'Velkomst, formål og program', en: 'Welcome, purpose and programme' },
      start: wallTime('11:00'),
      end: wallTime('11:10'),
      presenters: NONE,
    },
    {
      key: 'living-statement',
      kind: 'other',
      title: { da: 'Living statement og speed dating', en: 'Living statement and speed dating' },
      note: {
        da: 'To metoder, hvor deltagerne får viden om de øvrige deltagere i netværksmødet',
        en: 'Two methods in which participants learn about the other participants',
      },
      start: wallTime('11:10'),
      end: wallTime('11:20'),
      presenters: NONE,
    },
    {
      key: 'social-capital',
      kind: 'presentation',
      title: { da: 'Social kapital – hvad og hvorfor?', en: 'Social capital – what and why?' },
      start: wallTime('11:20'),
      end: wallTime('11:35'),
      presenters: NONE,
    },
    {
      key: 'exhibition',
      kind: 'exhibition',
      title: {
        da: 'Udstilling fra de deltagende arbejdspladser – der defileres rundt og spørges ind',
        en: 'Exhibition from the participating workplaces – walk round and ask questions',
      },
      start: wallTime('11:35'),
      end: wallTime('11:55'),
      presenters: { kind: 'allWorkplaces' },
    },
    {
      key: 'workplace-1',
      kind: 'workplacePresentation',
      title: {
        da: `${WORKPLACES_PLACEHOLDER}: Præsentation ved Lokal TRIO`,
        en: `${WORKPLACES_PLACEHOLDER}: Presentation by the local TRIO`,
      },
      note: BUZZ,
      start: wallTime('11:55'),
      end: wallTime('12:15'),
      presenters: { kind: 'workplaceSlots', slots: 1 },
    },
    {
      key: 'workplace-2',
      kind: 'workplacePresentation',
      title: {
        da: `${WORKPLACES_PLACEHOLDER}: Præsentation ved Lokal TRIO`,
        en: `${WORKPLACES_PLACEHOLDER}: Presentation by the local TRIO`,
      },
      note: BUZZ,
      start: wallTime('12:15'),
      end: wallTime('12:25'),
      presenters: { kind: 'workplaceSlots', slots: 1 },
    },
    {
      key: 'lunch',
      kind: 'break',
      title: { da: 'Let anretning', en: 'Light lunch' },
      start: wallTime('12:25'),
      end: wallTime('12:50'),
      presenters: NONE,
    },
    {
      key: 'hr-am',
      kind: 'presentation',
      title: {
        da: 'HR- og AM-konsulenter: Præsentation af deres opgaver og roller i projektet',
        en: 'HR and work-environment consultants: their tasks and roles in the project',
      },
      note: BUZZ,
      start: wallTime('12:50'),
      end: wallTime('13:10'),
      presenters: { kind: 'roles', roles: ['hrConsultant', 'amConsultant'] },
    },
    {
      key: 'survey',
      kind: 'surveyResults',
      title: {
        da: 'De samlede resultater fra indledende spørgeskemaundersøgelse',
        en: 'The overall results of the initial questionnaire survey',
      },
      start: wallTime('13:10'),
      end: wallTime('13:25'),
      presenters: NONE,
    },
    {
      key: 'reflection',
      kind: 'reflection',
      title: { da: 'Refleksion over dagen', en: 'Reflection on the day' },
      note: {
        da: 'Reflekterende team bestående af direktør, forvaltnings-/afdelingsdirektører og næstformanden i H-MED + forsamlingens refleksion',
        en: 'Reflecting team of the director, the department directors and the H-MED vice-chair + reflection from the floor',
      },
      start: wallTime('13:25'),
      end: wallTime('13:55'),
      presenters: REFLECTING_TEAM,
    },
    {
      key: 'closing',
      kind: 'closing',
      title: {
        da: 'Tak for i dag og kom godt hjem',
        en: 'Thank you for today and safe journey home',
      },
      start: wallTime('13:55'),
      end: wallTime('14:00'),
      presenters: NONE,
    },
  ],
};

/** The 2nd network meeting of the guide, 12.30–15.30: results, learning and next steps. */
export const SECOND_PROGRAMME: Programme = {
  id: 'second',
  name: { da: '2. netværksmøde', en: '2nd network meeting' },
  title: { da: '2. netværksmøde om social kapital', en: '2nd network meeting on social capital' },
  focus: {
    da: 'Hvilke resultater man har opnået, hvilken læring der er sket og de fremtidige indsatser omkring social kapital.',
    en: 'The results achieved, the learning that has happened and the future efforts on social capital.',
  },
  seriesPosition: 2,
  start: wallTime('12:30'),
  frameMinutes: 180,
  blocks: [
    {
      key: 'welcome',
      kind: 'welcome',
      title: { da: 'Velkomst og dagens program', en: "Welcome and today's programme" },
      start: wallTime('12:30'),
      end: wallTime('12:40'),
      presenters: NONE,
    },
    {
      key: 'overview',
      kind: 'presentation',
      title: {
        da: 'Overblik over indsatser og aktiviteter, der er blevet gennemført i projektet for at styrke social kapital',
        en: 'Overview of the efforts and activities carried out in the project to strengthen social capital',
      },
      start: wallTime('12:40'),
      end: wallTime('12:55'),
      presenters: NONE,
    },
    {
      key: 'workplaces-a',
      kind: 'workplacePresentation',
      title: {
        da: `Præsentation fra arbejdspladserne – ud fra stram opgavebeskrivelse: ${WORKPLACES_PLACEHOLDER}`,
        en: `Presentations from the workplaces – following a tight brief: ${WORKPLACES_PLACEHOLDER}`,
      },
      start: wallTime('12:55'),
      end: wallTime('13:30'),
      presenters: { kind: 'workplaceSlots', slots: 3 },
    },
    {
      key: 'break-1',
      kind: 'break',
      title: { da: 'Pause', en: 'Break' },
      start: wallTime('13:30'),
      end: wallTime('13:40'),
      presenters: NONE,
    },
    {
      key: 'workplaces-b',
      kind: 'workplacePresentation',
      title: {
        da: `Præsentation fra arbejdspladserne, fortsat: ${WORKPLACES_PLACEHOLDER}`,
        en: `Presentations from the workplaces, continued: ${WORKPLACES_PLACEHOLDER}`,
      },
      start: wallTime('13:40'),
      end: wallTime('14:15'),
      presenters: { kind: 'workplaceSlots', slots: 3 },
    },
    {
      key: 'survey',
      kind: 'surveyResults',
      title: {
        da: 'Præsentation af spørgeskemaresultaterne og de almene overvejelser det kan afstedkomme',
        en: 'Presentation of the questionnaire results and the general considerations they may prompt',
      },
      start: wallTime('14:15'),
      end: wallTime('14:45'),
      presenters: NONE,
    },
    {
      key: 'break-2',
      kind: 'break',
      title: { da: 'Pause', en: 'Break' },
      start: wallTime('14:45'),
      end: wallTime('15:00'),
      presenters: NONE,
    },
    {
      key: 'reflection',
      kind: 'reflection',
      title: {
        da: `Direktørernes og næstformanden i H-MED refleksioner over projektets resultater og hvilken retning den fortsatte 'social kapital indsats' skal tage ${ORGANISATION_PLACEHOLDER}`,
        en: `The directors' and the H-MED vice-chair's reflections on the project's results and the direction the continued social-capital effort should take ${ORGANISATION_PLACEHOLDER}`,
      },
      start: wallTime('15:00'),
      end: wallTime('15:20'),
      presenters: REFLECTING_TEAM,
    },
    {
      key: 'closing',
      kind: 'closing',
      title: { da: 'Afrunding', en: 'Wrap-up' },
      start: wallTime('15:20'),
      end: wallTime('15:30'),
      presenters: NONE,
    },
  ],
};

/** Start from nothing: a 3-hour frame and an empty agenda. */
export const BLANK_PROGRAMME: Programme = {
  id: 'blank',
  name: { da: 'Tomt program', en: 'Blank programme' },
  title: { da: 'Netværksmøde om social kapital', en: 'Network meeting on social capital' },
  focus: { da: '', en: '' },
  seriesPosition: 1,
  start: wallTime('09:00'),
  frameMinutes: 180,
  blocks: [],
};

/** The heading a block added by hand starts with, until the organiser writes its own. */
export const NEW_BLOCK_TITLE: Localized = { da: 'Nyt punkt', en: 'New item' };

/** Every programme the organiser can start from. */
export const PROGRAMMES: Readonly<Record<ProgrammeId, Programme>> = {
  first: FIRST_PROGRAMME,
  second: SECOND_PROGRAMME,
  blank: BLANK_PROGRAMME,
};
