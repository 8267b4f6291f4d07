import { XMLParser } from 'fast-xml-parser';

/** A property as the metadata declares it. */
export interface SchemaProperty {
  readonly type: string;
  readonly nullable: boolean;
}

/** An entity, complex or enum type from Graph's metadata. */
export type SchemaType =
  | {
      readonly kind: 'entity' | 'complex';
      readonly base?: string;
      readonly open: boolean;
      readonly abstract: boolean;
      readonly properties: Readonly<Record<string, SchemaProperty>>;
      readonly navigation: Readonly<Record<string, SchemaProperty>>;
    }
  | { readonly kind: 'enum'; readonly members: readonly string[] };

/** The part of Graph's metadata the emulator checks request bodies against. */
export interface GraphSchema {
  readonly types: Readonly<Record<string, SchemaType>>;
  /** Bound actions by `bindingType/name`, with their parameters. */
  readonly actions: Readonly<Record<string, Readonly<Record<string, SchemaProperty>>>>;
}

/** The types whose bodies the app sends, and the navigation we follow from them. */
export const SCHEMA_ROOTS = ['microsoft.graph.event', 'microsoft.graph.openTypeExtension'] as const;
/** The bound actions the app calls. */
export const SCHEMA_ACTIONS = [
  'microsoft.graph.event/accept',
  'microsoft.graph.event/tentativelyAccept',
  'microsoft.graph.event/decline',
  'microsoft.graph.event/cancel',
  'microsoft.graph.event/forward',
  'microsoft.graph.calendar/getSchedule',
] as const;
const FOLLOWED_NAVIGATION = new Set(['extensions', 'singleValueExtendedProperties']);

type Xml = Record<string, unknown>;
const list = (v: unknown): Xml[] =>
  v === undefined ? [] : Array.isArray(v) ? (v as Xml[]) : [v as Xml];
const NS = 'microsoft.graph';
const qualify = (t: string) => t.replace(/^graph\./, `${NS}.`).replace(/\(graph\./, `(${NS}.`);
const elementType = (t: string) => t.replace(/^Collection\((.*)\)$/, '$1');

function props(elements: unknown): Record<string, SchemaProperty> {
  const out: Record<string, SchemaProperty> = {};
  for (const p of list(elements)) {
    out[String(p['@_Name'])] = {
      type: qualify(String(p['@_Type'])),
      nullable: p['@_Nullable'] !== 'false',
    };
  }
  return out;
}

/**
 * Reads Graph's CSDL and keeps the types reachable from the app's request bodies, with their
 * base types, and the bound actions the app calls: what the emulator needs to answer a body
 * Graph would refuse with 400, as Graph does.
 */
export function extractGraphSchema(csdl: string): GraphSchema {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    isArray: () => false,
  });
  const doc = parser.parse(csdl) as Xml;
  const edmx = doc['edmx:Edmx'] as Xml;
  const schema = list((edmx['edmx:DataServices'] as Xml)['Schema']).find(
    (s) => s['@_Namespace'] === NS,
  );
  if (!schema) throw new Error('No microsoft.graph schema in the metadata');

  const all = new Map<string, SchemaType>();
  for (const [tag, kind] of [
    ['EntityType', 'entity'],
    ['ComplexType', 'complex'],
  ] as const) {
    for (const t of list(schema[tag])) {
      all.set(`${NS}.${String(t['@_Name'])}`, {
        kind,
        ...(t['@_BaseType'] ? { base: qualify(String(t['@_BaseType'])) } : {}),
        open: t['@_OpenType'] === 'true',
        abstract: t['@_Abstract'] === 'true',
        properties: props(t['Property']),
        navigation: props(t['NavigationProperty']),
      });
    }
  }
  for (const e of list(schema['EnumType'])) {
    all.set(`${NS}.${String(e['@_Name'])}`, {
      kind: 'enum',
      members: list(e['Member']).map((m) => String(m['@_Name'])),
    });
  }

  const actions: Record<string, Record<string, SchemaProperty>> = {};
  const wanted = new Set<string>(SCHEMA_ACTIONS);
  for (const a of list(schema['Action'])) {
    const params = list(a['Parameter']);
    const binding = params[0] && qualify(String(params[0]['@_Type']));
    const key = `${binding}/${String(a['@_Name'])}`;
    if (wanted.has(key)) actions[key] = props(params.slice(1));
  }

  const kept: Record<string, SchemaType> = {};
  const derived = (name: string) =>
    [...all.entries()].filter(([, t]) => t.kind !== 'enum' && t.base === name).map(([n]) => n);
  const visit = (name: string) => {
    if (kept[name] || name.startsWith('Edm.')) return;
    const type = all.get(name);
    if (!type) throw new Error(`Type ${name} is not in the metadata`);
    kept[name] = type;
    if (type.kind === 'enum') return;
    if (type.base) visit(type.base);
    for (const p of Object.values(type.properties)) visit(elementType(p.type));
    for (const [navName, nav] of Object.entries(type.navigation)) {
      if (!FOLLOWED_NAVIGATION.has(navName)) continue;
      visit(elementType(nav.type));
      for (const d of derived(elementType(nav.type))) visit(d);
    }
  };
  for (const root of SCHEMA_ROOTS) visit(root);
  for (const params of Object.values(actions))
    for (const p of Object.values(params)) visit(elementType(p.type));
  for (const key of SCHEMA_ACTIONS)
    if (!actions[key]) throw new Error(`Action ${key} is not in the metadata`);

  const sorted = Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b)));
  return { types: sorted, actions };
}
