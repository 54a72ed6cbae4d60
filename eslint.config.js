// Lint: typescript-eslint's recommended type-aware rules over the app, tools and tests, the layer rules and the storage rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { layerRules } from './eslint-layers.js';
import { storageRules } from './eslint-storage.js';

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerRules(),
  ...storageRules(),
  {
    // Browser tests and scripts run in Node, and pass functions into the page: both sets of globals.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
