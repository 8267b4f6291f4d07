// The Outlook add-in's send check (`appointmentSending`, soft block), built as one file of its
// own: classic Outlook for Windows runs it in a JavaScript-only runtime (no DOM, no imports at
// run time, maybe no `Intl`); Outlook on the web and new Outlook load it from outlook-send.html.
//
// Its first act is to register the handler (`Office.actions.associate`): the only modules it
// imports up front are the host's, which declare functions and constants and touch nothing.
// The domain's rules are modules of this same file (`webpackMode: "eager"` keeps them in it),
// evaluated on Send only: the markers' reading for every meeting, the plan's schema and the
// coverage rules for a network meeting alone. So an ordinary meeting never pays for the rules,
// and an error in them is answered like any other (DEVELOPERS.md, "The send file").
import type { SendMarkers as DomainMarkers } from './domain/sendMarkers';
import {
  registerSendCheck,
  SMART_ALERTS_MESSAGE_MAX,
  type SendContext,
  type SendMarkers,
  type SendStop,
} from './host/outlook/sendEvent';

registerSendCheck({
  isNetworkMeeting: async (markers: SendMarkers) => {
    const { isNetworkMeeting } = await import(/* webpackMode: "eager" */ './domain/sendMarkers');
    return isNetworkMeeting(markers satisfies DomainMarkers);
  },
  decide,
  notChecked: async (error, displayLanguage) => {
    const { SEND_MESSAGES } = await import(/* webpackMode: "eager" */ './domain/sendMessages');
    const { localeFromTag } = await import(/* webpackMode: "eager" */ './domain/localized');
    const locale = localeFromTag(displayLanguage);
    return {
      errorMessage: SEND_MESSAGES.notChecked({ error })[locale],
      paneButtonLabel: SEND_MESSAGES.openPaneButton()[locale],
    };
  },
});

/** The check of a network meeting: the form read, the domain's rules applied. */
async function decide(context: SendContext): Promise<SendStop | undefined> {
  const { sendCheck } = await import(/* webpackMode: "eager" */ './domain/sendCheck');
  const { SEND_MESSAGES } = await import(/* webpackMode: "eager" */ './domain/sendMessages');
  const { localeFromTag } = await import(/* webpackMode: "eager" */ './domain/localized');
  const locale = localeFromTag(context.displayLanguage);
  const read = await context.readForm();
  const person = (a: { email: string; displayName: string }) => ({
    email: a.email,
    name: a.displayName,
  });
  const decision = sendCheck(
    {
      markers: context.markers,
      form: read.ok
        ? {
            ok: true,
            value: {
              required: read.value.required.map(person),
              optional: read.value.optional.map(person),
              // Whatever Outlook gave: a time that is not a time is NaN, which the check names.
              start: new Date(read.value.start).getTime(),
              end: new Date(read.value.end).getTime(),
              organizer: read.value.organizer,
            },
          }
        : read,
      now: Date.now(),
      dialogOpensPane: context.dialogOpensPane,
    },
    SMART_ALERTS_MESSAGE_MAX,
  );
  return decision.allow
    ? undefined
    : {
        errorMessage: decision.message[locale],
        paneButtonLabel: SEND_MESSAGES.openPaneButton()[locale],
      };
}
