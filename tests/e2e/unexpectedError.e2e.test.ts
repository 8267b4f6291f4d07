import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { browserFixture, coveredDemoPlan, emulator } from './fixture';

const session = browserFixture();

describe('when Microsoft 365 answers something nobody planned for', () => {
  it('says an unexpected error happened, not that the organiser is offline, and gives the error id', async () => {
    const plan = coveredDemoPlan(`unexpected-${Date.now()}`, '2027-05-20');
    const { context, page, send } = await session.plannerWithDraft(plan);
    await emulator.faults([{ method: 'POST', path: '^/me/events$', status: 500 }]);
    await send.click();
    const alert = page.getByRole('alert').filter({ hasText: 'Der skete en uventet fejl' });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).not.toContain('Ingen forbindelse');
    expect(text).toMatch(/Giv jeres it-support dette fejl-id: [0-9a-f-]{36}$/);
    await screenshot(page, 'planner-unexpected-error-da');
    await context.close();
  });
});
