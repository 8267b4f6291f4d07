import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { connectOutlook } from './officeHost';

const OUTLOOK = 'outlook' as ConstructorParameters<typeof OfficeMockObject>[1];

/** office.js as the pane page finds it: `onReady`, the context, the item in compose or read mode. */
function office(options: { compose: boolean; sets: Record<string, string> }) {
  return new OfficeMockObject(
    {
      host: 'outlook',
      onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
      context: {
        displayLanguage: 'en-GB',
        diagnostics: { platform: 'OfficeOnline' },
        requirements: {
          isSetSupported: (name: string, version: string) =>
            options.sets[name] !== undefined && Number(options.sets[name]) >= Number(version),
        },
        ui: { displayDialogAsync: () => undefined },
        mailbox: {
          userProfile: { emailAddress: 'signe@egeskov.example' },
          item: options.compose
            ? { subject: { getAsync: () => undefined } }
            : { subject: 'Netværksmøde' },
        },
      },
    },
    OUTLOOK,
  );
}

describe('connecting to Outlook through office.js', () => {
  it('finds the organiser’s form in compose mode, and whether nested app auth is there', async () => {
    const outlook = await connectOutlook({
      Office: office({ compose: true, sets: { Mailbox: '1.13', NestedAppAuth: '1.1' } }),
    });
    expect(outlook.form.mode).toBe('organizer');
    expect(outlook.nestedAuthSupported).toBe(true);
    expect(outlook.info).toMatchObject({
      kind: 'outlook',
      locale: 'en-GB',
      loginHint: 'signe@egeskov.example',
      nestedAuth: true,
    });
  });

  it('finds an attendee’s invitation in read mode, in an Outlook without nested app auth', async () => {
    const outlook = await connectOutlook({
      Office: office({ compose: false, sets: { Mailbox: '1.13' } }),
    });
    expect(outlook.form.mode).toBe('attendee');
    expect(outlook.nestedAuthSupported).toBe(false);
  });

  it('offers the sign-in dialog where Outlook has DialogApi 1.1, on the pane’s own origin', async () => {
    const location = { origin: 'https://nm.example' };
    const withDialogs = await connectOutlook({
      Office: office({ compose: true, sets: { Mailbox: '1.13', DialogApi: '1.2' } }),
      location,
    });
    expect(withDialogs.nestedAuthSupported).toBe(false);
    expect(withDialogs.signInDialog).toBeTypeOf('function');
    const without = await connectOutlook({
      Office: office({ compose: true, sets: { Mailbox: '1.13' } }),
      location,
    });
    expect(without.signInDialog).toBeUndefined();
  });

  it('says so when office.js never loaded', async () => {
    await expect(connectOutlook({})).rejects.toThrow('office.js did not load');
  });
});
