import type { EmulatorCore } from './core';
import { seededRandom } from './prng';
import type { StoredEvent } from './state';
import { teamsJoinBlock, withJoinBlock } from './teamsJoinBlock';
import { longJoinUrl } from './teamsMeeting';

const SUBJECTS = [
  'Teammøde',
  'Borgersag',
  'Budgetopfølgning',
  'Supervision',
  'MED-møde',
  'Samtale',
];
const AGENDA =
  '<p class="MsoNormal">Dagsorden:</p><ol><li class="MsoListParagraph">Godkendelse af referat</li>' +
  '<li class="MsoListParagraph">Status på indsatser</li><li class="MsoListParagraph">Økonomi og ' +
  'bemanding</li><li class="MsoListParagraph">Eventuelt</li></ol><p class="MsoNormal">Venlig hilsen</p>';

/**
 * The head Outlook for Windows writes into a body composed in it (Word's "filtered medium" HTML,
 * abridged): most invitations in a municipality are written there, and this is most of their size.
 */
const OUTLOOK_HEAD = [
  '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
  '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
  '<style><!--',
  '/* Font Definitions */',
  '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}',
  '@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}',
  '@font-face {font-family:Aptos; panose-1:2 11 0 4 2 2 2 2 2 4;}',
  '/* Style Definitions */',
  'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif; mso-ligatures:standardcontextual; mso-fareast-language:EN-US;}',
  'a:link, span.MsoHyperlink {mso-style-priority:99; color:#467886; text-decoration:underline;}',
  'p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph {mso-style-priority:34; margin-top:0cm; margin-right:0cm; margin-bottom:0cm; margin-left:36.0pt; font-size:12.0pt; font-family:"Aptos",sans-serif; mso-ligatures:standardcontextual; mso-fareast-language:EN-US;}',
  'span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Aptos",sans-serif; color:windowtext;}',
  '.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt; mso-ligatures:none; mso-fareast-language:EN-US;}',
  '@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}',
  'div.WordSection1 {page:WordSection1;}',
  '/* List Definitions */',
  '@list l0 {mso-list-id:1136920315; mso-list-type:hybrid; mso-list-template-ids:-1582380166 67698703 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}',
  '@list l0:level1 {mso-level-tab-stop:none; mso-level-number-position:left; text-indent:-18.0pt;}',
  'ol {margin-bottom:0cm;} ul {margin-bottom:0cm;}',
  '--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--><!--[if gte mso 9]><xml><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1" /></o:shapelayout></xml><![endif]-->',
  '</head>',
].join('\r\n');

/** A body as Outlook for Windows stores it. */
function outlookBody(content: string): string {
  return `${OUTLOOK_HEAD}\r\n<body lang="DA" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">${content}</div></body></html>`;
}

/**
 * Fills one person's calendar with `count` ordinary meetings others invited them to, spread
 * evenly over a range, each written in Outlook for Windows: half of them Teams meetings with
 * Exchange's join block, the rest with a short agenda, four colleagues invited to each, as a busy
 * manager's calendar looks. For the
 * benchmark and tests of reading a large calendar; deterministic.
 */
export function seedBusyCalendar(
  core: EmulatorCore,
  person: string,
  count: number,
  range: { readonly start: string; readonly end: string },
): void {
  const owner = core.user(person);
  if (!owner) throw new Error(`No such user: ${person}`);
  const random = seededRandom(count);
  const others = core.tenant.users.filter((u) => u.id !== owner.id);
  const pick = () => others[Math.floor(random() * others.length)] ?? owner;
  const from = Date.parse(range.start);
  const step = (Date.parse(range.end) - from) / count;
  const box = core.mailbox(owner.id);
  for (let i = 0; i < count; i++) {
    const start = new Date(from + Math.floor(i * step)).toISOString();
    const end = new Date(Date.parse(start) + 60 * 60 * 1000).toISOString();
    const organiser = pick();
    const online = i % 2 === 0;
    // Seeded meetings from before Teams' short links: the long form, with the chat's thread.
    const chatId = `19:meeting_${core.newId('')}@thread.v2`;
    const joinUrl = longJoinUrl(chatId);
    const body = online
      ? withJoinBlock(
          outlookBody('<p class="MsoNormal">Hej alle</p>'),
          teamsJoinBlock(joinUrl, String(400_000_000 + i), 'Xy7kPq'),
        )
      : outlookBody(AGENDA);
    const invited = [owner, ...Array.from({ length: 4 }, pick)];
    const event: StoredEvent = {
      id: core.newId(),
      iCalUId: core.newId('040000008200E00074C5B7101A82E008'),
      ownerId: owner.id,
      organizerAddress: organiser.mail,
      organizerName: organiser.displayName,
      changeKey: 1,
      createdDateTime: start,
      lastModifiedDateTime: start,
      subject: SUBJECTS[i % SUBJECTS.length] as string,
      bodyHtml: body,
      startUtc: start,
      endUtc: end,
      startTimeZone: 'Romance Standard Time',
      endTimeZone: 'Romance Standard Time',
      location: online ? 'Microsoft Teams-møde' : 'Mødelokale 2',
      attendees: invited.map((u) => ({
        address: u.mail,
        name: u.displayName,
        type: 'required',
        response: 'none',
        time: '0001-01-01T00:00:00Z',
      })),
      isOnlineMeeting: online,
      onlineMeetingProvider: online ? 'teamsForBusiness' : 'unknown',
      joinUrl: online ? joinUrl : undefined,
      chatId: online ? chatId : undefined,
      isCancelled: false,
      showAs: 'busy',
      responseStatus: { response: 'accepted', time: start },
      allowNewTimeProposals: true,
      extensions: {},
    };
    box.events.push(event);
  }
}
