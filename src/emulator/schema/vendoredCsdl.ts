import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { VENDORED_CSDL_PATH } from './paths';

/**
 * Graph's CSDL compressed for the repository: brotli at its best quality and widest window
 * (3.3 MB → about 230 KB), with Node's own zlib so no package is needed to read it back.
 */
export function compressCsdl(csdl: string): Buffer {
  const bytes = Buffer.from(csdl, 'utf8');
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** The CSDL text of a file written by {@link compressCsdl}, by default the vendored one. */
export function readVendoredCsdl(file: string = VENDORED_CSDL_PATH): string {
  return brotliDecompressSync(readFileSync(file)).toString('utf8');
}

/** The SHA-256 (hex) of the CSDL as published, which vendor/graph/SOURCE.md records. */
export function csdlDigest(csdl: string): string {
  return createHash('sha256').update(csdl, 'utf8').digest('hex');
}
