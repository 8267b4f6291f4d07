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
);
