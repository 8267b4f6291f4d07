import { describe, expect, it } from 'vitest';
import { defaultAttendanceFor, inviteeFor, inviteesForRole } from './roleInvitees';
import { ROLES } from './roles';
import { aPersonRef } from './testBuilders.testSupport';

describe('inviting someone for a role', () => {
  const leader = aPersonRef('Lise Leder');
  const tr = aPersonRef('Tom TR');

  it('tags every member of a role group with the role they are invited for', () => {
    expect(inviteesForRole([leader, tr], 'medMember', 'optional')).toEqual([
      { ...leader, roles: ['medMember'], workplaceId: undefined, attendance: 'optional' },
      { ...tr, roles: ['medMember'], workplaceId: undefined, attendance: 'optional' },
    ]);
  });

  it('asks a person as their role asks by default, and stores only their reference', () => {
    const ref = aPersonRef('Mie Medlem');
    const person = { ...ref, jobTitle: 'Pædagog' };
    expect(inviteeFor(person, 'medMember')).toEqual({
      ...ref,
      roles: ['medMember'],
      workplaceId: undefined,
      attendance: 'optional',
    });
    expect(inviteeFor(person, 'medChair').attendance).toBe('required');
  });

  it('ties a TRIO seat’s holder to the workplace, and takes the attendance it is given', () => {
    expect(inviteeFor(tr, 'tr', { workplaceId: 'w-1' })).toMatchObject({
      workplaceId: 'w-1',
      attendance: 'required',
    });
    expect(inviteeFor(tr, 'medChair', { attendance: 'optional' }).attendance).toBe('optional');
  });
});

describe('default attendance', () => {
  it('asks the roles the guide counts on to come, and only welcomes the rest', () => {
    const required = ROLES.filter((r) => defaultAttendanceFor(r) === 'required');
    expect(required).toEqual(
      expect.arrayContaining(['director', 'medChair', 'medViceChair', 'tr']),
    );
    expect(ROLES.filter((r) => defaultAttendanceFor(r) === 'optional')).toEqual([
      'medMember',
      'otherStaff',
      'employee',
    ]);
  });
});
