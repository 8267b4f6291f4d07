/**
 * The hosting files as they are checked in: path from the repository root, and content. JSON is
 * formatted by Prettier so `npm run format:check` and the drift test agree on one text.
 */
import { format, resolveConfig } from 'prettier';
import { headerList, iisWebConfig, nginxConfig, staticWebAppConfig } from './hostConfigs';

/** One generated file. */
export interface HostingFile {
  /** Relative to the repository root, with `/`. */
  readonly path: string;
  readonly content: string;
}

/** Every hosting file `npm run hosting:config` writes. */
export async function hostingFiles(root: string): Promise<HostingFile[]> {
  const swaPath = `${root}/staticwebapp.config.json`;
  const swa = await format(JSON.stringify(staticWebAppConfig()), {
    ...(await resolveConfig(swaPath)),
    filepath: swaPath,
  });
  return [
    { path: 'staticwebapp.config.json', content: swa },
    { path: 'hosting/nginx.conf', content: nginxConfig() },
    { path: 'hosting/web.config', content: iisWebConfig() },
    { path: 'hosting/headers.txt', content: headerList() },
  ];
}
