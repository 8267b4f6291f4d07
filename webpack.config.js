// @ts-check
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import { buildRefusal } from './scripts/buildGuard.mjs';
import { contentSecurityPolicyFor, OFFICE_JS_URL, SEND_CHECK_FILE } from './scripts/csp.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
// A developer's .env fills in what the environment does not say; test builds opt out.
if (process.env['NM_IGNORE_DOTENV'] !== '1' && existsSync(path.join(root, '.env'))) {
  process.loadEnvFile(path.join(root, '.env'));
}

/** The build-time configuration names (see src/config/appConfig.ts and .env.example). */
const CONFIG = [
  'NM_CLIENT_ID',
  'NM_TENANT',
  'NM_GRAPH_BASE_URL',
  'NM_DEMO',
  'NM_APP_URL',
  'NM_TEST_HARNESS_ORIGINS',
];

/**
 * The Outlook add-in's send check is one file with a fixed name (the manifest points at it) and
 * no chunks: classic Outlook runs it in a JavaScript-only runtime that loads nothing else.
 */
export const SEND_CHECK_ENTRY = 'outlookSend';

/** Chunks kept out of splitting: each carries what it needs beyond its entry (see `shared`). */
const UNSPLIT_CHUNKS = new Set([
  SEND_CHECK_ENTRY,
  'outlookPane',
  'outlookSignIn',
  'sign-in-panel',
  'organiser-pane',
  'organiser-cards',
  'attendee-pane',
]);

/** Loaders, resolution and splitting, shared with the benchmark's reference build. */
export const shared = {
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            // ES2020 syntax (class fields compiled away, with their define semantics kept):
            // the send check runs in classic Outlook's JavaScript-only runtime, whose syntax
            // level tests/e2e/outlookSendFile.e2e.test.ts holds to README's minimum Outlook build.
            compilerOptions: { target: 'ES2020', useDefineForClassFields: true },
          },
        },
      },
      // Griffel's build-time transform: our makeStyles calls ship as precomputed classes and CSS
      // (as Fluent's own components do), not as style objects that the page compiles with
      // stylis on first use. On the Outlook pane's first screen that compile was the largest
      // single cost of its main thread. After ts-loader: it reads the JavaScript ts-loader writes.
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        enforce: 'post',
        use: { loader: '@griffel/webpack-loader' },
      },
    ],
  },
  optimization: {
    splitChunks: {
      // The send check loads nothing else; the Outlook pane's page shares no first-screen chunk
      // with the tab's, so the tab's first screen stays as few files as before the add-in.
      /** @param {import('webpack').Chunk} chunk */
      // The sign-in dialog's page likewise keeps to itself (it loads MSAL's chunk only), and so
      // does the pane's sign-in panel, which the tab's first screen imports whole: shared, it
      // would split the tab's first-screen vendor file in two.
      chunks: (chunk) => !UNSPLIT_CHUNKS.has(chunk.name ?? ''),
    },
  },
  performance: { hints: /** @type {false} */ (false) },
};

/**
 * Puts the Outlook add-in's ribbon icons (manifest/addin/, drawn by `npm run icons`) beside the
 * pages as addin/icon-*.png: the manifest names them by https URL on the app's address.
 */
const addinIcons = {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const dir = path.join(root, 'manifest/addin');
    compiler.hooks.thisCompilation.tap('addinIcons', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'addinIcons', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const file of readdirSync(dir).filter((f) => f.endsWith('.png'))) {
            const source = new webpack.sources.RawSource(readFileSync(path.join(dir, file)));
            compilation.emitAsset(`addin/${file}`, source);
          }
        },
      );
    });
  },
};

/**
 * Tells `npm start` (scripts/start.ts, through the IPC channel it opens) when the first compile
 * without errors has been printed, so it can say where to open the app after webpack's output.
 * @param {import('webpack-dev-server')} devServer
 */
function announceFirstCompile(devServer) {
  const send = process.send?.bind(process);
  const middleware = devServer.middleware;
  if (!send || !middleware) return;
  let announced = false;
  /** @param {import('webpack').Stats | import('webpack').MultiStats | undefined} stats */
  const announce = (stats) => {
    if (announced || !stats || stats.hasErrors()) return;
    announced = true;
    send({ type: 'compiled' });
  };
  // The middleware prints a compile's stats in the tick after `done`, then calls those waiting
  // until it is valid: so the message follows webpack's output. A first compile with errors
  // waits for the next one, which a change to a file starts.
  middleware.waitUntilValid(announce);
  devServer.compiler.hooks.invalid.tap('announceFirstCompile', () => {
    if (!announced) middleware.waitUntilValid(announce);
  });
}

/**
 * One config for the tab. Development serves on localhost:3000; production writes dist/ with
 * hashed names and splits what the first screen does not need into chunks of its own. A build
 * that writes files refuses the demo's settings (scripts/buildGuard.mjs) unless it is a test
 * build (`--env testBuild`, written outside dist/).
 * @param {Record<string, string | boolean | undefined>} env
 * @param {{ mode?: 'development' | 'production', outputPath?: string }} argv
 * @returns {import('webpack').Configuration & { devServer?: Record<string, unknown> }}
 */
export default (env, argv) => {
  const refusal = buildRefusal({
    env: process.env,
    serve: Boolean(env['WEBPACK_SERVE']),
    testBuild: env['testBuild'] === true,
    outputPath: argv.outputPath ?? path.join(root, 'dist'),
    root,
    officeJsUrl: OFFICE_JS_URL,
  });
  if (refusal) {
    // One line, not webpack-cli's stack trace: the reason is all there is to say.
    console.error(refusal);
    process.exit(1);
  }
  const production = argv.mode === 'production';
  const harness = (process.env['NM_TEST_HARNESS_ORIGINS'] ?? '').split(',').filter(Boolean);
  // A test build points the add-in's pages at a stand-in for office.js (tests/e2e/outlook/).
  const officeJsUrl = process.env['NM_OFFICE_JS_URL'] || OFFICE_JS_URL;
  const cspOptions = {
    graphBaseUrl: process.env['NM_GRAPH_BASE_URL'] || 'https://graph.microsoft.com',
    extraFrameAncestors: harness,
    officeJsUrl,
  };
  // On the demo tenant the first screen needs the list of demo people: fetch it while the
  // scripts load rather than after (the tab's page and the pane's).
  const demoTenantPreload =
    process.env['NM_DEMO'] === 'true'
      ? `${(process.env['NM_GRAPH_BASE_URL'] || 'http://127.0.0.1:4000').replace(/\/+$/, '')}/_emulator/tenant`
      : '';
  return {
    mode: production ? 'production' : 'development',
    entry: {
      app: path.join(root, 'src/index.tsx'),
      authRedirect: path.join(root, 'src/auth/authRedirect.ts'),
      // The early module first: it starts fetching the pane's chunk before the page's modules run.
      outlookPane: [
        path.join(root, 'src/outlookPaneEarly.ts'),
        path.join(root, 'src/outlookPane.tsx'),
      ],
      outlookSignIn: path.join(root, 'src/outlookSignIn.tsx'),
      [SEND_CHECK_ENTRY]: {
        import: path.join(root, 'src/outlookSend.ts'),
        filename: SEND_CHECK_FILE,
      },
    },
    output: {
      path: path.join(root, 'dist'),
      filename: production ? '[name].[contenthash].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash].js' : '[name].js',
      clean: true,
    },
    // Never an eval devtool: the dev server sends the production CSP, which allows no eval.
    // Production maps stay beside the bundle for reading stack traces by hand, but no bundle
    // points at them and hosting never serves them (scripts/hosting/).
    devtool: production ? 'hidden-source-map' : 'cheap-module-source-map',
    ...shared,
    plugins: [
      addinIcons,
      new webpack.DefinePlugin(
        Object.fromEntries(
          CONFIG.map((name) => [`process.env.${name}`, JSON.stringify(process.env[name] ?? '')]),
        ),
      ),
      new HtmlWebpackPlugin({
        template: path.join(root, 'src/index.html'),
        chunks: ['app'],
        scriptLoading: 'defer',
        preload: demoTenantPreload,
      }),
      new HtmlWebpackPlugin({
        template: path.join(root, 'src/index.html'),
        filename: 'auth-redirect.html',
        chunks: ['authRedirect'],
        scriptLoading: 'defer',
        preload: '',
      }),
      // The add-in's pages: office.js first, from Microsoft's CDN, then our script.
      new HtmlWebpackPlugin({
        template: path.join(root, 'src/outlook.html'),
        filename: 'outlook.html',
        chunks: ['outlookPane'],
        scriptLoading: 'defer',
        officeJsUrl,
        preload: demoTenantPreload,
      }),
      // Office's sign-in dialog, where Outlook offers no nested app authentication.
      new HtmlWebpackPlugin({
        template: path.join(root, 'src/outlook.html'),
        filename: 'outlook-signin.html',
        chunks: ['outlookSignIn'],
        scriptLoading: 'defer',
        officeJsUrl,
      }),
      new HtmlWebpackPlugin({
        template: path.join(root, 'src/outlook.html'),
        filename: 'outlook-send.html',
        chunks: [SEND_CHECK_ENTRY],
        scriptLoading: 'defer',
        officeJsUrl,
      }),
    ],
    devServer: {
      port: Number(process.env['PORT'] ?? 3000),
      host: 'localhost',
      historyApiFallback: true,
      client: { overlay: { warnings: false } },
      /** @param {import('express').Request} req */
      headers: (req) => ({
        'Content-Security-Policy': contentSecurityPolicyFor(req.path, cspOptions),
      }),
      onListening: announceFirstCompile,
    },
  };
};
