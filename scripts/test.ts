/**
 * `npm test`: the type check, lint, format check and unit tests, then the browser tests, stopping
 * at the first that fails. The browser tests' builds are made meanwhile: the four steps before
 * them use one core of two, and the builds take the other (about a minute and a half saved).
 */
import { spawn } from 'node:child_process';
import { buildForBrowserTests } from '../tests/e2e/testBuilds';

const STEPS = ['typecheck', 'lint', 'format:check', 'test:unit'] as const;

/** Runs an npm script with the terminal as its own; resolves with its exit code. */
function npmRun(script: string, env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const stop = new AbortController();
  const builds = buildForBrowserTests({ oneAtATime: true, signal: stop.signal }).then(
    () => undefined,
    (e: unknown) => e,
  );
  for (const step of STEPS) {
    const code = await npmRun(step);
    if (code !== 0) {
      stop.abort();
      await builds;
      return code;
    }
  }
  const failed = await builds;
  if (failed) {
    console.error(failed instanceof Error ? failed.message : String(failed));
    return 1;
  }
  console.log('\nThe browser tests’ builds were made beside the steps above.');
  return npmRun('test:e2e', { NM_E2E_BUILT: '1' });
}

process.exitCode = await main();
