// The Outlook add-in's send check (`appointmentSending`, soft block), built as one small file of
// its own: classic Outlook for Windows runs it in a JavaScript-only runtime (no DOM, no imports
// at run time); Outlook on the web and new Outlook load it from outlook-send.html.
import { localeFromTag, sendCheck } from './domain';
import {
  registerSendCheck,
  SMART_ALERTS_MESSAGE_MAX,
  type SendDecider,
} from './host/outlook/sendEvent';

const decide: SendDecider = async (markers, readForm, displayLanguage) => {
  const locale = localeFromTag(displayLanguage);
  const isNetworkMeeting =
    markers.planJson !== undefined ||
    markers.planId !== undefined ||
    markers.bodyHtml.includes('NM-ref');
  // Any other meeting: answer at once, without reading anything more.
  if (!isNetworkMeeting) return { allowEvent: true };
  const form = await readForm();
  if (!form.ok) {
    return {
      allowEvent: false,
      errorMessage:
        locale === 'da'
          ? `Netværksmødet kunne ikke kontrolleres (${form.error.name}). Prøv at sende igen.`
          : `The network meeting could not be checked (${form.error.name}). Try sending again.`,
    };
  }
  const person = (a: { email: string; displayName: string }) => ({
    email: a.email,
    name: a.displayName,
  });
  const decision = sendCheck(
    {
      bodyHtml: markers.bodyHtml,
      planJson: markers.planJson,
      planId: markers.planId,
      form: {
        required: form.value.required.map(person),
        optional: form.value.optional.map(person),
        start: form.value.start.getTime(),
        end: form.value.end.getTime(),
      },
      now: Date.now(),
    },
    SMART_ALERTS_MESSAGE_MAX,
  );
  return decision.allow
    ? { allowEvent: true }
    : { allowEvent: false, errorMessage: decision.message[locale] };
};

registerSendCheck(
  (globalThis as unknown as { Office: Parameters<typeof registerSendCheck>[0] }).Office,
  decide,
);
