/**
 * `npm run graph:schema`: writes the part of Graph's metadata the emulator checks bodies
 * against, from ../shared/graph/v1.0-Prod.csdl, to src/emulator/schema/graphSchema.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extractGraphSchema } from '../src/emulator/schema/extractGraphSchema';
import { CSDL_PATH, SCHEMA_JSON_PATH } from '../src/emulator/schema/paths';

const schema = extractGraphSchema(readFileSync(CSDL_PATH, 'utf8'));
writeFileSync(SCHEMA_JSON_PATH, `${JSON.stringify(schema, null, 2)}\n`);
console.log(
  `${Object.keys(schema.types).length} types, ${Object.keys(schema.actions).length} actions → ${SCHEMA_JSON_PATH}`,
);
