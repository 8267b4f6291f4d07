import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository's root folder. */
export const REPO_ROOT = path.resolve(here, '../../..');
/** Graph's official v1.0 metadata, vendored into the repository brotli-compressed. */
export const VENDORED_CSDL_PATH = path.join(REPO_ROOT, 'vendor/graph/v1.0-Prod.csdl.br');
/** Where the vendored metadata came from: repository, path, commit, SHA-256, how to refresh. */
export const VENDORED_SOURCE_PATH = path.join(REPO_ROOT, 'vendor/graph/SOURCE.md');
/** The committed extract of it that the emulator loads. */
export const SCHEMA_JSON_PATH = path.join(here, 'graphSchema.json');
