/**
 * The two builds the browser tests load: the test build (demo tenant, the stand-in hosts'
 * origins accepted, office.js's stand-in) and a production build with no configuration at all,
 * as someone might deploy by mistake. `globalSetup.ts` makes them, unless `npm test`
 * (scripts/test.ts) already has, beside the unit tests.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** Where the browser tests serve what they serve (ports from `E2E_…_PORT`, else the defaults). */
export function browserTestUrls() {
  const outlookHostUrl = `http://127.0.0.1:${port('E2E_OUTLOOK_PORT', 43114)}`;
  return {
    emulatorUrl: `http://127.0.0.1:${port('E2E_EMULATOR_PORT', 43110)}`,
    appUrl: `http://127.0.0.1:${port('E2E_APP_PORT', 43111)}`,
    harnessUrl: `http://127.0.0.1:${port('E2E_HARNESS_PORT', 43112)}`,
    outlookHostUrl,
    // The add-in's pages load this stand-in instead of office.js from Microsoft's CDN.
    officeJsUrl: `${outlookHostUrl}/fake-office.js`,
  };
}

/** The builds' output folders. */
export const BROWSER_TEST_BUILDS = {
  out: path.join(root, 'test-results', 'e2e-app'),
  unconfiguredOut: path.join(root, 'test-results', 'e2e-unconfigured'),
} as const;

async function build(
  output: string,
  env: Record<string, string>,
  signal?: AbortSignal,
): Promise<void> {
  // Only what a test names: a developer's own NM_ settings must not leak into a test build.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('NM_')),
  );
  try {
    await execFileAsync(
      process.execPath,
      [
        path.join(root, 'node_modules/webpack/bin/webpack.js'),
        '--mode',
        'production',
        // A test build: the production guard lets it carry the demo, outside dist/ only.
        '--env',
        'testBuild',
        '--output-path',
        output,
      ],
      {
        cwd: root,
        env: { ...base, NM_IGNORE_DOTENV: '1', ...env },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        ...(signal ? { signal } : {}),
      },
    );
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`The test build failed:\n${stdout ?? ''}\n${stderr ?? String(error)}`, {
      cause: error,
    });
  }
}

/**
 * Makes both builds: at once (each is mostly one thread, and there are two cores), or one after
 * the other where something else has one of the cores (`npm test`'s checks and unit tests).
 * `signal` stops them.
 */
export async function buildForBrowserTests(
  options: { readonly oneAtATime?: boolean; readonly signal?: AbortSignal } = {},
): Promise<void> {
  const { emulatorUrl, harnessUrl, officeJsUrl } = browserTestUrls();
  const builds = [
    () =>
      build(
        BROWSER_TEST_BUILDS.out,
        {
          NM_DEMO: 'true',
          NM_GRAPH_BASE_URL: emulatorUrl,
          NM_TEST_HARNESS_ORIGINS: harnessUrl,
          NM_OFFICE_JS_URL: officeJsUrl,
        },
        options.signal,
      ),
    () => build(BROWSER_TEST_BUILDS.unconfiguredOut, {}, options.signal),
  ];
  if (options.oneAtATime) for (const b of builds) await b();
  else await Promise.all(builds.map((b) => b()));
}
