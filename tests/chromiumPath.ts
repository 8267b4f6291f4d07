import { statSync } from 'node:fs';

/** Debian's Chromium, where `apt-get install chromium` puts it (and `.ci/run` does). */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() === true;

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH`, else Debian's. When there is no such
 * file it throws one line that names the variable, before a build or a browser is started.
 */
export function chromiumPath(
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = isFile,
): string {
  const file = env['CHROMIUM_PATH'] || DEBIAN_CHROMIUM;
  if (exists(file)) return file;
  const whence = env['CHROMIUM_PATH'] ? 'CHROMIUM_PATH' : 'the default, as CHROMIUM_PATH is unset';
  const error = new Error(
    `No Chromium at ${file} (${whence}): set CHROMIUM_PATH to a Chromium executable, or apt-get install chromium for ${DEBIAN_CHROMIUM}.`,
  );
  // The machine, not the code, is at fault: no stack, so the runner prints just this line.
  error.stack = `${error.name}: ${error.message}`;
  throw error;
}
