// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Dependency direction, enforced here as Excalidraw does: the domain imports only itself and
 * the two libraries it is built on; the Graph layer sees only domain types; the UI never
 * fetches on its own.
 */
const DOMAIN_ALLOWED = /^(\.\/|zod$|zod\/|temporal-polyfill$)/;

export const boundaries = {
  graph: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['../domain', '../domain/*'],
            allowTypeImports: true,
            message:
              'src/graph imports domain types only (import type): it maps Graph to domain values, it does not run domain logic.',
          },
          {
            group: [
              '../ui',
              '../ui/*',
              '../host',
              '../host/*',
              '../auth',
              '../auth/*',
              '../app',
              '../app/*',
              '../emulator',
              '../emulator/*',
            ],
            message: 'src/graph depends on the domain only.',
          },
          {
            group: ['react', 'react-dom', '@fluentui/*', '@microsoft/teams-js', '@azure/*'],
            message: 'src/graph has no UI or host code.',
          },
        ],
      },
    ],
  },
  ui: {
    'no-restricted-globals': [
      'error',
      { name: 'fetch', message: 'src/ui never calls fetch: go through the Graph layer.' },
    ],
    'no-restricted-properties': [
      'error',
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
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['../emulator', '../emulator/*', '../../emulator/*'],
            message: 'The app talks to the emulator only over HTTP, as to Graph.',
          },
        ],
      },
    ],
  },
  domain: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(?!${DOMAIN_ALLOWED.source.slice(1)})`,
            message:
              'src/domain is pure: it may import only ./ files of its own, zod and temporal-polyfill (no React, no Microsoft packages, nothing outside src/domain).',
          },
        ],
      },
    ],
  },
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
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: boundaries.domain,
  },
  {
    files: ['src/graph/**/*.ts'],
    ignores: ['src/graph/**/*.test.ts'],
    rules: boundaries.graph,
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: boundaries.ui,
  },
);
