import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { AppManifestUtils } from '@microsoft/app-manifest';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { REPO_ROOT } from '../src/emulator/schema/paths';

/** The files of the app package besides manifest.json. */
export const PACKAGE_FILES = ['color.png', 'outline.png', 'da.json', 'en.json'] as const;

/** What the package is filled from (build-time configuration). */
export interface PackageConfig {
  readonly clientId: string;
  readonly appUrl: string;
  readonly teamsAppId?: string | undefined;
}

/** The manifest for a configuration: the template with its placeholders filled. */
export function fillManifest(config: PackageConfig): Record<string, unknown> {
  const url = new URL(config.appUrl);
  const values: Record<string, string> = {
    TEAMS_APP_ID: config.teamsAppId || config.clientId,
    CLIENT_ID: config.clientId,
    APP_URL: url.origin + url.pathname.replace(/\/$/, ''),
    APP_DOMAIN: url.host,
  };
  const template = readFileSync(path.join(REPO_ROOT, 'manifest/manifest.template.json'), 'utf8');
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(`The manifest template names an unknown value {{${name}}}`);
    return value;
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

function iconProblems(file: string, size: number, transparent: boolean): string[] {
  const png = PNG.sync.read(readFileSync(path.join(REPO_ROOT, 'manifest', file)));
  const problems: string[] = [];
  if (png.width !== size || png.height !== size)
    problems.push(`${file} must be ${size}×${size}, is ${png.width}×${png.height}`);
  if (transparent) {
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
      if (a !== 0 && !(r === 255 && g === 255 && b === 255)) {
        problems.push(`${file} must be white on a transparent background`);
        break;
      }
    }
    if (png.data[3] !== 0) problems.push(`${file} must have a transparent background`);
  }
  return problems;
}

const require = createRequire(import.meta.url);

/** Microsoft's localisation schema for a manifest version, from the same bundled copy. */
function localizationSchema(version: string): object {
  const manifestSchemas = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(
    manifestSchemas,
    'build/json-schemas/teams',
    `v${version}`,
    'MicrosoftTeams.Localization.schema.json',
  );
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

/**
 * Checks a localisation file. Our own AJV, because the bundled localisation schema has a
 * pattern that is not valid with AJV's default unicode flag.
 */
function localizationProblems(file: string, version: string): string[] {
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri']);
  const validate = ajv.compile(localizationSchema(version));
  const data = JSON.parse(readFileSync(path.join(REPO_ROOT, 'manifest', file), 'utf8')) as unknown;
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${file}${e.instancePath} ${e.message ?? ''}`);
}

/**
 * Checks a manifest offline against Microsoft's JSON schema for its `$schema` version (bundled
 * in @microsoft/app-manifest), and the localisation files and icons beside it.
 */
export async function validatePackage(manifest: Record<string, unknown>): Promise<string[]> {
  const problems = (await AppManifestUtils.validateAgainstSchema(manifest as never)).map(
    (e) => `manifest.json${e}`,
  );
  const version = String(manifest['manifestVersion']);
  for (const file of ['da.json', 'en.json']) problems.push(...localizationProblems(file, version));
  problems.push(...iconProblems('color.png', 192, false), ...iconProblems('outline.png', 32, true));
  return problems;
}

/** Zips the package: manifest.json, the icons and the localisation files at the top level. */
export async function zipPackage(manifest: Record<string, unknown>): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of PACKAGE_FILES)
    zip.file(file, readFileSync(path.join(REPO_ROOT, 'manifest', file)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
