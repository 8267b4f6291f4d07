// The Outlook add-in's send check (`appointmentSending`, soft block), built as one small file of
// its own: classic Outlook for Windows runs it in a JavaScript-only runtime (no DOM, no imports
// at run time); Outlook on the web and new Outlook load it from outlook-send.html.
import { carriesPlan, formUnreadableMessage, localeFromTag, sendCheck } from './domain';
import {
  registerSendCheck,
  SMART_ALERTS_MESSAGE_MAX,
  type SendDecider,
} from './host/outlook/sendEvent';

const decide: SendDecider = async (markers, readForm, displayLanguage) => {
  const locale = localeFromTag(displayLanguage);
  // Any other meeting: answer at once, without reading anything more.
  if (!carriesPlan(markers)) return { allowEvent: true };
  const form = await readForm();
  if (!form.ok) {
    return { allowEvent: false, errorMessage: formUnreadableMessage(form.error.name)[locale] };
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
        organizer: form.value.organizer,
      },
      now: Date.now(),
    },
    SMART_ALERTS_MESSAGE_MAX,
  );
  return decision.allow
    ? { allowEvent: true }
    : { allowEvent: false, errorMessage: decision.message[locale] };
};

registerSendCheck(decide);
