// @ts-check
/**
 * The production guard: a build that writes files for hosting never carries the demo. The demo
 * tenant (NM_DEMO), a host stand-in's origin (NM_TEST_HARNESS_ORIGINS: a test harness or a demo
 * host may frame the tab and talk to it), a Graph that is not Microsoft's (NM_GRAPH_BASE_URL)
 * and an office.js that is not Microsoft's (NM_OFFICE_JS_URL: the stand-in) are refused with one
 * line naming each; `.env` is read before this check, so a stray line there is caught too.
 *
 * Two builds may carry them:
 * - the dev server (`webpack serve`, npm start), which writes nothing and serves localhost only;
 * - a test build, asked for with `--env testBuild` on webpack's command line, which neither the
 *   environment, `.env` nor npm's configuration can set, and which `npm run build` and the
 *   Agents Toolkit's deploy (m365agents.yml) never pass. A test build must be written outside
 *   dist/ (`--output-path`), the folder hosting and `atk deploy` publish, so even a test build
 *   made by hand is never what gets deployed.
 */
import path from 'node:path';

/** Microsoft Graph, the only Graph a hosted build may call. */
export const MICROSOFT_GRAPH = 'https://graph.microsoft.com';

/**
 * @typedef {object} BuildRequest
 * @property {Readonly<Record<string, string | undefined>>} env the environment, `.env` merged in
 * @property {boolean} serve `webpack serve`: the dev server
 * @property {boolean} testBuild `--env testBuild` was given
 * @property {string} outputPath where the files go
 * @property {string} root the repository
 * @property {string} officeJsUrl office.js on Microsoft's CDN
 */

/** @param {string | undefined} value */
const isSet = (value) => (value ?? '').trim() !== '';

/**
 * Why this build must not be made, in one line, or undefined when it may.
 * @param {BuildRequest} build
 * @returns {string | undefined}
 */
export function buildRefusal(build) {
  if (build.serve) return undefined;
  const dist = path.join(build.root, 'dist');
  const output = path.resolve(build.root, build.outputPath);
  if (build.testBuild) {
    return output === dist || output.startsWith(`${dist}${path.sep}`)
      ? 'Test build refused: a test build (--env testBuild) is written outside dist/, which hosting publishes; give --output-path.'
      : undefined;
  }
  const { env } = build;
  /** @type {string[]} */
  const reasons = [];
  const demo = (env['NM_DEMO'] ?? '').trim();
  if (demo !== '' && demo !== 'false') {
    reasons.push(`NM_DEMO is ${demo} (the demo tenant's sign-in and emulator; set it to false)`);
  }
  if (isSet(env['NM_TEST_HARNESS_ORIGINS'])) {
    reasons.push(
      `NM_TEST_HARNESS_ORIGINS is set (${env['NM_TEST_HARNESS_ORIGINS']}: a test or demo host would frame the tab; leave it empty)`,
    );
  }
  const graph = (env['NM_GRAPH_BASE_URL'] ?? '').trim();
  if (graph !== '' && graph.replace(/\/+$/, '') !== MICROSOFT_GRAPH) {
    reasons.push(`NM_GRAPH_BASE_URL is ${graph}, not Microsoft Graph (${MICROSOFT_GRAPH})`);
  }
  const office = (env['NM_OFFICE_JS_URL'] ?? '').trim();
  if (office !== '' && office !== build.officeJsUrl) {
    reasons.push(
      `NM_OFFICE_JS_URL is ${office}, not office.js from Microsoft (${build.officeJsUrl})`,
    );
  }
  return reasons.length === 0
    ? undefined
    : `Production build refused: ${reasons.join('; ')}. Check the environment and .env.`;
}
