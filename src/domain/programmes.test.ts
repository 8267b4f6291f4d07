import { describe, expect, it } from 'vitest';
import { EXPECTS_PRESENTING_WORKPLACES } from './programmeFacts';
import { FIRST_PROGRAMME, PROGRAMMES, SECOND_PROGRAMME } from './programmes';

// The programmes exactly as the brief (and the seed) give them: start, end, Danish title.
const FIRST: readonly [string, string, string][] = [
  ['11:00', '11:10', 'Velkomst, formål og program'],
  ['11:10', '11:20', 'Living statement og speed dating'],
  ['11:20', '11:35', 'Social kapital – hvad og hvorfor?'],
  [
    '11:35',
    '11:55',
    'Udstilling fra de deltagende arbejdspladser – der defileres rundt og spørges ind',
  ],
  ['11:55', '12:15', '{workplaces}: Præsentation ved Lokal TRIO'],
  ['12:15', '12:25', '{workplaces}: Præsentation ved Lokal TRIO'],
  ['12:25', '12:50', 'Let anretning'],
  ['12:50', '13:10', 'HR- og AM-konsulenter: Præsentation af deres opgaver og roller i projektet'],
  ['13:10', '13:25', 'De samlede resultater fra indledende spørgeskemaundersøgelse'],
  ['13:25', '13:55', 'Refleksion over dagen'],
  ['13:55', '14:00', 'Tak for i dag og kom godt hjem'],
];

const SECOND: readonly [string, string, string][] = [
  ['12:30', '12:40', 'Velkomst og dagens program'],
  [
    '12:40',
    '12:55',
    'Overblik over indsatser og aktiviteter, der er blevet gennemført i projektet for at styrke social kapital',
  ],
  [
    '12:55',
    '13:30',
    'Præsentation fra arbejdspladserne – ud fra stram opgavebeskrivelse: {workplaces}',
  ],
  ['13:30', '13:40', 'Pause'],
  ['13:40', '14:15', 'Præsentation fra arbejdspladserne, fortsat: {workplaces}'],
  [
    '14:15',
    '14:45',
    'Præsentation af spørgeskemaresultaterne og de almene overvejelser det kan afstedkomme',
  ],
  ['14:45', '15:00', 'Pause'],
  [
    '15:00',
    '15:20',
    "Direktørernes og næstformanden i H-MED refleksioner over projektets resultater og hvilken retning den fortsatte 'social kapital indsats' skal tage i kommunen/på hospitalet",
  ],
  ['15:20', '15:30', 'Afrunding'],
];

describe('programmes', () => {
  it('holds the 1st programme block for block as the brief gives it', () => {
    expect(FIRST_PROGRAMME.blocks.map((b) => [b.start, b.end, b.title.da])).toEqual(FIRST);
  });

  it('holds the 2nd programme block for block as the brief gives it', () => {
    expect(SECOND_PROGRAMME.blocks.map((b) => [b.start, b.end, b.title.da])).toEqual(SECOND);
  });

  it('translates every block and says who presents the ones the guide assigns', () => {
    for (const block of [...FIRST_PROGRAMME.blocks, ...SECOND_PROGRAMME.blocks]) {
      expect(block.title.en).not.toBe('');
      expect(block.title.en).not.toBe(block.title.da);
    }
    const hrAm = FIRST_PROGRAMME.blocks.find((b) => b.key === 'hr-am');
    expect(hrAm?.presenters).toEqual({ kind: 'roles', roles: ['hrConsultant', 'amConsultant'] });
    const reflection = SECOND_PROGRAMME.blocks.find((b) => b.kind === 'reflection');
    expect(reflection?.presenters).toEqual({
      kind: 'roles',
      roles: ['director', 'departmentDirector', 'medViceChair'],
    });
    expect(
      SECOND_PROGRAMME.blocks.filter((b) => b.presenters.kind === 'workplaceSlots'),
    ).toHaveLength(2);
  });

  it('says which programmes expect presenting workplaces, as their templates do', () => {
    for (const [id, programme] of Object.entries(PROGRAMMES)) {
      const inTemplate = programme.blocks.some(
        (b) => b.presenters.kind === 'workplaceSlots' || b.presenters.kind === 'allWorkplaces',
      );
      expect(EXPECTS_PRESENTING_WORKPLACES[id as keyof typeof PROGRAMMES], id).toBe(inTemplate);
    }
  });
});
