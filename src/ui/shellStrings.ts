import type { Locale } from '../domain';

/** A text, or a sentence with typed placeholders (see strings.ts). */
type ShellMessage = string | ((params: never) => string);

/**
 * The strings of the tab's shell, which the first screen shows before anyone is signed in: the
 * header, the sign-in card, the crash message, the configuration pages. They are a catalogue of
 * their own so the first screen does not carry every screen's strings in both languages (about
 * 15 KiB gzip); `strings.ts` spreads them into the whole catalogue, where the screens read them.
 */
const da = {
  appName: 'Netværksmøder',
  tagline: 'Planlæg netværksmøder om social kapital',
  loading: 'Indlæser …',
  crashTitle: 'Noget gik galt',
  crashBody:
    'Netværksmøder kunne ikke vise siden. Gå tilbage til start og prøv igen; dine møder i kalenderen og din kladde er, hvor de var. Sker det igen, så genindlæs appen.',
  crashDetail: (p: { detail: string }) => `Til it-supporten: ${p.detail}`,
  crashBack: 'Tilbage til start',
  crashReload: 'Genindlæs',
  signedInAs: (p: { name: string }) => `Logget ind som ${p.name}`,
  signIn: 'Log ind',
  signOut: 'Log ud',
  signingIn: 'Logger ind …',
  signInFailed: (p: { reason: string }) => `Du blev ikke logget ind: ${p.reason}`,
  signInIntro: 'Log ind med din arbejdskonto for at planlægge netværksmøder.',
  demoTitle: 'Demo: Egeskov Kommune',
  demoIntro: 'Vælg en person i den opdigtede kommune. Intet sendes uden for denne maskine.',
  demoOtherLanguage: 'In English',
  demoPerson: 'Demoperson',
  demoSignIn: (p: { name: string }) => `Log ind som ${p.name}`,
  runningInTeams: 'Kører i Microsoft Teams',
  runningInOutlook: 'Kører i Outlook',
  runningInM365: 'Kører i Microsoft 365',
  runningInBrowser: 'Kører i en browser',
  missingConfigTitle: 'Appen mangler opsætning',
  missingConfigIntro:
    'Denne version af appen er bygget uden de oplysninger, den skal bruge. Byg den igen med disse variabler sat (se .env.example):',
  configureTitle: 'Tilføj Netværksmøder til mødet',
  configureIntro:
    'Fanen viser arrangøren mødets opfølgning og hver inviteret deres roller og del af programmet. Under mødet viser sidepanelet programmet, som det skrider frem. Vælg Gem for at tilføje den.',
} satisfies Record<string, ShellMessage>;

/** The shell catalogue's shape: every key, and each message's parameters. */
export type ShellCatalogue = typeof da;

const en: { readonly [K in keyof ShellCatalogue]: ShellCatalogue[K] } = {
  appName: 'Network meetings',
  tagline: 'Plan network meetings on social capital',
  loading: 'Loading …',
  crashTitle: 'Something went wrong',
  crashBody:
    'Netværksmøder could not show the page. Go back to the start and try again; your meetings in the calendar and your draft are where they were. If it happens again, reload the app.',
  crashDetail: (p) => `For IT support: ${p.detail}`,
  crashBack: 'Back to the start',
  crashReload: 'Reload',
  signedInAs: (p) => `Signed in as ${p.name}`,
  signIn: 'Sign in',
  signOut: 'Sign out',
  signingIn: 'Signing in …',
  signInFailed: (p) => `Sign-in failed: ${p.reason}`,
  signInIntro: 'Sign in with your work account to plan network meetings.',
  demoTitle: 'Demo: Egeskov Kommune',
  demoIntro: 'Pick a person of the invented municipality. Nothing leaves this machine.',
  demoOtherLanguage: 'På dansk',
  demoPerson: 'Demo person',
  demoSignIn: (p) => `Sign in as ${p.name}`,
  runningInTeams: 'Running in Microsoft Teams',
  runningInOutlook: 'Running in Outlook',
  runningInM365: 'Running in Microsoft 365',
  runningInBrowser: 'Running in a browser',
  missingConfigTitle: 'The app is not configured',
  missingConfigIntro:
    'This build of the app lacks the settings it needs. Build it again with these variables set (see .env.example):',
  configureTitle: 'Add Network meetings to the meeting',
  configureIntro:
    'The tab shows the organiser the meeting’s follow-up, and each invitee their roles and part of the programme. During the meeting, the side panel shows the programme as it runs. Choose Save to add it.',
};

/** The shell's strings in each language (the first screen's; the screens use `STRINGS`). */
export const SHELL_STRINGS: Readonly<Record<Locale, ShellCatalogue>> = { da, en };
