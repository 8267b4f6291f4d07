import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, errorFinding } from './errorMessages';
import { FINDING_MESSAGES, type MessageParams } from './findingMessages';
import { FINDING_SEVERITY, type FindingCode, finding } from './findings';

const TEXTS = ['people', 'blocks', 'workplaces', 'roles', 'details', 'duration', 'date'] as const;
const NUMBERS = {
  minutes: 9001,
  position: 9002,
  size: 9003,
  otherPosition: 9004,
  otherSize: 9005,
} as const;

/** Every parameter filled with a marker per language, and a count of one or many. */
function markedParams(count: number): MessageParams {
  const texts = Object.fromEntries(
    TEXTS.map((name) => [name, { da: `⟦${name}⟧`, en: `⟦${name}⟧` }]),
  );
  return { ...texts, ...NUMBERS, count };
}

/** The parameters a text shows: its markers and numbers. */
function shown(text: string): string[] {
  const markers = [...text.matchAll(/⟦(\w+)⟧/g)].map((m) => m[1] ?? '');
  const numbers = Object.entries(NUMBERS).flatMap(([name, n]) =>
    text.includes(String(n)) ? [name] : [],
  );
  return [...new Set([...markers, ...numbers])].sort();
}

describe('the findings’ messages', () => {
  it('say the same things in Danish and English: same placeholders, for one and for many', () => {
    for (const [code, message] of Object.entries(FINDING_MESSAGES)) {
      for (const [count, direction] of [
        [1, 'after'],
        [2, 'before'],
      ] as const) {
        const { da, en } = message({ ...markedParams(count), direction });
        expect(da, code).not.toBe('');
        expect(en, code).not.toBe('');
        expect(shown(en), `${code}: ${en}`).toEqual(shown(da));
        expect(`${da} ${en}`, code).not.toMatch(/undefined/);
      }
    }
  });

  it('words one person and several by each language’s plural rules', () => {
    const one = FINDING_MESSAGES['role-only-optional']({
      roles: { da: 'MED-formand', en: 'MED chair' },
      people: { da: 'Anna', en: 'Anna' },
      count: 1,
    });
    const two = FINDING_MESSAGES['role-only-optional']({
      roles: { da: 'MED-formand', en: 'MED chair' },
      people: { da: 'Anna og Bo', en: 'Anna and Bo' },
      count: 2,
    });
    expect(one.da).toMatch(/Gør vedkommende påkrævet\.$/);
    expect(two.da).toMatch(/Gør mindst én af dem påkrævet\.$/);
    expect(one.en).toMatch(/^MED chair: Anna is only invited/);
    expect(two.en).toMatch(/^MED chair: Anna and Bo are only invited/);
  });

  it('use one imperative form in Danish: Inviter, not Invitér', () => {
    for (const message of Object.values(FINDING_MESSAGES))
      expect(message(markedParams(2)).da).not.toMatch(/Invitér/);
  });
});

describe('the errors’ messages, which the Outlook send check carries alone', () => {
  it('are those of every code that stops a plan before it is sent, and errorFinding builds what finding does', () => {
    const errors = Object.entries(FINDING_SEVERITY)
      .filter(([code, severity]) => severity === 'error' && !code.startsWith('attendance-'))
      .map(([code]) => code);
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual(errors.sort());
    for (const code of Object.keys(ERROR_MESSAGES) as (keyof typeof ERROR_MESSAGES)[]) {
      const params = markedParams(2);
      const subject = { blockIds: ['b'], minutes: 5 };
      expect(errorFinding(code, params, subject)).toEqual(
        finding(code as FindingCode, FINDING_MESSAGES[code](params), subject),
      );
    }
  });
});
