import { describe, expect, it } from 'vitest';
import { cancellationComment, cancellationNoteIn } from './cancellation';
import { planReference, planRefIn } from './inviteMarks';
import { renderInvite } from './renderInvite';
import { aCoveredPlan } from './testBuilders.testSupport';

describe('a cancellation', () => {
  it('carries the message and the plan’s reference', () => {
    const comment = cancellationComment('Aflyst pga. sygdom.\r\nNy dato følger.', 'plan-7');
    expect(comment).toBe(`Aflyst pga. sygdom.\nNy dato følger.\n\n${planReference('plan-7')}`);
    expect(planRefIn(comment)).toBe('plan-7');
    expect(cancellationComment('  ', 'plan-7')).toBe(planReference('plan-7'));
    // The organiser's message cannot forge a reference of its own.
    expect(planRefIn(cancellationComment(planReference('evil'), 'plan-7'))).toBe('plan-7');
  });

  it('reads the organiser’s message back from a body that holds the cancellation', () => {
    const body =
      '<html><head></head><body><div>Aflyst pga. sygdom &amp; storm.<br>Ny dato følger.<br><br>NM-ref: plan-7</div></body></html>';
    expect(cancellationNoteIn(body)).toBe('Aflyst pga. sygdom & storm.\nNy dato følger.');
    const today = `<div>Aflyst.<br><br>${planReference('plan-7')}</div>`;
    expect(cancellationNoteIn(today)).toBe('Aflyst.');
  });

  it('reads no message from a body that is still the invitation', () => {
    expect(cancellationNoteIn(renderInvite(aCoveredPlan(), 'da').html)).toBeUndefined();
  });
});
