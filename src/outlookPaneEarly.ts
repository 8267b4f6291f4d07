/**
 * The first module of the Outlook pane's page (`webpack.config.js` runs it before
 * `outlookPane.tsx`): it starts fetching the pane the manifest names in the address
 * (`outlook.html?pane=organizer` or `?pane=attendee`) before the page's own modules (React,
 * Fluent, sign-in) are evaluated, so the fetch overlaps that work instead of following it.
 * `mountOutlookPane` imports the same chunks and gets them from webpack's cache; the form's own
 * mode decides in the end which pane shows.
 */
const named = new URLSearchParams(location.search).get('pane');
if (named === 'organizer') {
  import(/* webpackChunkName: "organiser-pane" */ './ui/outlook/organiser/OrganiserPane').catch(
    () => undefined,
  );
} else if (named === 'attendee') {
  import(/* webpackChunkName: "attendee-pane" */ './ui/outlook/attendee/AttendeePane').catch(
    () => undefined,
  );
}

export {};
