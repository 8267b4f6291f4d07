/**
 * `npm run graph:schema`: writes the part of Graph's metadata the emulator checks bodies
 * against, from the vendored vendor/graph/v1.0-Prod.csdl.br, to
 * src/emulator/schema/graphSchema.json.
 *
 * `npm run graph:schema -- path/to/v1.0-Prod.csdl` (or `GRAPH_CSDL=path`) vendors a newer CSDL:
 * it is compressed over the vendored one, and SOURCE.md must then name its commit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { extractGraphSchema } from '../src/emulator/schema/extractGraphSchema';
import {
  REPO_ROOT,
  SCHEMA_JSON_PATH,
  VENDORED_CSDL_PATH,
  VENDORED_SOURCE_PATH,
} from '../src/emulator/schema/paths';
import { compressCsdl, csdlDigest, readVendoredCsdl } from '../src/emulator/schema/vendoredCsdl';

const relative = (file: string) => path.relative(REPO_ROOT, file);
const newer = process.argv[2] ?? process.env['GRAPH_CSDL'];
const csdl = newer ? readFileSync(newer, 'utf8') : readVendoredCsdl();
// Extracted first: a CSDL the emulator cannot use replaces nothing.
const schema = extractGraphSchema(csdl);
if (newer) {
  const compressed = compressCsdl(csdl);
  writeFileSync(VENDORED_CSDL_PATH, compressed);
  console.log(
    `${newer} (${Buffer.byteLength(csdl)} bytes) → ${relative(VENDORED_CSDL_PATH)} (${compressed.length} bytes)`,
  );
  console.log(
    `Now record its commit, date and SHA-256 ${csdlDigest(csdl)} in ${relative(VENDORED_SOURCE_PATH)}.`,
  );
}

// Written as the format check wants it, so a refresh is a diff of content only.
const options = await resolveConfig(SCHEMA_JSON_PATH);
writeFileSync(
  SCHEMA_JSON_PATH,
  await format(JSON.stringify(schema, null, 2), { ...options, filepath: SCHEMA_JSON_PATH }),
);
console.log(
  `${Object.keys(schema.types).length} types, ${Object.keys(schema.actions).length} actions → ${relative(SCHEMA_JSON_PATH)}`,
);
