import type { GraphSchema, SchemaProperty, SchemaType } from './extractGraphSchema';

/** Types that really take any property. Graph's metadata marks `event` open too, but
 * Exchange refuses properties it does not know on it, so only extensions are open here. */
const TRULY_OPEN = new Set(['microsoft.graph.extension', 'microsoft.graph.openTypeExtension']);

const EDM_CHECKS: Record<string, (v: unknown) => boolean> = {
  'Edm.String': (v) => typeof v === 'string',
  'Edm.Boolean': (v) => typeof v === 'boolean',
  'Edm.Int32': (v) => Number.isInteger(v) && Math.abs(v as number) <= 2 ** 31,
  'Edm.Int64': (v) => Number.isInteger(v),
  'Edm.Double': (v) => typeof v === 'number',
  'Edm.DateTimeOffset': (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  'Edm.Date': (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  'Edm.TimeOfDay': (v) => typeof v === 'string' && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v),
  'Edm.Guid': (v) => typeof v === 'string',
  'Edm.Duration': (v) => typeof v === 'string',
  'Edm.Binary': (v) => typeof v === 'string',
};

/** Graph's words for a body it cannot read, as it says them. */
export class BodyError extends Error {}

function findProperty(
  schema: GraphSchema,
  typeName: string,
  key: string,
): SchemaProperty | undefined {
  const lower = key.toLowerCase();
  for (let name: string | undefined = typeName; name;) {
    const type: SchemaType | undefined = schema.types[name];
    if (!type || type.kind === 'enum') return undefined;
    // Exchange reads property names without regard to case (SendResponse = sendResponse).
    for (const [k, p] of Object.entries(type.properties)) if (k.toLowerCase() === lower) return p;
    for (const [k, p] of Object.entries(type.navigation)) if (k.toLowerCase() === lower) return p;
    name = type.base;
  }
  return undefined;
}

function isA(schema: GraphSchema, typeName: string, ancestor: string): boolean {
  for (let name: string | undefined = typeName; name;) {
    if (name === ancestor) return true;
    const type: SchemaType | undefined = schema.types[name];
    name = type && type.kind !== 'enum' ? type.base : undefined;
  }
  return false;
}

function checkValue(
  schema: GraphSchema,
  type: string,
  value: unknown,
  nullable: boolean,
  where: string,
): void {
  if (value === null) {
    if (nullable) return;
    throw new BodyError(
      `A null value was found for the property named '${where}', which has the expected type '${type}[Nullable=False]'. The expected type '${type}[Nullable=False]' does not allow null values.`,
    );
  }
  const collection = /^Collection\((.*)\)$/.exec(type);
  if (collection) {
    if (!Array.isArray(value))
      throw new BodyError(
        `Cannot convert the literal '${JSON.stringify(value)}' to the expected type '${type}'.`,
      );
    value.forEach((item, i) =>
      checkValue(schema, collection[1] as string, item, false, `${where}[${i}]`),
    );
    return;
  }
  const edm = EDM_CHECKS[type];
  if (edm) {
    if (!edm(value))
      throw new BodyError(
        `Cannot convert the literal '${JSON.stringify(value)}' to the expected type '${type}'.`,
      );
    return;
  }
  const schemaType = schema.types[type];
  if (!schemaType) throw new BodyError(`The type '${type}' is not known.`);
  if (schemaType.kind === 'enum') {
    const ok =
      typeof value === 'string' &&
      schemaType.members.some((m) => m.toLowerCase() === value.toLowerCase());
    if (!ok) throw new BodyError(`Requested value '${String(value)}' was not found.`);
    return;
  }
  checkObject(schema, type, value, where);
}

function checkObject(schema: GraphSchema, typeName: string, value: unknown, where: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BodyError(
      `Cannot convert the literal '${JSON.stringify(value)}' to the expected type '${typeName}'.`,
    );
  }
  let actual = typeName;
  const declared = (value as Record<string, unknown>)['@odata.type'];
  if (typeof declared === 'string') {
    const named = declared.replace(/^#/, '');
    if (!schema.types[named] || !isA(schema, named, typeName)) {
      throw new BodyError(
        `A type named '${named}' could not be resolved by the model, or is not derived from '${typeName}'.`,
      );
    }
    actual = named;
  }
  const open = TRULY_OPEN.has(actual);
  for (const [key, v] of Object.entries(value)) {
    if (key.startsWith('@odata.')) continue;
    const property = findProperty(schema, actual, key);
    if (!property) {
      if (open) continue;
      throw new BodyError(
        `The property '${key}' does not exist on type '${actual}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
      );
    }
    checkValue(schema, property.type, v, property.nullable, where ? `${where}.${key}` : key);
  }
}

/** Checks a request body against a Graph type, as Graph reads it; throws `BodyError`. */
export function checkBody(schema: GraphSchema, typeName: string, body: unknown): void {
  checkObject(schema, typeName, body, '');
}

/** Checks the parameters of a bound action (`microsoft.graph.event/accept`). */
export function checkActionBody(schema: GraphSchema, action: string, body: unknown): void {
  const params = schema.actions[action];
  if (!params) throw new BodyError(`The action '${action}' is not known.`);
  if (body === undefined || body === null) return;
  if (typeof body !== 'object' || Array.isArray(body))
    throw new BodyError('The request body is not a JSON object.');
  for (const [key, v] of Object.entries(body)) {
    const entry = Object.entries(params).find(([k]) => k.toLowerCase() === key.toLowerCase());
    if (!entry)
      throw new BodyError(
        `The parameter '${key}' in the request payload is not a valid parameter for the operation '${action.split('/')[1]}'.`,
      );
    checkValue(schema, entry[1].type, v, entry[1].nullable, key);
  }
}
