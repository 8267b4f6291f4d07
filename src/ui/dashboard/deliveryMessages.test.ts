import { describe, expect, it } from 'vitest';
import { translator } from '../strings';
import { copenhagenDateTime } from '../../domain';
import { mismatchMessage, moveWarning, whatWasDone, whoWillHear } from './deliveryMessages';

const t = translator('en');
const anne = { name: 'Anne Lund', email: 'al@example.org' };
const bo = { name: 'Bo Berg', email: 'bb@example.org' };

describe('what the organiser is told about mail, in English', () => {
  it('names those a forward reaches, and nobody else', () => {
    expect(whoWillHear({ kind: 'forward', invited: [anne, bo] }, t, 'en')).toBe(
      'Only Anne Lund and Bo Berg will be told: the meeting is forwarded to them from your calendar. Nobody else gets mail.',
    );
  });

  it('counts everyone an update reaches, and names those invited and cancelled', () => {
    const update = {
      kind: 'update' as const,
      updated: [anne, anne, anne],
      invited: [bo],
      cancelled: [anne],
      asksAgain: true,
    };
    expect(whoWillHear(update, t, 'en')).toBe(
      'All 3 attendees get an updated invitation: Exchange sends a change of the meeting to everyone. Bo Berg will get the invitation. Anne Lund will get a cancellation.',
    );
    expect(whatWasDone({ delivery: update, notListed: [] }, t, 'en')).toBe(
      'Saved. All 3 attendees have had an updated invitation. The invitation has gone to Bo Berg. A cancellation has gone to Anne Lund. Everyone has been asked to answer again.',
    );
  });

  it('says when Exchange does not list a forward’s recipient yet', () => {
    expect(
      whatWasDone({ delivery: { kind: 'forward', invited: [bo] }, notListed: [bo] }, t, 'en'),
    ).toBe(
      'Saved. The meeting has been forwarded to Bo Berg; nobody else has been told. Exchange does not list Bo Berg among the meeting’s attendees yet; that happens when they answer.',
    );
  });

  it('warns of a move with the answers it wipes out, the chair by role', () => {
    const lost = [
      { ...anne, roles: ['director', 'medChair'] as const, response: 'accepted' as const },
      { ...bo, roles: ['medMember'] as const, response: 'declined' as const },
    ];
    expect(moveWarning(lost, t, 'en')).toBe(
      'Moving the meeting asks every attendee to answer again: their answers show as no answer until they answer anew. These have answered and must answer again: Anne Lund (MED chair) and Bo Berg. The guide asks the MED chair and vice-chair to confirm, so Anne Lund (MED chair) must confirm again.',
    );
    expect(moveWarning([], t, 'en')).toBe(t('moveWarning'));
  });

  it('says when Graph did not confirm a forward, and that it is not sent again', () => {
    expect(
      whatWasDone(
        { delivery: { kind: 'forward', invited: [bo] }, notListed: [], unconfirmed: [bo] },
        t,
        'en',
      ),
    ).toBe(
      'Saved. The meeting has been forwarded to Bo Berg; nobody else has been told. Microsoft 365 did not answer, so it is not confirmed that the invitation reached Bo Berg. It is not sent again by itself: ask them, or send a reminder.',
    );
  });

  it('says why a plan does not fit its meeting, with both times when they differ', () => {
    expect(mismatchMessage({ kind: 'otherEvent' }, t, 'en')).toBe(t('planOtherEvent'));
    const times = {
      kind: 'times' as const,
      plan: {
        start: copenhagenDateTime('2027-04-22T11:00:00'),
        end: copenhagenDateTime('2027-04-22T14:00:00'),
      },
      event: {
        start: copenhagenDateTime('2027-04-22T12:00:00'),
        end: copenhagenDateTime('2027-04-22T15:00:00'),
      },
    };
    expect(mismatchMessage(times, translator('da'), 'da')).toMatch(
      /^Mødet står i kalenderen torsdag den 22\. april 2027, 12\.00–15\.00, men planen siger torsdag den 22\. april 2027, 11\.00–14\.00:/,
    );
  });
});
