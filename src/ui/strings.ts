import type { Locale } from '../domain';

/** Every string the UI shows, in Danish; the English catalogue must have the same keys. */
const da = {
  appName: 'Netværksmøder',
  tagline: 'Planlæg netværksmøder om social kapital',
  loading: 'Indlæser …',
  signedInAs: 'Logget ind som',
  signIn: 'Log ind',
  signOut: 'Log ud',
  signingIn: 'Logger ind …',
  signInFailed: 'Login mislykkedes',
  signInIntro: 'Log ind med din arbejdskonto for at planlægge netværksmøder.',
  demoTitle: 'Demo: Egeskov Kommune',
  demoIntro: 'Vælg en person i den opdigtede kommune. Intet sendes uden for denne maskine.',
  demoPerson: 'Demoperson',
  demoSignIn: 'Log ind som',
  programmes: 'Programmer',
  programmeTime: 'Tidspunkt',
  hostTeams: 'Microsoft Teams',
  hostOutlook: 'Outlook',
  hostM365: 'Microsoft 365',
  hostBrowser: 'Browser',
  runningIn: 'Kører i',
  missingConfigTitle: 'Appen mangler opsætning',
  missingConfigIntro:
    'Denne version af appen er bygget uden de oplysninger, den skal bruge. Byg den igen med disse variabler sat (se .env.example):',
  graphError: 'Microsoft Graph svarede ikke',
  configureTitle: 'Tilføj Netværksmøder som fane',
  configureIntro:
    'Fanen viser holdets netværksmøder og lader arrangøren planlægge nye. Vælg Gem for at tilføje den.',
} as const;

/** The keys of the UI's strings. */
export type StringKey = keyof typeof da;

const en: Record<StringKey, string> = {
  appName: 'Network meetings',
  tagline: 'Plan network meetings on social capital',
  loading: 'Loading …',
  signedInAs: 'Signed in as',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signingIn: 'Signing in …',
  signInFailed: 'Sign-in failed',
  signInIntro: 'Sign in with your work account to plan network meetings.',
  demoTitle: 'Demo: Egeskov Kommune',
  demoIntro: 'Pick a person of the invented municipality. Nothing leaves this machine.',
  demoPerson: 'Demo person',
  demoSignIn: 'Sign in as',
  programmes: 'Programmes',
  programmeTime: 'Time',
  hostTeams: 'Microsoft Teams',
  hostOutlook: 'Outlook',
  hostM365: 'Microsoft 365',
  hostBrowser: 'Browser',
  runningIn: 'Running in',
  missingConfigTitle: 'The app is not configured',
  missingConfigIntro:
    'This build of the app lacks the settings it needs. Build it again with these variables set (see .env.example):',
  graphError: 'Microsoft Graph did not answer',
  configureTitle: 'Add Network meetings as a tab',
  configureIntro:
    "The tab shows the team's network meetings and lets the organiser plan new ones. Choose Save to add it.",
};

/** The UI's strings in each language. */
export const STRINGS: Readonly<Record<Locale, Readonly<Record<StringKey, string>>>> = { da, en };
