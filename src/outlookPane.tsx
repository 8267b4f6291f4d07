import { createRoot } from 'react-dom/client';
import { graphOnDemand } from './app/lazyGraph';
import { RetryFeed } from './app/retryFeed';
import { chooseAddinAuthKind, createAuthProvider } from './auth/chooseAuth';
import { readConfig } from './config/appConfig';
import { BUILD_ENV } from './config/buildEnv';
import { localeFromTag } from './domain';
import type { MeetingForm } from './host/outlook/meetingForm';
import { connectOutlook } from './host/outlook/officeHost';
import { MissingConfigPage } from './ui/MissingConfigPage';
import { type EarlyFormPlan, earlyFormPlan, readFormForPlan } from './ui/outlook/formPlanReads';
import { loadPane, mountOutlookPane } from './ui/outlook/mountOutlookPane';
import { signInSilently } from './ui/outlook/PaneSignIn';

/**
 * The organiser's form plan as far as the form's own reads find it, asked now: the reads go to
 * Outlook while the pane's chunk loads and the page signs in, and the pane's first render shows
 * what they found, not a spinner and then a read. The function that reads them comes in the
 * organiser pane's own chunk. Undefined (the pane reads the form itself) if that chunk fails.
 */
async function earlyOrganiserPlan(form: MeetingForm): Promise<EarlyFormPlan | undefined> {
  const reads = readFormForPlan(form);
  try {
    const [{ formPlanWithoutGraph }, { readFormState }] = await Promise.all([
      import(/* webpackChunkName: "organiser-pane" */ './ui/outlook/findFormPlan'),
      import(/* webpackChunkName: "organiser-pane" */ './ui/outlook/formSync'),
    ]);
    const [found, formState] = await Promise.all([
      reads.then((r) => formPlanWithoutGraph(form, r)),
      readFormState(form).catch(() => undefined),
    ]);
    return earlyFormPlan({ found, formState, reads });
  } catch {
    return undefined;
  }
}

/**
 * The Outlook add-in's task panes (organiser and attendee), on a page of their own that loads
 * office.js from Microsoft's CDN before this script. office.js sets `history.pushState` and
 * `replaceState` to null, so nothing here may navigate with them.
 */
async function start(root: HTMLElement) {
  const configured = readConfig(BUILD_ENV);
  if (!configured.ok) {
    createRoot(root).render(
      <MissingConfigPage missing={configured.missing} locale={localeFromTag(navigator.language)} />,
    );
    return;
  }
  const config = configured.config;
  const outlook = await connectOutlook();
  // The pane's chunk loads while the page signs in.
  // A chunk that fails to load leaves the pane to load it lazily (and show its own error).
  const pane = loadPane(outlook.form.mode).catch(() => undefined);
  const early = outlook.form.mode === 'organizer' ? earlyOrganiserPlan(outlook.form) : undefined;
  const kind = chooseAddinAuthKind(config, {
    nestedAuth: outlook.nestedAuthSupported,
    dialogs: outlook.signInDialog !== undefined,
  });
  const auth = kind
    ? await createAuthProvider(kind, config, outlook.info, outlook.signInDialog)
    : undefined;
  // Signed in before the first render where Outlook's account (or the demo's person) allows.
  if (auth) {
    try {
      signInSilently(auth, outlook.form.mailboxAddress);
    } catch {
      // No user profile: the pane's own sign-in says what it can.
    }
  }
  const retries = new RetryFeed();
  const graph = graphOnDemand({
    baseUrl: config.graphBaseUrl,
    tokens: auth,
    retries,
    noTokens: 'No sign-in: Outlook offers neither nested app authentication nor dialogs here.',
  });
  mountOutlookPane(root, {
    form: outlook.form,
    host: outlook.info,
    nestedAuthSupported: outlook.nestedAuthSupported,
    auth,
    graph,
    retries,
    pane: await pane,
    // Only for a pane drawn as the page signs in: one that waits for the user to sign in reads
    // the form when it is drawn, as it then stands.
    early: auth?.state === 'signedIn' || auth?.state === 'signingIn' ? await early : undefined,
  });
}

const root = document.getElementById('root');
if (root) {
  start(root).catch((e: unknown) => {
    root.textContent = e instanceof Error ? e.message : String(e);
  });
}
