import {
  type MeetingProgramme,
  STAGE_PROGRAMME_PARAM,
  stageProgrammeFrom,
  stageProgrammeJson,
} from '../domain';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function through(
  stream: GenerativeStream,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array> {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

type GenerativeStream = CompressionStream | DecompressionStream;

/**
 * The link that shows a meeting's programme on the stage: the app's own page (its origin is in
 * the manifest's validDomains) with the programme in it, deflated, so everyone in the meeting
 * sees it without signing in and without a Graph call (`stageProgrammeJson` holds nothing else).
 */
export async function stageLinkOf(appOrigin: string, programme: MeetingProgramme): Promise<string> {
  const json = new TextEncoder().encode(stageProgrammeJson(programme));
  const packed = await through(new CompressionStream('deflate-raw'), json);
  const url = new URL('/', appOrigin);
  url.searchParams.set('view', 'stage');
  url.searchParams.set(STAGE_PROGRAMME_PARAM, toBase64Url(packed));
  return url.toString();
}

/** The programme a stage link carries (its query), or undefined when it carries none or a broken one. */
export async function programmeOfStageLink(search: string): Promise<MeetingProgramme | undefined> {
  const packed = new URLSearchParams(search).get(STAGE_PROGRAMME_PARAM);
  if (!packed || packed.length > 20_000) return undefined;
  try {
    const json = await through(new DecompressionStream('deflate-raw'), fromBase64Url(packed));
    return stageProgrammeFrom(new TextDecoder().decode(json));
  } catch {
    return undefined;
  }
}
