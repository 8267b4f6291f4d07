import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BodyError, checkActionBody, checkBody } from './checkBody';
import { extractGraphSchema } from './extractGraphSchema';
import { GRAPH_SCHEMA } from './graphSchema';
import { VENDORED_SOURCE_PATH } from './paths';
import { compressCsdl, csdlDigest, readVendoredCsdl } from './vendoredCsdl';

const event = 'microsoft.graph.event';
const fails = (f: () => void) => {
  try {
    f();
  } catch (e) {
    if (e instanceof BodyError) return e.message;
    throw e;
  }
  return undefined;
};

describe('the emulator’s copy of Graph’s metadata', () => {
  // Read once: the repository carries the CSDL itself, so any clone runs this.
  const csdl = readVendoredCsdl();

  it('is what the vendored CSDL gives (regenerate with npm run graph:schema)', () => {
    expect(extractGraphSchema(csdl)).toEqual(GRAPH_SCHEMA);
  });

  it('comes from the CSDL vendor/graph/SOURCE.md names, by its SHA-256', () => {
    const source = readFileSync(VENDORED_SOURCE_PATH, 'utf8');
    expect(source).toContain(`\`${csdlDigest(csdl)}\``);
    expect(source).toMatch(/msgraph-metadata[\s\S]*`[0-9a-f]{40}`/);
    expect(csdl).toMatch(/^<\?xml[^>]*>\s*<edmx:Edmx Version="4.0"/);
  });

  it('reads back exactly what a refresh compresses, non-ASCII and all', () => {
    // A slice: the whole file takes seconds at brotli's best quality.
    const piece = `${csdl.slice(0, 200_000)}<!-- Netværksmøde — ✓ -->`;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'csdl-')), 'v1.0-Prod.csdl.br');
    writeFileSync(file, compressCsdl(piece));
    expect(statSync(file).size).toBeLessThan(piece.length / 5);
    expect(readVendoredCsdl(file)).toBe(piece);
  });
});

describe('checkBody', () => {
  const good = {
    subject: 'Netværksmøde',
    body: { contentType: 'html', content: '<p>x</p>' },
    start: { dateTime: '2027-03-11T11:00:00', timeZone: 'Romance Standard Time' },
    end: { dateTime: '2027-03-11T14:00:00', timeZone: 'Romance Standard Time' },
    attendees: [{ type: 'required', emailAddress: { address: 'a@b.example', name: 'A' } }],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    transactionId: 'nm-1',
    extensions: [
      { '@odata.type': 'microsoft.graph.openTypeExtension', extensionName: 'dk.x', plan: '{}' },
    ],
  };

  it('accepts a body Graph accepts, whatever the case of names and enum values', () => {
    expect(fails(() => checkBody(GRAPH_SCHEMA, event, good))).toBeUndefined();
    expect(
      fails(() => checkBody(GRAPH_SCHEMA, event, { Body: { ContentType: 'HTML', Content: '' } })),
    ).toBeUndefined();
  });

  it('refuses a property Graph does not know, anywhere in the body', () => {
    expect(fails(() => checkBody(GRAPH_SCHEMA, event, { ...good, agenda: [] }))).toContain(
      "The property 'agenda' does not exist on type 'microsoft.graph.event'",
    );
    const nested = { ...good, attendees: [{ type: 'required', email: 'a@b.example' }] };
    expect(fails(() => checkBody(GRAPH_SCHEMA, event, nested))).toContain(
      "'email' does not exist on type 'microsoft.graph.attendee'",
    );
  });

  it('refuses a wrong type, a wrong enum value and a null where none is allowed', () => {
    expect(fails(() => checkBody(GRAPH_SCHEMA, event, { isOnlineMeeting: 'yes' }))).toContain(
      "'Edm.Boolean'",
    );
    expect(
      fails(() => checkBody(GRAPH_SCHEMA, event, { attendees: [{ type: 'mandatory' }] })),
    ).toContain("'mandatory' was not found");
    expect(fails(() => checkBody(GRAPH_SCHEMA, event, { start: { dateTime: null } }))).toContain(
      'does not allow null',
    );
    expect(fails(() => checkBody(GRAPH_SCHEMA, event, { attendees: {} }))).toContain(
      'Collection(microsoft.graph.attendee)',
    );
  });

  it('lets an open extension carry any data, but not an unknown @odata.type', () => {
    const ext = [
      {
        '@odata.type': '#microsoft.graph.openTypeExtension',
        extensionName: 'dk.x',
        anything: { deep: [1] },
      },
    ];
    expect(fails(() => checkBody(GRAPH_SCHEMA, event, { extensions: ext }))).toBeUndefined();
    const bad = [{ '@odata.type': 'microsoft.graph.user', extensionName: 'dk.x' }];
    expect(fails(() => checkBody(GRAPH_SCHEMA, event, { extensions: bad }))).toContain(
      'could not be resolved',
    );
  });

  it('checks action parameters', () => {
    expect(
      fails(() =>
        checkActionBody(GRAPH_SCHEMA, `${event}/accept`, { comment: 'Ja', sendResponse: true }),
      ),
    ).toBeUndefined();
    expect(
      fails(() => checkActionBody(GRAPH_SCHEMA, `${event}/decline`, { reason: 'syg' })),
    ).toContain("'reason'");
    expect(fails(() => checkActionBody(GRAPH_SCHEMA, `${event}/cancel`, { Comment: 3 }))).toContain(
      "'Edm.String'",
    );
  });
});
