import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BodyError, checkActionBody, checkBody } from './checkBody';
import { extractGraphSchema } from './extractGraphSchema';
import { GRAPH_SCHEMA } from './graphSchema';
import { CSDL_PATH } from './paths';

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
  it('is what Graph’s own CSDL gives (regenerate with npm run graph:schema)', () => {
    // The CSDL is shared beside the repository; CI has it there too.
    expect(existsSync(CSDL_PATH)).toBe(true);
    expect(extractGraphSchema(readFileSync(CSDL_PATH, 'utf8'))).toEqual(GRAPH_SCHEMA);
  });

  it('knows the event and the types it uses', () => {
    const e = GRAPH_SCHEMA.types[event];
    expect(e?.kind).toBe('entity');
    expect(GRAPH_SCHEMA.types['microsoft.graph.attendeeType']).toEqual({
      kind: 'enum',
      members: ['required', 'optional', 'resource'],
    });
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
