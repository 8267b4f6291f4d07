// @ts-check
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundariesPlugin from 'eslint-plugin-boundaries';

/**
 * Dependency direction: every folder under src/ is a zone, and an import is refused unless the
 * tables below let it through (eslint-plugin-boundaries, default disallow). README.md draws the
 * same picture; tests/lint/boundaries.test.ts probes every refused direction.
 */
const FOLDERS = ['domain', 'graph', 'app', 'auth', 'host', 'config', 'ui', 'emulator'];
/**
 * src/index.tsx, which starts the app, is a zone of its own; so are the Outlook add-in's entries
 * (its pane page and the early module before it, its send check and its sign-in dialog's page),
 * which start the add-in the same way.
 */
const ENTRY_FILES = [
  'src/index.tsx',
  'src/outlookPane.tsx',
  'src/outlookPaneEarly.ts',
  'src/outlookSend.ts',
  'src/outlookSignIn.tsx',
];
const ZONES = [...FOLDERS, 'entry'];

/** The zones each zone may import besides itself; `kind: 'type'` means `import type` only. */
const MAY_IMPORT = {
  domain: [],
  graph: [{ zone: 'domain', kind: 'type' }],
  app: ['domain', 'graph'],
  auth: ['graph', 'config', 'host'],
  host: [],
  config: [],
  ui: ['domain', 'app', 'auth', 'host', { zone: 'graph', kind: 'type' }],
  // The demo tenant's token format is shared with the demo sign-in.
  emulator: ['domain', { zone: 'auth', file: 'demoToken.ts' }],
  entry: ['domain', 'graph', 'app', 'auth', 'host', 'config', 'ui'],
};

/** Packages with a home: only these zones import them. */
const PACKAGE_HOMES = [
  { packages: ['react', 'react-dom', '@fluentui/*'], zones: ['ui', 'entry'], home: 'src/ui' },
  { packages: ['@microsoft/teams-js'], zones: ['host'], home: 'src/host' },
  { packages: ['@azure/msal-browser'], zones: ['auth'], home: 'src/auth' },
  { packages: ['@microsoft/microsoft-graph-client'], zones: ['graph'], home: 'src/graph' },
  // Office.js itself is a global from a script tag, kept in src/host/outlook by `officeStaysHome`.
  { packages: ['office-addin-mock'], zones: ['host'], home: 'src/host/outlook' },
];
/** The domain is pure: these are the only packages it imports (its tests add the test tools). */
const DOMAIN_PACKAGES = ['zod', 'temporal-polyfill'];
const TEST_PACKAGES = ['vitest', 'fast-check', 'parse5'];

/** Files only tests import, wherever they sit: builders, demo plans, fakes, the harness. */
const TEST_SUPPORT = '**/*.testSupport.{ts,tsx}';

/** @param {string} z */
const zone = (z) => (z === 'entry' ? { file: { categories: 'entry' } } : { element: { type: z } });
/** @param {string[]} except */
const zonesExcept = (except) => ZONES.filter((z) => !except.includes(z)).map(zone);
/** @param {string} z */
const testsOf = (z) => ({ element: { type: z }, file: { categories: 'test' } });
/** @param {string | string[]} source */
const pkg = (source) => ({ to: { module: { origin: 'external', source } } });

/**
 * The door an import goes through: the Graph layer is entered through src/graph/index.ts only.
 * @param {string | { zone: string, kind?: string, file?: string }} door
 */
function through(door) {
  const d = typeof door === 'string' ? { zone: door } : door;
  const file = d.file ?? (d.zone === 'graph' ? 'index.ts' : undefined);
  return {
    to: { element: { type: d.zone, ...(file ? { fileInternalPath: file } : {}) } },
    ...(d.kind ? { dependency: { kind: d.kind } } : {}),
  };
}

/** Later policies override earlier ones. */
const dependencyPolicies = [
  ...FOLDERS.map((z) => ({ from: zone(z), allow: { to: zone(z) } })),
  ...Object.entries(MAY_IMPORT).flatMap(([from, doors]) =>
    doors.map((door) => ({ from: zone(from), allow: through(door) })),
  ),
  // Tests also use the emulator's harness and demo data, the domain's values and test builders,
  // and app, through which integration tests book (the domain's tests stay pure).
  {
    from: FOLDERS.filter((z) => z !== 'domain').map(testsOf),
    allow: ['emulator', 'domain', 'app'].map((z) => ({ to: zone(z) })),
  },
  // The emulator's harness hands tests a Graph client signed in with a demo token.
  {
    from: { file: { categories: 'harness' } },
    allow: [through('graph'), through({ zone: 'auth', file: 'demoTokenSource.ts' })],
  },
  // Packages: every zone but the domain, save the packages with a home.
  { from: zonesExcept(['domain']), allow: pkg('**') },
  { from: zone('domain'), allow: pkg(DOMAIN_PACKAGES) },
  { from: { file: { categories: 'test' } }, allow: pkg(TEST_PACKAGES) },
  ...PACKAGE_HOMES.map(({ packages, zones, home }) => ({
    from: zonesExcept(zones),
    disallow: pkg(packages),
    message: `Only ${home} imports ${packages.join(', ')}.`,
  })),
  // Node's own modules: the emulator is the only server.
  { from: zone('emulator'), allow: { to: { module: { origin: 'core' } } } },
  {
    from: zonesExcept(['graph']),
    disallow: { to: { element: { type: 'graph', fileInternalPath: '!index.ts' } } },
    message: 'Enter the Graph layer through src/graph/index.ts.',
  },
  {
    from: [
      { file: { isUnknown: true } },
      { file: { categories: { noneOf: ['test', 'test-support'] } } },
    ],
    disallow: { to: { file: { categories: ['test', 'test-support'] } } },
    message: 'Only tests import tests and test support (`*.testSupport.ts`).',
  },
];

const boundaries = {
  settings: {
    // Zones are paths from here, wherever ESLint is started from.
    'boundaries/root-path': fileURLToPath(new URL('.', import.meta.url)),
    'boundaries/elements': FOLDERS.map((z) => ({
      type: z,
      pattern: `src/${z}`,
      partialMatch: false,
    })),
    'boundaries/files': [
      { category: 'entry', pattern: ENTRY_FILES },
      { category: 'test', pattern: '**/*.test.{ts,tsx}' },
      // Test support (builders, demo plans, fakes, the harness) is named `*.testSupport.ts`: it
      // may do what tests do, and only tests and other test support may import it.
      { category: 'test', pattern: TEST_SUPPORT },
      { category: 'test-support', pattern: TEST_SUPPORT },
      { category: 'harness', pattern: 'src/emulator/harness.testSupport.ts' },
    ],
    'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        checkAllOrigins: true,
        checkUnknownLocals: true,
        checkInternals: true,
        policies: dependencyPolicies,
      },
    ],
    // A new folder under src/ needs a zone before it lints.
    'boundaries/no-unknown-files': 'error',
  },
};

/**
 * Office.js (the `Office` global office.js defines, and its types) is used in src/host/outlook
 * only; everything else talks to Outlook through the MeetingForm interface.
 */
const OFFICE_GLOBAL = {
  name: 'Office',
  message: 'Only src/host/outlook uses Office.js: go through the MeetingForm interface.',
};
/**
 * The page's storages are read through `browserStorage` (src/host/browserStorage.ts) only: in a
 * frame from another site, where the browser blocks third-party storage, reading them throws.
 */
const STORAGE_MESSAGE =
  'Use browserStorage() (src/host/browserStorage.ts): reading the storage throws where it is blocked.';
const STORAGE_GLOBALS = ['localStorage', 'sessionStorage'].map((name) => ({
  name,
  message: STORAGE_MESSAGE,
}));
const STORAGE_PROPERTIES = ['window', 'globalThis', 'self'].flatMap((object) =>
  ['localStorage', 'sessionStorage'].map((property) => ({
    object,
    property,
    message: STORAGE_MESSAGE,
  })),
);
const officeStaysHome = {
  'no-restricted-globals': ['error', OFFICE_GLOBAL, ...STORAGE_GLOBALS],
  'no-restricted-properties': ['error', ...STORAGE_PROPERTIES],
  '@typescript-eslint/triple-slash-reference': [
    'error',
    { lib: 'always', path: 'never', types: 'never' },
  ],
};

/** The UI never fetches on its own: it goes through app and the Graph layer. */
const uiNeverFetches = {
  'no-restricted-globals': [
    'error',
    { name: 'fetch', message: 'src/ui never calls fetch: go through the Graph layer.' },
    OFFICE_GLOBAL,
    ...STORAGE_GLOBALS,
  ],
  'no-restricted-properties': [
    'error',
    ...STORAGE_PROPERTIES,
    {
      object: 'window',
      property: 'fetch',
      message: 'src/ui never calls fetch: go through the Graph layer.',
    },
    {
      object: 'globalThis',
      property: 'fetch',
      message: 'src/ui never calls fetch: go through the Graph layer.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries: boundariesPlugin },
    settings: boundaries.settings,
    rules: boundaries.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/host/outlook/**'],
    rules: officeStaysHome,
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: uiNeverFetches,
  },
  // Tests set the page's storage up as a browser would have it.
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/**/*.testSupport.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', OFFICE_GLOBAL],
      'no-restricted-properties': 'off',
    },
  },
);
