import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository's root folder. */
export const REPO_ROOT = path.resolve(here, '../../..');
/** Graph's official v1.0 metadata, shared beside the repository. */
export const CSDL_PATH =
  process.env['GRAPH_CSDL'] ?? path.resolve(REPO_ROOT, '../shared/graph/v1.0-Prod.csdl');
/** The committed extract of it that the emulator loads. */
export const SCHEMA_JSON_PATH = path.join(here, 'graphSchema.json');
