import { countOf, formatCount, type Locale, plural } from '../domain';
import { SHELL_STRINGS } from './shellStrings';

/**
 * One entry of the catalogue: a text, or a whole sentence with typed placeholders. A message is a
 * function of its parameters, never a fragment to glue to others: word order and plural forms
 * belong to the language (`countOf` picks "1 person" / "2 personer" by `Intl.PluralRules`).
 */
type Message = string | ((params: never) => string);

/** Every string the UI shows, in Danish; the English catalogue must have the same keys. */
const da = {
  ...SHELL_STRINGS.da,
  committeeTooLarge: (p: { group: string; n: number; max: number }) =>
    `${p.group} har ${p.n} medlemmer, men planen kan højst holde ${p.max} i MED-udvalget. Vælg gruppen med udvalgets egne medlemmer, eller tilføj dem én ad gangen.`,
  programmes: 'Programmer',
  programmeTime: (p: { range: string }) => `Tidspunkt: ${p.range}`,
  graphError: 'Microsoft Graph svarede ikke',
  plan: 'Planlæg',
  planProgramme: (p: { name: string }) => `Planlæg: ${p.name}`,
  planBlank: 'Planlæg fra et tomt program',
  continueDraft: (p: { title: string }) => `Fortsæt kladden: ${p.title}`,
  draftUnreadable: (p: { name: string }) =>
    `En gemt kladde kunne ikke læses. Den er lagt til side under navnet ${p.name}, så intet er tabt.`,
  back: 'Tilbage',
  plannerTitle: 'Planlæg netværksmøde',
  meeting: 'Mødet',
  meetingTitle: 'Titel',
  date: 'Dato',
  startTime: 'Starttid',
  endsAt: (p: { time: string }) => `Slutter kl. ${p.time}`,
  overFrame: (p: { time: string; overrun: string }) =>
    `Slutter kl. ${p.time} – ${p.overrun} over rammen på 3 timer`,
  teamsMeeting: 'Teams-møde',
  place: 'Sted',
  seriesPosition: 'Møde nr.',
  seriesSize: 'Møder i forløbet',
  coverage: 'Dækning af roller',
  noFindings: 'Alle roller er dækket, og programmet hænger sammen.',
  errors: (p: { n: number }) => `Fejl (${formatCount('da', p.n)})`,
  warnings: (p: { n: number }) =>
    `${plural('da', p.n, { one: 'Advarsel', other: 'Advarsler' })} (${formatCount('da', p.n)})`,
  infos: (p: { n: number }) => `Oplysninger (${formatCount('da', p.n)})`,
  send: 'Send invitation',
  sending: 'Sender …',
  sendBlocked: (p: { n: number }) =>
    plural('da', p.n, {
      one: 'Kan ikke sendes, før fejlen er rettet',
      other: `Kan ikke sendes, før de ${p.n} fejl er rettet`,
    }),
  sendWithErrors: (p: { n: number }) => `Send invitation (${formatCount('da', p.n)} fejl)`,
  sectionErrors: (p: { n: number }) => `${formatCount('da', p.n)} fejl`,
  sectionWarnings: (p: { n: number }) =>
    plural('da', p.n, { one: '1 advarsel', other: `${formatCount('da', p.n)} advarsler` }),
  sectionDone: 'Intet at rette',
  mainActions: 'Handlinger',
  moreActions: 'Andet',
  dangerActions: 'Aflysning',
  sent: 'Invitationen er sendt',
  sentMeeting: (p: { title: string; when: string }) => `${p.title}, ${p.when}.`,
  changesThroughFollowUp:
    'Planen kan ikke længere ændres her: de inviterede har fået invitationen, som den blev sendt. Ændringer af personer og tidspunkt, påmindelser og aflysning laves under opfølgning, så de inviterede får besked.',
  sentStatus: 'Sendt',
  openInOutlook: 'Åbn i Outlook',
  joinTeams: 'Teams-mødelink',
  invited: (p: { n: number }) => `Inviterede: ${formatCount('da', p.n)}`,
  sentInvitee: (p: { name: string; required: boolean }) =>
    `${p.name} (${p.required ? 'påkrævet' : 'valgfri'})`,
  draftSaved: 'Kladden er gemt',
  draftNotSaved: 'Kladden kunne ikke gemmes i browseren',
  agenda: 'Program',
  workplaces: 'Præsenterende arbejdspladser',
  trioGroups: 'Hvor finder appen TRIO’erne?',
  trioGroupsIntro:
    'Vælg én gang de grupper i kataloget, der rummer de lokale ledere, AMR’erne og TR’erne. En arbejdsplads’ TRIO er dem af dens medlemmer, der er i grupperne.',
  trioGroupLeader: 'Gruppen med lokale ledere',
  trioGroupAmr: 'Gruppen med AMR’er',
  trioGroupTr: 'Gruppen med TR’er',
  trioGroupsRemembered:
    'Appen læser grupperne én gang og husker dem, til du lukker den. Har nogen fået eller forladt en rolle, så læs dem igen.',
  trioGroupsReadAgain: 'Læs grupperne igen',
  trioGroupsReading: 'Læser grupperne igen …',
  trioGroupsReadDone:
    'Grupperne er læst igen. Arbejdspladser, du tilføjer nu, får deres TRIO derfra.',
  addWorkplace: 'Tilføj arbejdsplads fra kataloget',
  relayoutHint: 'Når arbejdspladserne ændres, lægges programmets arbejdspladsblokke ud igen.',
  loadingWorkplace: (p: { name: string }) => `Henter ${p.name} og arbejdspladsens TRIO …`,
  removeWorkplace: (p: { name: string }) => `Fjern arbejdspladsen ${p.name}`,
  seatLeader: 'Leder',
  seatAmr: 'AMR',
  seatTr: 'TR',
  seatEmpty: 'mangler',
  seatPick: (p: { seat: string; workplace: string }) => `Vælg ${p.seat} – ${p.workplace}`,
  seatChange: 'Skift',
  seatChangeFor: (p: { seat: string; workplace: string }) => `Skift ${p.seat} – ${p.workplace}`,
  noWorkplaces: 'Ingen arbejdspladser valgt endnu.',
  people: 'Deltagere',
  inviteAs: 'Inviter som',
  addFromGroup: 'Tilføj en gruppe fra kataloget',
  addPerson: 'Tilføj en person',
  personSearchPlaceholder: 'Søg på navn eller e-mail',
  groupSearchPlaceholder: 'Søg efter en gruppe',
  searching: 'Søger …',
  noMatches: 'Ingen fundet',
  inviteGuest: (p: { address: string }) => `Inviter ${p.address}`,
  loadingGroup: (p: { group: string }) => `Henter medlemmerne af ${p.group} …`,
  groupLoaded: (p: { group: string; n: number }) =>
    `Tilføjet fra gruppen ${p.group}: ${formatCount('da', p.n)}`,
  importMembers: (p: { group: string; n: number }) =>
    `${p.group}: ${countOf('da', p.n, 'person', 'personer')}`,
  importIntro: 'Alle er valgt. Fjern fluebenet ved dem, der ikke skal inviteres.',
  importAdd: (p: { n: number; role: string }) =>
    `Tilføj ${countOf('da', p.n, 'person', 'personer')} som ${p.role}`,
  importShowAll: (p: { n: number }) => `Vis alle ${formatCount('da', p.n)}`,
  importCancel: 'Fortryd',
  required: 'Påkrævet',
  optional: 'Valgfri',
  remove: 'Fjern',
  removePerson: (p: { name: string }) => `Fjern ${p.name}`,
  showAll: 'Vis alle',
  showAllCount: (p: { n: number }) => `Vis alle (${formatCount('da', p.n)})`,
  nobodyInvited: 'Ingen inviteret endnu.',
  attendanceOf: (p: { name: string }) => `Påkrævet deltagelse for ${p.name}`,
  blockStart: 'Start',
  blockMinutes: 'Minutter',
  blockTitle: 'Overskrift',
  untranslated: 'Ikke oversat endnu',
  untranslatedHint:
    'Ikke oversat endnu: teksten er skrevet på engelsk og vises og sendes, som den er skrevet, også på dansk. Skriv den danske tekst her.',
  keepUntranslated: 'Behold teksten, som den er',
  blockPresenters: 'Oplægsholdere',
  moveUp: 'Flyt op',
  moveDown: 'Flyt ned',
  moveBlockUp: (p: { title: string }) => `Flyt op: ${p.title}`,
  moveBlockDown: (p: { title: string }) => `Flyt ned: ${p.title}`,
  removeBlock: 'Fjern punktet',
  removeBlockNamed: (p: { title: string }) => `Fjern punktet: ${p.title}`,
  addBlock: 'Tilføj punkt',
  dragHint: 'Træk et punkt for at flytte det, eller brug Flyt op og Flyt ned.',
  blockMoved: (p: { position: number }) => `Punktet er flyttet til plads ${p.position}`,
  preview: 'Invitationen, som den sendes',
  previewOf: (p: { subject: string }) => `Invitationen, som den sendes: ${p.subject}`,
  showPreview: 'Vis invitationen',
  hidePreview: 'Skjul invitationen',
  fix: 'Ret',
  fixFinding: (p: { finding: string }) => `Ret: ${p.finding}`,
  invitedTo: 'Netværksmøder, du er inviteret til',
  noInvitations: 'Du er ikke inviteret til nogen netværksmøder lige nu.',
  upcomingInvitations: 'Kommende',
  invitationCancelled: 'Arrangøren har aflyst mødet.',
  pastInvitations: 'Tidligere',
  noUpcomingInvitations: 'Ingen kommende netværksmøder.',
  yourRoles: (p: { roles: string }) => `Inviteret som ${p.roles}`,
  expectedOfYou: 'Din del af programmet',
  pleaseConfirm: 'Som formand eller næstformand for MED bedes du bekræfte, om du deltager.',
  organisedBy: (p: { when: string; name: string }) => `${p.when} · Arrangør: ${p.name}`,
  yourAnswer: (p: { answer: string }) => `Dit svar: ${p.answer}`,
  answerAccept: 'Jeg deltager',
  answerTentative: 'Måske',
  answerDecline: 'Jeg melder afbud',
  declineTitle: 'Melde afbud?',
  declineToOrganiser: (p: { name: string }) => `${p.name} får besked om dit afbud.`,
  declineToOrganiserWithComment: (p: { name: string; comment: string }) =>
    `${p.name} får besked om dit afbud med din kommentar: »${p.comment}«.`,
  declineMustHave:
    'Som formand eller næstformand for MED er du en af dem, mødet ikke kan undvære: arrangøren skal så finde en stedfortræder.',
  declineYourPart: (p: { n: number }) =>
    plural('da', p.n, {
      one: 'Programmet regner med dig i 1 punkt; arrangøren skal finde en anden til det.',
      other: `Programmet regner med dig i ${p.n} punkter; arrangøren skal finde en anden til dem.`,
    }),
  declineCalendar:
    'Outlook flytter derefter mødet fra din kalender til Slettet post, medmindre du har valgt at gemme afviste begivenheder i Outlooks indstillinger. Ombestemmer du dig, så svar igen fra mødet under Slettet post i Outlook.',
  declineConfirm: 'Meld afbud',
  declineKeep: 'Fortryd',
  answerComment: 'Kommentar til arrangøren',
  showAgenda: 'Vis programmet',
  hideAgenda: 'Skjul programmet',
  remindIntro: (p: { n: number }) =>
    `Invitationen sendes igen, med beskeden herunder, til dem, der endnu ikke har svaret: ${countOf('da', p.n, 'modtager', 'modtagere')} i alt.`,
  requiredPlural: 'Påkrævede',
  optionalPlural: 'Valgfrie',
  remindMessage: 'Besked',
  remindSend: 'Send påmindelsen',
  remindCancel: 'Annuller',
  followUpSent: 'Følg op på mødet',
  cancelledBadge: 'Aflyst',
  declinedBy: (p: { n: number }) => `Afbud (${formatCount('da', p.n)})`,
  declineCommentsInOutlook:
    'En kommentar til et afbud kommer som svar i din indbakke i Outlook. Appen læser ikke din post (det ville kræve tilladelsen Mail.Read), så kommentarerne læses i Outlook.',
  openAnswersInOutlook: 'Åbn mødet og svarene i Outlook',
  organiserMessage: (p: { message: string }) => `Besked fra arrangøren: ${p.message}`,
  declinedRemoved:
    'Outlook har flyttet mødet fra din kalender til Slettet post, som det gør med afviste møder. Vil du alligevel deltage, så åbn det under Slettet post i Outlook og svar der, eller bed arrangøren sende invitationen igen.',
  declineHint:
    'Melder du afbud, flytter Outlook mødet fra din kalender til Slettet post, medmindre du har valgt at gemme afviste begivenheder i Outlooks indstillinger.',
  changeDeclined: 'Du har meldt afbud. Du kan stadig ombestemme dig her.',
  answered: 'Dit svar er sendt til arrangøren.',
  remind: 'Påmind dem, der ikke har svaret',
  remindCount: (p: { n: number }) => `Påmind dem, der ikke har svaret (${formatCount('da', p.n)})`,
  reminderComment:
    'Husk at svare på invitationen til netværksmødet, så vi ved, om alle roller er dækket.',
  reminded: (p: { n: number }) =>
    `Invitationen er sendt igen til ${countOf('da', p.n, 'person', 'personer')}.`,
  focus: 'Mødets fokus',
  planNext: (p: { position: number; size: number }) =>
    `Planlæg næste møde i serien (${p.position}/${p.size})`,
  presentedBefore: 'Præsenterede tidligere i serien',
  meetingNo: (p: { name: string; position: number }) => `${p.name} (møde ${p.position})`,
  presentedInMeeting: (p: { position: number }) => `Præsenterede i møde ${p.position}`,
  changePeople: 'Ændr mødet: personer og tidspunkt',
  newDate: 'Ny dato',
  newStart: 'Nyt starttidspunkt',
  moveTo: 'Flyt',
  pendingMove: (p: { when: string }) => `Flyt mødet til ${p.when}`,
  replaceWho: 'Erstat',
  replaceWhoPlaceholder: 'Vælg en inviteret',
  replaceWith: 'med',
  addAs: 'Tilføj som',
  addWho: 'Person',
  pendingChanges: 'Ikke gemt endnu',
  pendingReplace: (p: { absent: string; standIn: string }) =>
    `Erstat ${p.absent} med ${p.standIn} som stedfortræder ved dette møde`,
  replaceWhoHint:
    'Den nye kommer som stedfortræder ved dette møde. Rollen bliver hos den, der har den, og næste møde i serien inviterer dem igen.',
  pendingAdd: (p: { name: string; role: string }) => `Tilføj ${p.name} som ${p.role}`,
  saveChanges: 'Gem og send til de berørte',
  whoHearsNone: 'Ingen får besked: ændringen rører ikke ved det, deltagerne ser.',
  whoHearsForward: (p: { names: string }) =>
    `Kun ${p.names} får besked: mødet videresendes til dem fra din kalender. Ingen andre får en mail.`,
  whoHearsUpdate: (p: { n: number }) =>
    `${plural('da', p.n, { one: 'Den ene deltager får', other: `Alle ${p.n} deltagere får` })} en opdateret invitation: Exchange sender en ændring af mødet til alle.`,
  whoHearsInvited: (p: { names: string }) => `${p.names} får invitationen.`,
  whoHearsCancelled: (p: { names: string }) => `${p.names} får en aflysning.`,
  moveWarning:
    'Flytningen beder alle deltagere om at svare igen: deres svar står som intet svar, til de svarer på ny.',
  moveWarningAnswered: (p: { names: string }) => `Disse har svaret og skal svare igen: ${p.names}.`,
  moveWarningConfirm: (p: { names: string }) =>
    `Guiden beder MED-formanden og -næstformanden bekræfte, så ${p.names} skal bekræfte igen.`,
  savedNone: 'Gemt. Ingen har fået besked.',
  savedForward: (p: { names: string }) =>
    `Gemt. Mødet er videresendt til ${p.names}; ingen andre har fået besked.`,
  savedNotListed: (p: { names: string }) =>
    `Exchange viser endnu ikke ${p.names} på mødets deltagerliste; det sker, når de svarer.`,
  savedUpdate: (p: { n: number }) =>
    `Gemt. ${plural('da', p.n, { one: 'Den ene deltager har', other: `Alle ${p.n} deltagere har` })} fået en opdateret invitation.`,
  savedInvited: (p: { names: string }) => `${p.names} har fået invitationen.`,
  savedCancelled: (p: { names: string }) => `${p.names} har fået en aflysning.`,
  savedAskedAgain: 'Alle er bedt om at svare igen.',
  savedUnconfirmed: (p: { names: string }) =>
    `Microsoft 365 svarede ikke, så det er ikke bekræftet, at invitationen nåede frem til ${p.names}. Den sendes ikke igen af sig selv: spørg dem, eller send en påmindelse.`,
  planMismatchTitle: 'Planen passer ikke til mødet',
  planOtherEvent:
    'Planen på denne begivenhed blev skrevet til et andet møde og er kopieret hertil. Her gemmes intet, så dette møde ikke skrives om til det andet. Åbn det andet møde, eller planlæg dette på ny.',
  planOtherTimes: (p: { eventWhen: string; planWhen: string }) =>
    `Mødet står i kalenderen ${p.eventWhen}, men planen siger ${p.planWhen}: det er ændret uden for Netværksmøder. Her gemmes intet, før de passer sammen: flyt mødet tilbage i Outlook, eller åbn det i ruden Netværksmøde i Outlook, som tager kalenderens tid.`,
  conflict:
    'En anden har gemt ændringer i mødet imens. Mødet er hentet igen med deres ændringer, og dine står stadig herunder: gem igen.',
  exportIcs: 'Hent som .ics til gæster udefra',
  followUp: 'Følg op',
  followUpMeeting: (p: { title: string; date: string }) => `Følg op: ${p.title}, ${p.date}`,
  followUpTitle: 'Opfølgning på mødet',
  answersPerRole: 'Svar pr. rolle',
  role: 'Rolle',
  accepted: 'Accepteret',
  tentative: 'Foreløbig',
  declined: 'Afvist',
  noAnswer: 'Intet svar',
  refresh: 'Opdater svarene',
  attendanceCovered: 'Ingen svar indtil nu efterlader en nødvendig rolle udækket.',
  cancelMeeting: 'Aflys mødet',
  cancelMessage: 'Besked til alle inviterede',
  cancelledWith: (p: { message: string }) => `Besked til alle inviterede: ${p.message}`,
  cancelMessageDefault: 'Netværksmødet er desværre aflyst. Vi vender tilbage med en ny dato.',
  cancelConfirm: 'Aflys og send beskeden',
  keepMeeting: 'Behold mødet',
  cancelled: 'Mødet er aflyst, og alle inviterede har fået besked.',
  meetingUnreadable: 'Mødets plan kunne ikke læses.',
  findTime: 'Find et tidspunkt',
  findTimeIntro:
    'Tider i arbejdstiden, hvor dem mødet ikke kan undvære, kan komme: MED-formand og -næstformand, topledelsen, hver arbejdsplads’ hele TRIO og oplægsholderne. Programmets eget starttidspunkt foretrækkes, højst to tider om dagen, fordelt over ugerne. Helligdage og dagene fra juleaften til nytårsdag springes over. Kalendere, der ikke kan læses, regnes ikke som ledige.',
  searchFrom: 'Fra',
  searchWeeks: 'Uger frem',
  findTimes: 'Find tider',
  readingCalendars: (p: { n: number }) =>
    `Læser kalendere for ${countOf('da', p.n, 'person', 'personer')} …`,
  slotAllFree: 'Kan bruges',
  ownTime: (p: { when: string }) => `Planens tidspunkt: ${p.when}`,
  ownTimeMoving: (p: { when: string }) => `Mødets tidspunkt nu: ${p.when}`,
  ownTimeWorks: 'Passer',
  ownTimeMissing: (p: { names: string }) => `Passer ikke – mangler: ${p.names}`,
  ownTimeDayOff: 'Dagen er en weekend, en helligdag eller mellem jul og nytår.',
  otherTimes: 'Andre tider',
  slotMissing: (p: { names: string }) => `Mangler: ${p.names}`,
  chooseSlot: 'Vælg dette tidspunkt',
  chooseSlotAt: (p: { when: string }) => `Vælg dette tidspunkt: ${p.when}`,
  chooseSlotHint:
    'Vælg dette tidspunkt sætter planens dato og starttid. Intet bookes, før du vælger Send.',
  slotChosen: (p: { when: string }) =>
    `Når du vælger Send, inviteres alle til ${p.when}. Intet er booket endnu.`,
  moveSlotHint:
    'Vælg dette tidspunkt lægger en flytning af mødet klar under ændringerne. Intet flyttes, og ingen får besked, før du gemmer.',
  moveSlotChosen: (p: { when: string }) =>
    `Når du vælger Gem og send til de berørte, flyttes mødet til ${p.when}. Intet er flyttet endnu.`,
  slotMustHavesFree: 'Alle nødvendige roller kan komme.',
  slotMustHaveBusy: (p: { mustHave: string; absent: string }) =>
    `${p.mustHave} mangler: ${p.absent}.`,
  slotCannotCome: (p: { groups: string }) => `Andre, der ikke kan komme: ${p.groups}.`,
  slotBusyGroup: (p: { group: string; absent: string }) => `${p.group}: ${p.absent}`,
  slotAbsentee: (p: { name: string; status: string }) => `${p.name} (${p.status})`,
  slotNoRole: 'Uden rolle',
  slotOthersFree: (p: { free: number; n: number }) =>
    plural('da', p.n, {
      one: `${p.free} af 1 inviteret uden for de nødvendige roller er ledig.`,
      other: `${p.free} af ${p.n} inviterede uden for de nødvendige roller er ledige.`,
    }),
  slotUnknown: (p: { names: string; n: number }) =>
    `Ukendt, regnes ikke som ledig: ${p.names} (${plural('da', p.n, { one: 'kalenderen', other: 'kalenderne' })} kan ikke læses).`,
  slotMore: (p: { n: number }) => countOf('da', p.n, 'anden', 'andre'),
  slotTopManagement: 'Topledelsen',
  slotTrioOf: (p: { workplace: string }) => `Lokal TRIO for ${p.workplace}`,
  statusFree: 'ledig',
  statusTentative: 'foreløbigt optaget',
  statusBusy: 'optaget',
  statusOof: 'fraværende',
  statusOutsideHours: 'uden for arbejdstid',
  statusUnknown: 'ukendt',
  noSlots: 'Ingen tider i perioden.',
  slotsFound: 'Bedste tider først',
  retrying: (p: { seconds: number; attempt: number; of: number }) =>
    `Microsoft 365 har travlt. Prøver igen om ${p.seconds} s (forsøg ${p.attempt}/${p.of})`,
  copyEarlier: 'Møder, du arrangerer',
  upcomingMeetings: 'Kommende',
  pastMeetings: 'Tidligere',
  copyMeeting: 'Kopier',
  copyMeetingNamed: (p: { title: string; date: string }) => `Kopier: ${p.title}, ${p.date}`,
  noEarlierMeetings: 'Du har ikke arrangeret netværksmøder det seneste år.',
  loadingMeetings: 'Henter dine netværksmøder …',
  directoryFailed: 'Kataloget kunne ikke læses',
  calendar: 'Kalender',
  goToToday: 'Gå til i dag',
  prevMonth: 'Forrige måned',
  nextMonth: 'Næste måned',
  prevYear: 'Forrige år',
  nextYear: 'Næste år',
  prevYears: 'Tidligere år',
  nextYears: 'Senere år',
  closeCalendar: 'Luk kalenderen',
  monthPickerHeader: '{0}, vælg for at skifte år',
  yearPickerHeader: '{0}, vælg for at skifte måned',
  selectedDate: 'Valgt dato {0}',
  todayDate: 'Dags dato {0}',
  weekNumber: 'Uge {0}',
  datePlaceholder: 'dd.mm.åååå',
  timePlaceholder: 'tt.mm',
  badDate: (p: { text: string }) => `Kan ikke læse »${p.text}« som en dato. Skriv fx 15.04.2027.`,
  badTime: (p: { text: string }) => `Kan ikke læse »${p.text}« som et klokkeslæt. Skriv fx 11.00.`,
  outlookPaneTitle: 'Netværksmøde',
  outlookDocumentTitle: 'Netværksmøder: Netværksmøde',
  outlookNoNestedAuthTitle: 'Outlook her kan ikke logge dig ind i Netværksmøder',
  outlookNoNestedAuth:
    'Denne version af Outlook understøtter hverken indlejret app-godkendelse (NestedAppAuth 1.1) eller dialogvinduer (DialogApi 1.1), som tilføjelsesprogrammet logger ind med. Brug Outlook på nettet, nye Outlook til Windows eller en opdateret klassisk Outlook (Microsoft 365), eller planlæg mødet i Netværksmøder i Teams.',
  outlookDialogSignInTitle: 'Log ind i et vindue for sig',
  outlookDialogSignIn:
    'Denne version af Outlook kan ikke logge dig ind af sig selv (den mangler indlejret app-godkendelse). Log ind åbner et lille vindue, hvor du logger ind med din arbejdskonto; det lukker, når du er logget ind.',
  outlookDialogSignInButton: 'Log ind i et vindue',
  outlookDialogWaiting: 'Log ind i vinduet, der er åbnet …',
  outlookDialogClosed: 'Login-vinduet blev lukket, før du var logget ind. Prøv igen.',
  outlookDialogIgnored:
    'Outlook spurgte, om Netværksmøder måtte åbne et vindue, og svaret var Ignorer. Prøv igen, og vælg Tillad.',
  outlookDialogBlocked:
    'Browseren blokerede login-vinduet. Tillad pop op-vinduer for Outlook, og prøv igen.',
  outlookDialogAlreadyOpen:
    'Et login-vindue er allerede åbent. Log ind dér, eller luk det og prøv igen.',
  outlookDialogFailed: (p: { reason: string }) => `Du blev ikke logget ind: ${p.reason}`,
  signInDialogTitle: 'Log ind i Netværksmøder',
  signInDialogRedirecting: 'Sender dig videre til Microsofts login …',
  signInDialogDone: 'Du er logget ind. Vinduet lukker.',
  signInDialogNoOffice: (p: { reason: string }) =>
    `Dette vindue kan kun bruges, når Outlook åbner det. ${p.reason}`,
  failureRequestId: (p: { id: string }) => `Giv jeres it-support dette fejl-id: ${p.id}`,
  paneOrganiserIntro:
    'Vælg et program. Netværksmøde skriver emne, tid, sted, program og deltagere ind i mødet her; det, du selv har skrevet i mødets tekst, bliver stående.',
  paneReadingForm: 'Læser mødet …',
  paneFormFailed: 'Outlook svarede ikke, da mødets felter blev læst',
  paneWrite: 'Skriv i mødet',
  paneWriting: 'Skriver i mødet …',
  paneWritten:
    'Mødet er opdateret og gemt. Programmet står øverst i mødets tekst; resten af teksten er urørt.',
  paneWrittenNotSaved:
    'Mødet er opdateret. Programmet står øverst i mødets tekst; resten af teksten er urørt. Deltagerne får først besked, når du sender opdateringen i Outlook.',
  paneSubjectTooLong: (p: { length: number; max: number }) =>
    `Titlen er ${p.length} tegn lang, men Outlook tager højst ${p.max}. Skriv en kortere titel i mødets emnefelt i Outlook; intet er skrevet i mødet.`,
  paneLocationTooLong: (p: { length: number; max: number }) =>
    `Stedet er ${p.length} tegn langt, men Outlook tager højst ${p.max}. Skriv et kortere sted i mødets stedfelt i Outlook; intet er skrevet i mødet.`,
  paneNotArrived:
    'Mødet er skrevet og gemt i Outlook, men er ikke nået frem til Exchange endnu (klassisk Outlook gemmer først på computeren og sender det senere). Planen er derfor ikke gemt til opfølgningen i Teams. Skriv i mødet igen om et øjeblik.',
  paneUnreadableNotArrived:
    'Mødet er ikke nået frem til Exchange endnu (klassisk Outlook gemmer først på computeren), så dets plan kan ikke læses. Luk Netværksmøde, og åbn det igen om et øjeblik. Intet i mødet er ændret.',
  panePending: 'Der er ændringer her, som ikke står i mødet endnu.',
  paneRefused: (p: { error: string }) =>
    `Outlook afviste ændringen (${p.error}). Intet er tabt her; prøv igen.`,
  paneTooLarge: (p: { length: number; max: number }) =>
    `Planen er for stor til at følge mødet til kontrollen ved afsendelse (${formatCount('da', p.length)} tegn, højst ${formatCount('da', p.max)}). Intet er skrevet i mødet. Fjern nogle deltagere, og prøv igen.`,
  paneNotStored:
    'Mødet er skrevet og gemt i Outlook, men planen kunne ikke gemmes til opfølgningen i Teams. Prøv igen:',
  paneUnreadablePlan:
    'Mødet er et netværksmøde, men dets plan kunne ikke læses. Intet i mødet er ændret.',
  paneCoverageNote: 'Dækningen gælder det, der står i mødet nu: deltagerne og tiden i Outlook.',
  paneNoRole: (p: { n: number }) => `Uden rolle endnu (${formatCount('da', p.n)})`,
  paneNoRoleIntro: 'Tilføjet i Outlook. Giv dem en rolle, så tæller de med i dækningen.',
  paneRoleFor: (p: { name: string }) => `Rolle for ${p.name}`,
  paneGiveRole: 'Giv rolle',
  paneLoadingInvitation: 'Henter invitationen …',
  paneNotNetworkMeeting: 'Dette møde er ikke planlagt med Netværksmøder. Der er intet at vise her.',
  paneNotMeetingMessage:
    'Denne besked er ikke en mødeinvitation. Netværksmøde viser din del af et netværksmøde, når du åbner invitationen eller mødet i kalenderen.',
  paneNotInCalendar:
    'Invitationen er til et netværksmøde, men mødet står ikke i din kalender (det kan være afvist eller aflyst). Åbn mødet i kalenderen, hvis det står dér, eller spørg mødets arrangør.',
  paneWholeProgramme: 'Hele programmet',
  paneYourPart: 'Din del',
  copyAsNextMeeting: (p: { position: number; size: number }) =>
    `Som møde ${p.position} af ${p.size} i samme forløb`,
  copyAsNewEffort: 'Som møde 1 i et nyt forløb',
  frameConfirm: (p: { duration: string; time: string }) =>
    `Jeg bekræfter den tilpassede ramme: mødet varer ${p.duration} og slutter kl. ${p.time}`,
  frameConfirmHint:
    'Guiden lader rammen på 3 timer tilpasse lokalt. Mere end en time ud over den sendes kun, når du har bekræftet den.',
  roleRemove: (p: { role: string; name: string }) => `Fjern rollen ${p.role} fra ${p.name}`,
  roleAdd: 'Tilføj rolle',
  roleAddTo: (p: { name: string }) => `Tilføj en rolle til ${p.name}`,
  seatChoicesTitle: (p: { name: string }) => `${p.name} rummer flere arbejdspladser`,
  seatChoicesIntro:
    'Gruppen gav mere end én person til en plads i TRIO’en, så appen har ikke valgt nogen. Vælg, hvem der præsenterer, eller del gruppen i dens arbejdspladser.',
  seatChoice: (p: { role: string }) => `Hvem er ${p.role}?`,
  splitInto: (p: { names: string }) => `Del i arbejdspladserne ${p.names}`,
  splitReading: 'Læser gruppens arbejdspladser …',
  splitNone: 'Gruppen rummer ingen arbejdspladsgrupper at dele i. Vælg TRIO’en her.',
  organisationKind: 'Hvilken slags organisation er jeres?',
  organisationKindIntro:
    'Programmet skrives til den: »i kommunen«, »i regionen« eller »på hospitalet«. Valget huskes.',
  meetingLooking: 'Finder mødet i din kalender …',
  notNetworkMeeting: 'Dette møde er ikke planlagt med Netværksmøder.',
  meetingNotFound: 'Netværksmøder kan ikke finde dette møde i din kalender.',
  meetingChatRefused:
    'Netværksmøder måtte ikke læse mødets chat: enten er du ikke med i mødet, eller appen mangler tilladelsen Chat.ReadBasic (spørg din it-afdeling).',
  planOne: 'Planlæg et netværksmøde',
  liveTitle: 'Programmet nu',
  liveNow: 'Nu',
  liveNext: 'Derefter',
  liveMinutesLeft: (p: { n: number }) => `${formatCount('da', p.n)} min tilbage`,
  liveMinutesOver: (p: { n: number }) => `${formatCount('da', p.n)} min over tiden`,
  livePresenters: (p: { names: string }) => `Oplæg ved ${p.names}`,
  liveAt: (p: { time: string }) => `Kl. ${p.time}`,
  liveFollowsPlan: 'Følger planens tider',
  liveOnTime: 'Rummet er på planen',
  liveBehind: (p: { n: number }) => `Rummet er ${formatCount('da', p.n)} min bagud`,
  liveAhead: (p: { n: number }) => `Rummet er ${formatCount('da', p.n)} min foran`,
  liveMoveOn: 'Vi er videre til næste punkt',
  liveFollowPlan: 'Følg planens tider igen',
  liveStartsIn: (p: { n: number }) => `Mødet begynder om ${formatCount('da', p.n)} min`,
  liveOnDate: (p: { when: string }) => `Mødet er ${p.when}`,
  liveOver: 'Mødet er slut.',
  liveBetween: 'Pause i programmet',
  liveWhole: 'Hele programmet',
  liveDone: 'afsluttet',
  liveClock: (p: { time: string }) => `Klokken er ${p.time}`,
  stageShare: 'Vis programmet på mødeskærmen',
  stageShared: 'Programmet vises nu på mødeskærmen for alle i mødet.',
  stageRefused:
    'Teams viste ikke programmet. Kun mødets arrangør og præsentatorer kan vise noget på mødeskærmen.',
  stageUnavailable: 'Mødeskærmen findes kun i et Teams-møde.',
  stageNow: (p: { range: string }) => `Nu · ${p.range}`,
  stageNext: (p: { range: string }) => `Derefter · ${p.range}`,
  stageLeft: 'tilbage',
  stageOver: 'over tiden',
  stageClock: 'Klokken',
  stageNoProgramme: 'Programmet kunne ikke læses fra linket. Vis det igen fra sidepanelet.',
} satisfies Record<string, Message>;

/** The catalogue's shape: every key, and each message's parameters. */
type Catalogue = typeof da;

/** The keys of the UI's plain texts (no parameters). */
export type StringKey = {
  [K in keyof Catalogue]: Catalogue[K] extends string ? K : never;
}[keyof Catalogue];

/** The keys of the UI's messages with parameters. */
export type MessageKey = Exclude<keyof Catalogue, StringKey>;

/** The parameters a message takes. */
export type MessageParams<K extends MessageKey> = Catalogue[K] extends (p: infer P) => string
  ? P
  : never;

const en: { readonly [K in keyof Catalogue]: Catalogue[K] } = {
  ...SHELL_STRINGS.en,
  committeeTooLarge: (p) =>
    `${p.group} has ${p.n} members, but the plan can hold at most ${p.max} on the MED committee. Choose the group of the committee's own members, or add them one by one.`,
  programmes: 'Programmes',
  programmeTime: (p) => `Time: ${p.range}`,
  graphError: 'Microsoft Graph did not answer',
  plan: 'Plan',
  planProgramme: (p) => `Plan: ${p.name}`,
  planBlank: 'Plan from a blank programme',
  continueDraft: (p) => `Continue the draft: ${p.title}`,
  draftUnreadable: (p) =>
    `A saved draft could not be read. It has been put aside as ${p.name}, so nothing is lost.`,
  back: 'Back',
  plannerTitle: 'Plan a network meeting',
  meeting: 'The meeting',
  meetingTitle: 'Title',
  date: 'Date',
  startTime: 'Start time',
  endsAt: (p) => `Ends at ${p.time}`,
  overFrame: (p) => `Ends at ${p.time} – ${p.overrun} over the 3-hour frame`,
  teamsMeeting: 'Teams meeting',
  place: 'Place',
  seriesPosition: 'Meeting no.',
  seriesSize: 'Meetings in the series',
  coverage: 'Role coverage',
  noFindings: 'Every role is covered and the programme holds together.',
  errors: (p) =>
    `${plural('en', p.n, { one: 'Error', other: 'Errors' })} (${formatCount('en', p.n)})`,
  warnings: (p) =>
    `${plural('en', p.n, { one: 'Warning', other: 'Warnings' })} (${formatCount('en', p.n)})`,
  infos: (p) => `Information (${formatCount('en', p.n)})`,
  send: 'Send invitation',
  sending: 'Sending …',
  sendBlocked: (p) =>
    plural('en', p.n, {
      one: 'Cannot be sent until the error is fixed',
      other: `Cannot be sent until the ${p.n} errors are fixed`,
    }),
  sendWithErrors: (p) =>
    plural('en', p.n, {
      one: 'Send invitation (1 error)',
      other: `Send invitation (${formatCount('en', p.n)} errors)`,
    }),
  sectionErrors: (p) =>
    plural('en', p.n, { one: '1 error', other: `${formatCount('en', p.n)} errors` }),
  sectionWarnings: (p) =>
    plural('en', p.n, { one: '1 warning', other: `${formatCount('en', p.n)} warnings` }),
  sectionDone: 'Nothing to fix',
  mainActions: 'Actions',
  moreActions: 'More',
  dangerActions: 'Cancelling',
  sent: 'The invitation has been sent',
  sentMeeting: (p) => `${p.title}, ${p.when}.`,
  changesThroughFollowUp:
    'The plan can no longer be changed here: those invited have the invitation as it was sent. Changes of people and time, reminders and cancelling are made in the follow-up, so those invited are told.',
  sentStatus: 'Sent',
  openInOutlook: 'Open in Outlook',
  joinTeams: 'Teams meeting link',
  invited: (p) => `Invited: ${formatCount('en', p.n)}`,
  sentInvitee: (p) => `${p.name} (${p.required ? 'required' : 'optional'})`,
  draftSaved: 'Draft saved',
  draftNotSaved: 'The draft could not be saved in the browser',
  agenda: 'Programme',
  workplaces: 'Presenting workplaces',
  trioGroups: 'Where does the app find the TRIOs?',
  trioGroupsIntro:
    'Choose once the directory groups holding the workplace leaders, the AMRs and the TRs. A workplace’s TRIO is those of its members who are in them.',
  trioGroupLeader: 'Group of workplace leaders',
  trioGroupAmr: 'Group of AMRs',
  trioGroupTr: 'Group of TRs',
  trioGroupsRemembered:
    'The app reads the groups once and remembers them until you close it. If someone has taken up or left a role, read them again.',
  trioGroupsReadAgain: 'Read the groups again',
  trioGroupsReading: 'Reading the groups again …',
  trioGroupsReadDone:
    'The groups have been read again. Workplaces you add now take their TRIO from them.',
  addWorkplace: 'Add a workplace from the directory',
  relayoutHint: 'When the workplaces change, the programme’s workplace blocks are laid out again.',
  loadingWorkplace: (p) => `Fetching ${p.name} and the workplace’s TRIO …`,
  removeWorkplace: (p) => `Remove the workplace ${p.name}`,
  seatLeader: 'Leader',
  seatAmr: 'AMR',
  seatTr: 'TR',
  seatEmpty: 'missing',
  seatPick: (p) => `Choose ${p.seat} – ${p.workplace}`,
  seatChange: 'Change',
  seatChangeFor: (p) => `Change ${p.seat} – ${p.workplace}`,
  noWorkplaces: 'No workplaces chosen yet.',
  people: 'Invitees',
  inviteAs: 'Invite as',
  addFromGroup: 'Add a group from the directory',
  addPerson: 'Add a person',
  personSearchPlaceholder: 'Search by name or email',
  groupSearchPlaceholder: 'Search for a group',
  searching: 'Searching …',
  noMatches: 'None found',
  inviteGuest: (p) => `Invite ${p.address}`,
  loadingGroup: (p) => `Fetching the members of ${p.group} …`,
  groupLoaded: (p) => `Added from the group ${p.group}: ${formatCount('en', p.n)}`,
  importMembers: (p) => `${p.group}: ${countOf('en', p.n, 'person', 'people')}`,
  importIntro: 'Everyone is ticked. Untick anyone who should not be invited.',
  importAdd: (p) => `Add ${countOf('en', p.n, 'person', 'people')} as ${p.role}`,
  importShowAll: (p) => `Show all ${formatCount('en', p.n)}`,
  importCancel: 'Cancel',
  required: 'Required',
  optional: 'Optional',
  remove: 'Remove',
  removePerson: (p) => `Remove ${p.name}`,
  showAll: 'Show all',
  showAllCount: (p) => `Show all (${formatCount('en', p.n)})`,
  nobodyInvited: 'Nobody invited yet.',
  attendanceOf: (p) => `Required attendance for ${p.name}`,
  blockStart: 'Start',
  blockMinutes: 'Minutes',
  blockTitle: 'Title',
  untranslated: 'Not yet translated',
  untranslatedHint:
    'Not yet translated: this text was written in Danish and is shown and sent as written in English too. Write the English text here.',
  keepUntranslated: 'Keep it as it is',
  blockPresenters: 'Presenters',
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveBlockUp: (p) => `Move up: ${p.title}`,
  moveBlockDown: (p) => `Move down: ${p.title}`,
  removeBlock: 'Remove the item',
  removeBlockNamed: (p) => `Remove the item: ${p.title}`,
  addBlock: 'Add an item',
  dragHint: 'Drag an item to move it, or use Move up and Move down.',
  blockMoved: (p) => `The item moved to position ${p.position}`,
  preview: 'The invitation as it will be sent',
  previewOf: (p) => `The invitation as it will be sent: ${p.subject}`,
  showPreview: 'Show the invitation',
  hidePreview: 'Hide the invitation',
  fix: 'Fix',
  fixFinding: (p) => `Fix: ${p.finding}`,
  invitedTo: 'Network meetings you are invited to',
  noInvitations: 'You are not invited to any network meetings right now.',
  upcomingInvitations: 'Upcoming',
  invitationCancelled: 'The organiser has cancelled the meeting.',
  pastInvitations: 'Earlier',
  noUpcomingInvitations: 'No upcoming network meetings.',
  yourRoles: (p) => `Invited as ${p.roles}`,
  expectedOfYou: 'Your part in the programme',
  pleaseConfirm: 'As MED chair or vice-chair, please confirm whether you will attend.',
  organisedBy: (p) => `${p.when} · Organiser: ${p.name}`,
  yourAnswer: (p) => `Your answer: ${p.answer}`,
  answerAccept: 'I will attend',
  answerTentative: 'Maybe',
  answerDecline: 'I cannot come',
  declineTitle: 'Decline the meeting?',
  declineToOrganiser: (p) => `${p.name} will be told that you cannot come.`,
  declineToOrganiserWithComment: (p) =>
    `${p.name} will be told that you cannot come, with your comment: “${p.comment}”.`,
  declineMustHave:
    'As MED chair or vice-chair you are one of those the meeting cannot do without: the organiser will then have to find a stand-in.',
  declineYourPart: (p) =>
    plural('en', p.n, {
      one: 'The programme counts on you in 1 item; the organiser will have to find someone else for it.',
      other: `The programme counts on you in ${p.n} items; the organiser will have to find someone else for them.`,
    }),
  declineCalendar:
    'Outlook then moves the meeting from your calendar to Deleted Items, unless you chose to keep declined events in Outlook’s settings. If you change your mind, answer again from the meeting in Deleted Items in Outlook.',
  declineConfirm: 'Decline',
  declineKeep: 'Go back',
  answerComment: 'Comment to the organiser',
  showAgenda: 'Show the programme',
  hideAgenda: 'Hide the programme',
  remindIntro: (p) =>
    `The invitation is sent again, with the message below, to those who have not answered yet: ${countOf('en', p.n, 'recipient', 'recipients')} in all.`,
  requiredPlural: 'Required',
  optionalPlural: 'Optional',
  remindMessage: 'Message',
  remindSend: 'Send the reminder',
  remindCancel: 'Cancel',
  followUpSent: 'Follow up the meeting',
  cancelledBadge: 'Cancelled',
  declinedBy: (p) => `Declined (${formatCount('en', p.n)})`,
  declineCommentsInOutlook:
    'A comment with a decline reaches your Outlook inbox as a reply. The app does not read your mail (that would need the Mail.Read permission), so read the comments in Outlook.',
  openAnswersInOutlook: 'Open the meeting and its answers in Outlook',
  organiserMessage: (p) => `Message from the organiser: ${p.message}`,
  declinedRemoved:
    'Outlook has moved the meeting from your calendar to Deleted Items, as it does with declined meetings. To attend after all, open it in Deleted Items in Outlook and answer there, or ask the organiser to send the invitation again.',
  declineHint:
    'If you decline, Outlook moves the meeting from your calendar to Deleted Items, unless you have chosen to keep declined events in Outlook’s settings.',
  changeDeclined: 'You have declined. You can still change your mind here.',
  answered: 'Your answer has been sent to the organiser.',
  remind: 'Remind those who have not answered',
  remindCount: (p) => `Remind those who have not answered (${formatCount('en', p.n)})`,
  reminderComment:
    'Please answer the invitation to the network meeting, so we know whether every role is covered.',
  reminded: (p) => `The invitation was sent again to ${countOf('en', p.n, 'person', 'people')}.`,
  focus: 'Focus of the meeting',
  planNext: (p) => `Plan the next meeting of the series (${p.position}/${p.size})`,
  presentedBefore: 'Presented earlier in the series',
  meetingNo: (p) => `${p.name} (meeting ${p.position})`,
  presentedInMeeting: (p) => `Presented in meeting ${p.position}`,
  changePeople: 'Change the meeting: people and time',
  newDate: 'New date',
  newStart: 'New start time',
  moveTo: 'Move',
  pendingMove: (p) => `Move the meeting to ${p.when}`,
  replaceWho: 'Replace',
  replaceWhoPlaceholder: 'Choose someone invited',
  replaceWith: 'with',
  addAs: 'Add as',
  addWho: 'Person',
  pendingChanges: 'Not saved yet',
  pendingReplace: (p) => `Replace ${p.absent} with ${p.standIn} as a stand-in at this meeting`,
  replaceWhoHint:
    'The new person stands in at this meeting only. The role stays with its holder, and the next meeting of the series invites them again.',
  pendingAdd: (p) => `Add ${p.name} as ${p.role}`,
  saveChanges: 'Save and tell those affected',
  whoHearsNone: 'Nobody is told: the change touches nothing attendees see.',
  whoHearsForward: (p) =>
    `Only ${p.names} will be told: the meeting is forwarded to them from your calendar. Nobody else gets mail.`,
  whoHearsUpdate: (p) =>
    `${plural('en', p.n, { one: 'The 1 attendee gets', other: `All ${p.n} attendees get` })} an updated invitation: Exchange sends a change of the meeting to everyone.`,
  whoHearsInvited: (p) => `${p.names} will get the invitation.`,
  whoHearsCancelled: (p) => `${p.names} will get a cancellation.`,
  moveWarning:
    'Moving the meeting asks every attendee to answer again: their answers show as no answer until they answer anew.',
  moveWarningAnswered: (p) => `These have answered and must answer again: ${p.names}.`,
  moveWarningConfirm: (p) =>
    `The guide asks the MED chair and vice-chair to confirm, so ${p.names} must confirm again.`,
  savedNone: 'Saved. Nobody has been told.',
  savedForward: (p) =>
    `Saved. The meeting has been forwarded to ${p.names}; nobody else has been told.`,
  savedNotListed: (p) =>
    `Exchange does not list ${p.names} among the meeting’s attendees yet; that happens when they answer.`,
  savedUpdate: (p) =>
    `Saved. ${plural('en', p.n, { one: 'The 1 attendee has', other: `All ${p.n} attendees have` })} had an updated invitation.`,
  savedInvited: (p) => `The invitation has gone to ${p.names}.`,
  savedCancelled: (p) => `A cancellation has gone to ${p.names}.`,
  savedAskedAgain: 'Everyone has been asked to answer again.',
  savedUnconfirmed: (p) =>
    `Microsoft 365 did not answer, so it is not confirmed that the invitation reached ${p.names}. It is not sent again by itself: ask them, or send a reminder.`,
  planMismatchTitle: 'The plan does not fit the meeting',
  planOtherEvent:
    'The plan on this event was written for another meeting and copied here. Nothing is saved here, so this meeting is not rewritten into the other one. Open the other meeting, or plan this one anew.',
  planOtherTimes: (p) =>
    `The meeting is in the calendar ${p.eventWhen}, but the plan says ${p.planWhen}: it was changed outside Netværksmøder. Nothing is saved here until they agree: move the meeting back in Outlook, or open it in the Netværksmøde pane in Outlook, which takes the calendar's time.`,
  conflict:
    'Someone else saved changes to the meeting meanwhile. The meeting has been fetched again with their changes, and yours are still listed below: save again.',
  exportIcs: 'Download as .ics for outside guests',
  followUp: 'Follow up',
  followUpMeeting: (p) => `Follow up: ${p.title}, ${p.date}`,
  followUpTitle: 'Following up the meeting',
  answersPerRole: 'Answers per role',
  role: 'Role',
  accepted: 'Accepted',
  tentative: 'Tentative',
  declined: 'Declined',
  noAnswer: 'No answer',
  refresh: 'Refresh the answers',
  attendanceCovered: 'No answer so far leaves a required role uncovered.',
  cancelMeeting: 'Cancel the meeting',
  cancelMessage: 'Message to everyone invited',
  cancelledWith: (p) => `Message to everyone invited: ${p.message}`,
  cancelMessageDefault:
    'The network meeting has unfortunately been cancelled. We will be back with a new date.',
  cancelConfirm: 'Cancel and send the message',
  keepMeeting: 'Keep the meeting',
  cancelled: 'The meeting is cancelled and everyone invited has been told.',
  meetingUnreadable: 'The meeting’s plan could not be read.',
  findTime: 'Find a time',
  findTimeIntro:
    'Times in working hours when those the meeting cannot do without can come: the MED chair and vice-chair, top management, each workplace’s whole TRIO and the presenters. The programme’s own start time is preferred, at most two times a day, spread over the weeks. Danish public holidays and the days from Christmas Eve to New Year’s Day are skipped. Calendars that cannot be read are not counted as free.',
  searchFrom: 'From',
  searchWeeks: 'Weeks ahead',
  findTimes: 'Find times',
  readingCalendars: (p) => `Reading the calendars of ${countOf('en', p.n, 'person', 'people')} …`,
  slotAllFree: 'Works',
  ownTime: (p) => `The plan’s time: ${p.when}`,
  ownTimeMoving: (p) => `The meeting’s time now: ${p.when}`,
  ownTimeWorks: 'Works',
  ownTimeMissing: (p) => `Does not work – missing: ${p.names}`,
  ownTimeDayOff: 'The day is a weekend, a public holiday or between Christmas and New Year.',
  otherTimes: 'Other times',
  slotMissing: (p) => `Missing: ${p.names}`,
  chooseSlot: 'Choose this time',
  chooseSlotAt: (p) => `Choose this time: ${p.when}`,
  chooseSlotHint:
    "Choose this time sets the plan's date and start time. Nothing is booked until you choose Send.",
  slotChosen: (p) =>
    `When you choose Send, everyone is invited for ${p.when}. Nothing is booked yet.`,
  moveSlotHint:
    'Choose this time puts a move of the meeting among the pending changes. Nothing moves and nobody is told until you save.',
  moveSlotChosen: (p) =>
    `When you choose Save and tell those affected, the meeting moves to ${p.when}. Nothing has moved yet.`,
  slotMustHavesFree: 'Every must-have role can come.',
  slotMustHaveBusy: (p) => `${p.mustHave} is missing: ${p.absent}.`,
  slotCannotCome: (p) => `Others who cannot come: ${p.groups}.`,
  slotBusyGroup: (p) => `${p.group}: ${p.absent}`,
  slotAbsentee: (p) => `${p.name} (${p.status})`,
  slotNoRole: 'Without a role',
  slotOthersFree: (p) =>
    plural('en', p.n, {
      one: `${p.free} of 1 invitee outside the must-have roles is free.`,
      other: `${p.free} of ${p.n} invitees outside the must-have roles are free.`,
    }),
  slotUnknown: (p) =>
    `Unknown, not counted as free: ${p.names} (${plural('en', p.n, { one: 'calendar', other: 'calendars' })} cannot be read).`,
  slotMore: (p) => countOf('en', p.n, 'other', 'others'),
  slotTopManagement: 'Top management',
  slotTrioOf: (p) => `Local TRIO of ${p.workplace}`,
  statusFree: 'free',
  statusTentative: 'tentatively booked',
  statusBusy: 'busy',
  statusOof: 'out of office',
  statusOutsideHours: 'outside working hours',
  statusUnknown: 'unknown',
  noSlots: 'No times in the period.',
  slotsFound: 'Best times first',
  retrying: (p) =>
    `Microsoft 365 is busy. Trying again in ${p.seconds} s (attempt ${p.attempt}/${p.of})`,
  copyEarlier: 'Meetings you organise',
  upcomingMeetings: 'Upcoming',
  pastMeetings: 'Earlier',
  copyMeeting: 'Copy',
  copyMeetingNamed: (p) => `Copy: ${p.title}, ${p.date}`,
  noEarlierMeetings: 'You have not organised network meetings in the past year.',
  loadingMeetings: 'Fetching your network meetings …',
  directoryFailed: 'The directory could not be read',
  calendar: 'Calendar',
  goToToday: 'Go to today',
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  prevYear: 'Previous year',
  nextYear: 'Next year',
  prevYears: 'Earlier years',
  nextYears: 'Later years',
  closeCalendar: 'Close the calendar',
  monthPickerHeader: '{0}, select to change the year',
  yearPickerHeader: '{0}, select to change the month',
  selectedDate: 'Selected date {0}',
  todayDate: "Today's date {0}",
  weekNumber: 'Week {0}',
  datePlaceholder: 'e.g. 15 Apr 2027',
  timePlaceholder: 'hh:mm',
  badDate: (p) => `Cannot read “${p.text}” as a date. Type e.g. 15 Apr 2027.`,
  badTime: (p) => `Cannot read “${p.text}” as a time. Type e.g. 11:00.`,
  outlookPaneTitle: 'Network meeting',
  outlookDocumentTitle: 'Network meetings: Network meeting',
  outlookNoNestedAuthTitle: 'Outlook here cannot sign you in to Netværksmøder',
  outlookNoNestedAuth:
    'This version of Outlook supports neither nested app authentication (NestedAppAuth 1.1) nor dialogs (DialogApi 1.1), which the add-in signs in with. Use Outlook on the web, new Outlook for Windows or an updated classic Outlook (Microsoft 365), or plan the meeting in Netværksmøder in Teams.',
  outlookDialogSignInTitle: 'Sign in in a window of its own',
  outlookDialogSignIn:
    'This version of Outlook cannot sign you in by itself (it lacks nested app authentication). Sign in opens a small window where you sign in with your work account; it closes once you are signed in.',
  outlookDialogSignInButton: 'Sign in in a window',
  outlookDialogWaiting: 'Sign in in the window that opened …',
  outlookDialogClosed: 'The sign-in window was closed before you were signed in. Try again.',
  outlookDialogIgnored:
    'Outlook asked whether Netværksmøder may open a window, and the answer was Ignore. Try again and choose Allow.',
  outlookDialogBlocked:
    'The browser blocked the sign-in window. Allow pop-ups for Outlook and try again.',
  outlookDialogAlreadyOpen:
    'A sign-in window is already open. Sign in there, or close it and try again.',
  outlookDialogFailed: (p) => `Sign-in failed: ${p.reason}`,
  signInDialogTitle: 'Sign in to Netværksmøder',
  signInDialogRedirecting: 'Taking you to Microsoft’s sign-in …',
  signInDialogDone: 'You are signed in. This window closes.',
  signInDialogNoOffice: (p) => `This window works only when Outlook opens it. ${p.reason}`,
  failureRequestId: (p) => `Give your IT support this error id: ${p.id}`,
  paneOrganiserIntro:
    'Choose a programme. Network meeting writes the subject, time, place, programme and attendees into this meeting; what you wrote in the meeting’s text stays.',
  paneReadingForm: 'Reading the meeting …',
  paneFormFailed: 'Outlook did not answer when the meeting’s fields were read',
  paneWrite: 'Write into the meeting',
  paneWriting: 'Writing into the meeting …',
  paneWritten:
    'The meeting is updated and saved. The programme is at the top of the meeting’s text; the rest of the text is untouched.',
  paneWrittenNotSaved:
    'The meeting is updated. The programme is at the top of the meeting’s text; the rest of the text is untouched. Attendees hear of it only when you send the update in Outlook.',
  paneSubjectTooLong: (p) =>
    `The title is ${p.length} characters long, but Outlook takes at most ${p.max}. Type a shorter title in the meeting’s subject field in Outlook; nothing was written into the meeting.`,
  paneLocationTooLong: (p) =>
    `The place is ${p.length} characters long, but Outlook takes at most ${p.max}. Type a shorter place in the meeting’s location field in Outlook; nothing was written into the meeting.`,
  paneNotArrived:
    'The meeting is written and saved in Outlook, but has not reached Exchange yet (classic Outlook saves to the computer first and sends it later). So the plan is not stored for the follow-up in Teams. Write into the meeting again in a moment.',
  paneUnreadableNotArrived:
    'The meeting has not reached Exchange yet (classic Outlook saves to the computer first), so its plan cannot be read. Close Network meeting and open it again in a moment. Nothing in the meeting was changed.',
  panePending: 'There are changes here that are not in the meeting yet.',
  paneRefused: (p) => `Outlook refused the change (${p.error}). Nothing is lost here; try again.`,
  paneTooLarge: (p) =>
    `The plan is too large to travel with the meeting to the check on sending (${formatCount('en', p.length)} characters, at most ${formatCount('en', p.max)}). Nothing was written into the meeting. Remove some attendees and try again.`,
  paneNotStored:
    'The meeting is written and saved in Outlook, but the plan could not be stored for the follow-up in Teams. Try again:',
  paneUnreadablePlan:
    'The meeting is a network meeting, but its plan could not be read. Nothing in the meeting was changed.',
  paneCoverageNote: 'Coverage is of what the meeting holds now: the attendees and time in Outlook.',
  paneNoRole: (p) => `No role yet (${formatCount('en', p.n)})`,
  paneNoRoleIntro: 'Added in Outlook. Give them a role so they count in the coverage.',
  paneRoleFor: (p) => `Role for ${p.name}`,
  paneGiveRole: 'Give role',
  paneLoadingInvitation: 'Fetching the invitation …',
  paneNotNetworkMeeting:
    'This meeting was not planned with Netværksmøder. There is nothing to show here.',
  paneNotMeetingMessage:
    'This message is not a meeting invitation. Network meeting shows your part of a network meeting when you open the invitation or the meeting in your calendar.',
  paneNotInCalendar:
    'The invitation is to a network meeting, but the meeting is not in your calendar (it may have been declined or cancelled). Open the meeting in your calendar if it is there, or ask its organiser.',
  paneWholeProgramme: 'The whole programme',
  paneYourPart: 'Your part',
  copyAsNextMeeting: (p) => `As meeting ${p.position} of ${p.size} of the same effort`,
  copyAsNewEffort: 'As meeting 1 of a new effort',
  frameConfirm: (p) =>
    `I confirm the adapted frame: the meeting lasts ${p.duration} and ends at ${p.time}`,
  frameConfirmHint:
    'The guide lets the 3-hour frame be adapted locally. More than an hour past it is only sent once you have confirmed it.',
  roleRemove: (p) => `Remove the role ${p.role} from ${p.name}`,
  roleAdd: 'Add role',
  roleAddTo: (p) => `Add a role to ${p.name}`,
  seatChoicesTitle: (p) => `${p.name} holds several workplaces`,
  seatChoicesIntro:
    'The group gave more than one person for a seat of the TRIO, so the app has chosen no one. Choose who presents, or split the group into its workplaces.',
  seatChoice: (p) => `Who is the ${p.role}?`,
  splitInto: (p) => `Split into the workplaces ${p.names}`,
  splitReading: 'Reading the group’s workplaces …',
  splitNone: 'The group holds no workplace groups to split into. Choose the TRIO here.',
  organisationKind: 'What kind of organisation is yours?',
  organisationKindIntro:
    'The programme is worded for it: “in the municipality”, “in the region” or “at the hospital”. The choice is remembered.',
  meetingLooking: 'Finding the meeting in your calendar …',
  notNetworkMeeting: 'This meeting was not planned with Netværksmøder.',
  meetingNotFound: 'Netværksmøder cannot find this meeting in your calendar.',
  meetingChatRefused:
    'Netværksmøder was not allowed to read the meeting’s chat: either you are not in the meeting, or the app lacks the Chat.ReadBasic permission (ask your IT department).',
  planOne: 'Plan a network meeting',
  liveTitle: 'The programme now',
  liveNow: 'Now',
  liveNext: 'Next',
  liveMinutesLeft: (p) => `${formatCount('en', p.n)} min left`,
  liveMinutesOver: (p) => `${formatCount('en', p.n)} min over time`,
  livePresenters: (p) => `Presented by ${p.names}`,
  liveAt: (p) => `At ${p.time}`,
  liveFollowsPlan: 'Following the plan’s times',
  liveOnTime: 'The room is on schedule',
  liveBehind: (p) => `The room is ${formatCount('en', p.n)} min behind`,
  liveAhead: (p) => `The room is ${formatCount('en', p.n)} min ahead`,
  liveMoveOn: 'We have moved on to the next item',
  liveFollowPlan: 'Follow the plan’s times again',
  liveStartsIn: (p) => `The meeting starts in ${formatCount('en', p.n)} min`,
  liveOnDate: (p) => `The meeting is on ${p.when}`,
  liveOver: 'The meeting is over.',
  liveBetween: 'A gap in the programme',
  liveWhole: 'The whole programme',
  liveDone: 'done',
  liveClock: (p) => `The time is ${p.time}`,
  stageShare: 'Show the programme on the meeting stage',
  stageShared: 'The programme is now on the meeting stage for everyone in the meeting.',
  stageRefused:
    'Teams did not show the programme. Only the meeting’s organiser and presenters can show something on the meeting stage.',
  stageUnavailable: 'The meeting stage exists only in a Teams meeting.',
  stageNow: (p) => `Now · ${p.range}`,
  stageNext: (p) => `Next · ${p.range}`,
  stageLeft: 'left',
  stageOver: 'over time',
  stageClock: 'Time',
  stageNoProgramme:
    'The programme could not be read from the link. Show it again from the side panel.',
};

/** The UI's strings in each language. */
export const STRINGS: Readonly<Record<Locale, Catalogue>> = { da, en };

/** The catalogue in one language: a plain text by key, or a message filled with its parameters. */
export interface Translate {
  (key: StringKey): string;
  <K extends MessageKey>(key: K, params: MessageParams<K>): string;
}

function translatorFor(locale: Locale): Translate {
  const catalogue: Readonly<Record<string, Message>> = STRINGS[locale];
  return ((key: string, params?: unknown) => {
    const entry = catalogue[key];
    return typeof entry === 'function' ? (entry as (p: unknown) => string)(params) : (entry ?? key);
  }) as Translate;
}

const TRANSLATORS: Readonly<Record<Locale, Translate>> = {
  da: translatorFor('da'),
  en: translatorFor('en'),
};

/** The catalogue in `locale`, for code outside React; components use `useStrings`. */
export function translator(locale: Locale): Translate {
  return TRANSLATORS[locale];
}
