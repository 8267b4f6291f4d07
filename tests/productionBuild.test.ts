/**
 * A demo must not reach production: `webpack --mode production` refuses, in one line, the demo
 * tenant, a host stand-in's origin, a Graph or an office.js that is not Microsoft's. Test builds
 * say so on webpack's command line (`--env testBuild`) and never write into dist/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildRefusal, type BuildRequest } from '../scripts/buildGuard.mjs';
import { OFFICE_JS_URL } from '../scripts/csp.mjs';

const root = path.resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'nm-build-guard-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `webpack --mode production` as `npm run build` runs it, with these settings only. */
function productionBuild(
  env: Record<string, string>,
  args: readonly string[] = [],
): Promise<{ code: number | null; stderr: string; output: string }> {
  const output = path.join(scratch, String(Math.random()).slice(2));
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('NM_')),
  );
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/webpack/bin/webpack.js'),
      '--mode',
      'production',
      '--output-path',
      output,
      ...args,
    ],
    { cwd: root, env: { ...base, NM_IGNORE_DOTENV: '1', ...env } },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  child.stdout.resume();
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr, output })));
}

const request = (over: Partial<BuildRequest> = {}): BuildRequest => ({
  env: {},
  serve: false,
  testBuild: false,
  outputPath: path.join(root, 'dist'),
  root,
  officeJsUrl: OFFICE_JS_URL,
  ...over,
});

describe('a production build', () => {
  it('fails with one line naming the setting, and writes nothing, when a demo setting is set', async () => {
    const refused = await Promise.all([
      productionBuild({ NM_DEMO: 'true' }),
      productionBuild({ NM_TEST_HARNESS_ORIGINS: 'http://localhost:3001' }),
      productionBuild({ NM_GRAPH_BASE_URL: 'http://127.0.0.1:4000' }),
    ]);
    const names = ['NM_DEMO', 'NM_TEST_HARNESS_ORIGINS', 'NM_GRAPH_BASE_URL'];
    refused.forEach((run, i) => {
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Production build refused: /);
      expect(lines[0]).toContain(names[i]);
      expect(existsSync(run.output)).toBe(false);
    });
  }, 60_000);

  it('names every demo setting at once, and lets a configured build through', () => {
    const all = buildRefusal(
      request({
        env: {
          NM_DEMO: 'yes',
          NM_TEST_HARNESS_ORIGINS: 'http://127.0.0.1:43112',
          NM_GRAPH_BASE_URL: 'https://graph.microsoft.com.evil.example',
          NM_OFFICE_JS_URL: 'http://127.0.0.1:43114/fake-office.js',
        },
      }),
    );
    expect(all?.split('\n')).toHaveLength(1);
    for (const name of [
      'NM_DEMO',
      'NM_TEST_HARNESS_ORIGINS',
      'NM_GRAPH_BASE_URL',
      'NM_OFFICE_JS_URL',
    ]) {
      expect(all).toContain(name);
    }
    // What .env.example and the Agents Toolkit's deploy set is a production configuration.
    const production = {
      NM_CLIENT_ID: '6c1b2a4e-1f0a-4b8e-9c7d-2f3e4a5b6c7d',
      NM_APP_URL: 'https://nm.example.org',
      NM_DEMO: 'false',
      NM_GRAPH_BASE_URL: 'https://graph.microsoft.com/',
      NM_TEST_HARNESS_ORIGINS: '',
    };
    expect(buildRefusal(request({ env: production }))).toBeUndefined();
    expect(buildRefusal(request({ env: {} }))).toBeUndefined();
  });

  it('lets the dev server and test builds carry the demo, but a test build never into dist/', () => {
    const demo = { NM_DEMO: 'true', NM_GRAPH_BASE_URL: 'http://127.0.0.1:4000' };
    expect(buildRefusal(request({ env: demo, serve: true }))).toBeUndefined();
    expect(
      buildRefusal(
        request({
          env: demo,
          testBuild: true,
          outputPath: path.join(root, 'test-results/e2e-app'),
        }),
      ),
    ).toBeUndefined();
    for (const outputPath of ['dist', path.join(root, 'dist'), path.join(root, 'dist/sub')]) {
      expect(buildRefusal(request({ env: demo, testBuild: true, outputPath }))).toMatch(
        /^Test build refused: .*outside dist\//,
      );
    }
  });

  it('is what the Agents Toolkit deploys: `npm run build`, no test build, NM_DEMO false', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['build']).toBe('webpack --mode production');
    const yml = JSON.stringify(parse(readFileSync(path.join(root, 'm365agents.yml'), 'utf8')));
    expect(yml).not.toContain('testBuild');
    expect(yml).toContain('"NM_DEMO":"false"');
  });
});
