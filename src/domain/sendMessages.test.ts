import { describe, expect, it } from 'vitest';
import { DIALOG_BUTTON_MAX, SEND_MESSAGES } from './sendMessages';

describe('the send check’s messages', () => {
  it('are whole in both languages, fit Outlook’s dialog, and name the same things', () => {
    const texts = [
      SEND_MESSAGES.heading(),
      SEND_MESSAGES.more({ count: 1200 }),
      SEND_MESSAGES.planNotOpen({ dialogOpensPane: true }),
      SEND_MESSAGES.planNotOpen({ dialogOpensPane: false }),
      SEND_MESSAGES.planUnreadable({ dialogOpensPane: true }),
      SEND_MESSAGES.planUnreadable({ dialogOpensPane: false }),
      SEND_MESSAGES.formUnreadable({ error: 'GenericResponseError' }),
      SEND_MESSAGES.timesUnreadable(),
      SEND_MESSAGES.notChecked({ error: 'TypeError' }),
    ];
    for (const { da, en } of texts) {
      expect(da).not.toBe(en);
      expect(da.length).toBeLessThanOrEqual(500);
      expect(en.length).toBeLessThanOrEqual(500);
      expect(`${da}${en}`).not.toMatch(/undefined|NaN/);
    }
    expect(SEND_MESSAGES.more({ count: 1200 })).toEqual({
      da: '… og 1.200 mere',
      en: '… and 1,200 more',
    });
  });

  it('labels the dialog’s button within Outlook’s 20 characters, and the message names it', () => {
    const label = SEND_MESSAGES.openPaneButton();
    expect(label.da.length).toBeLessThanOrEqual(DIALOG_BUTTON_MAX);
    expect(label.en.length).toBeLessThanOrEqual(DIALOG_BUTTON_MAX);
    const message = SEND_MESSAGES.planNotOpen({ dialogOpensPane: true });
    expect(message.da).toContain(label.da);
    expect(message.en).toContain(label.en);
  });
});
