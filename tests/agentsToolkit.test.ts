import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ALL_SCOPES } from '../src/graph';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const project = () => parse(read('m365agents.yml')) as Record<string, unknown>;

/** Variables the toolkit sets or asks for itself. */
const BUILT_IN = [
  'TEAMSFX_ENV',
  'APP_NAME_SUFFIX',
  'AZURE_SUBSCRIPTION_ID',
  'AZURE_RESOURCE_GROUP_NAME',
  'RESOURCE_SUFFIX',
];

/** The `${{NAME}}` placeholders in a text. */
const placeholders = (text: string) =>
  [...text.matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');

/** The names written by `writeToEnvironmentFile` across the project's stages. */
function written(): string[] {
  const stages = ['provision', 'deploy', 'publish'].map((s) => project()[s]) as {
    writeToEnvironmentFile?: Record<string, string>;
  }[][];
  return stages.flat().flatMap((a) => Object.values(a.writeToEnvironmentFile ?? {}));
}

const bicepOutputs = () =>
  [...read('infra/azure.bicep').matchAll(/^output (\w+) /gm)].map((m) => m[1] ?? '');

describe('the Microsoft 365 Agents Toolkit project', () => {
  it('m365agents.yml is valid against the toolkit’s own schema, with provision, deploy and publish', () => {
    const schema = JSON.parse(read('vendor/m365agents/yaml.schema.v1.12.json')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const valid = validate(project());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(project()).toMatchObject({ version: 'v1.12' });
    for (const stage of ['provision', 'deploy', 'publish'])
      expect(project()[stage], stage).toEqual(expect.any(Array));
  });

  it('reads only variables that the toolkit, an earlier action or infra/azure.bicep provide', () => {
    const known = new Set([...BUILT_IN, ...written(), ...bicepOutputs()]);
    const read_ = [
      ...placeholders(read('m365agents.yml')),
      ...placeholders(read('aad.manifest.json')),
      ...placeholders(read('infra/azure.parameters.json')),
    ];
    expect(read_.filter((name) => !known.has(name))).toEqual([]);
    expect(bicepOutputs()).toEqual(
      expect.arrayContaining(['AZURE_STATIC_WEB_APPS_RESOURCE_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT']),
    );
  });

  it('lists every variable it uses in env/.env.dev.example, secrets excepted', () => {
    const example = read('env/.env.dev.example');
    const listed = new Set([...example.matchAll(/^(\w+)=/gm)].map((m) => m[1]));
    const used = new Set([...BUILT_IN, ...written(), ...bicepOutputs()]);
    expect([...used].filter((name) => !name.startsWith('SECRET_') && !listed.has(name))).toEqual(
      [],
    );
  });

  it('creates the Static Web App in an EU region, from parameters the template declares', () => {
    const bicep = read('infra/azure.bicep');
    expect(bicep).toMatch(/resource \w+ 'Microsoft\.Web\/staticSites@[\d-]+'/);
    expect(bicep).toMatch(/param location string = 'westeurope'/);
    const declared = [...bicep.matchAll(/^param (\w+) /gm)].map((m) => m[1]);
    const parameters = JSON.parse(read('infra/azure.parameters.json')) as {
      parameters: Record<string, { value: string }>;
    };
    expect(Object.keys(parameters.parameters).filter((p) => !declared.includes(p))).toEqual([]);
    expect(parameters.parameters['location']?.value).toBe('westeurope');
  });

  it('registers the app with exactly the delegated Graph scopes the code asks for', () => {
    const manifest = JSON.parse(read('aad.manifest.json')) as {
      requiredResourceAccess: {
        resourceAppId: string;
        resourceAccess: { id: string; type: string }[];
      }[];
      spa: { redirectUris: string[] };
      identifierUris: string[];
    };
    expect(manifest.requiredResourceAccess).toHaveLength(1);
    const graph = manifest.requiredResourceAccess[0];
    expect(graph?.resourceAppId).toBe('Microsoft Graph');
    expect(graph?.resourceAccess.every((a) => a.type === 'Scope')).toBe(true);
    expect(graph?.resourceAccess.map((a) => a.id).sort()).toEqual([...ALL_SCOPES].sort());
    expect(manifest.spa.redirectUris).toEqual([
      'https://${{TAB_DOMAIN}}/auth-redirect.html',
      'brk-multihub://${{TAB_DOMAIN}}',
    ]);
    // The app package's webApplicationInfo.resource names the same Application ID URI.
    expect(manifest.identifierUris).toEqual(['api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
  });
});
