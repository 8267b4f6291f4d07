import type { GraphSchema } from './extractGraphSchema';
import schemaJson from './graphSchema.json';

/** The extract of Graph's v1.0 metadata the emulator checks bodies against. */
export const GRAPH_SCHEMA: GraphSchema = schemaJson as GraphSchema;
