import type { BuildEnv } from './appConfig';

/**
 * The build-time environment. Each `process.env.NM_…` below is replaced with its value by
 * webpack's DefinePlugin, so nothing but these names reaches the bundle.
 */
export const BUILD_ENV: BuildEnv = {
  NM_CLIENT_ID: process.env['NM_CLIENT_ID'],
  NM_TENANT: process.env['NM_TENANT'],
  NM_GRAPH_BASE_URL: process.env['NM_GRAPH_BASE_URL'],
  NM_DEMO: process.env['NM_DEMO'],
  NM_APP_URL: process.env['NM_APP_URL'],
  NM_TEST_HARNESS_ORIGINS: process.env['NM_TEST_HARNESS_ORIGINS'],
};
