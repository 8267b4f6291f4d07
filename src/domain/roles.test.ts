import { describe, expect, it } from 'vitest';
import { isRole, ROLE_GROUPS, ROLE_LABELS, ROLES, roleGroupOf, roleInSentence } from './roles';

describe('roles', () => {
  it('labels every role in Danish and English', () => {
    for (const role of ROLES) {
      expect(ROLE_LABELS[role].da.length).toBeGreaterThan(0);
      expect(ROLE_LABELS[role].en.length).toBeGreaterThan(0);
    }
    expect(ROLE_LABELS.amr.da).toContain('Arbejdsmiljørepræsentant');
  });

  it('puts every role in exactly one of the guide’s five groups', () => {
    const grouped = Object.values(ROLE_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...ROLES].sort());
    expect(roleGroupOf('medViceChair')).toBe('medCommittee');
    expect(roleGroupOf('departmentDirector')).toBe('topManagement');
    expect(roleGroupOf('tr')).toBe('localUnits');
  });

  it('recognises role names and nothing else', () => {
    expect(isRole('medChair')).toBe(true);
    expect(isRole('chair')).toBe(false);
    expect(isRole(3)).toBe(false);
  });
});

describe('a role inside a sentence', () => {
  it('is lower-case, unless its label opens with an abbreviation', () => {
    expect(roleInSentence('director', 'da')).toBe('direktør');
    expect(roleInSentence('tr', 'da')).toBe('tillidsrepræsentant (TR)');
    expect(roleInSentence('tr', 'en')).toBe('union representative (TR)');
    expect(roleInSentence('medViceChair', 'da')).toBe('MED-næstformand');
    expect(roleInSentence('hrConsultant', 'da')).toBe('HR-konsulent');
    expect(roleInSentence('hrConsultant', 'en')).toBe('HR consultant');
    expect(roleInSentence('amr', 'da')).toBe('arbejdsmiljørepræsentant (AMR)');
  });
});
