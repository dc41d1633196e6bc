import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Globals that reach the network: no package may call it. */
const NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'];
/** Browser globals core must not use: it runs in Node too. */
const DOM = ['window', 'document', 'navigator', 'HTMLElement', 'customElements', 'localStorage', 'sessionStorage'];

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/dist/', 'storybook-static/', 'custom-elements.json', 'packages/*/custom-elements.json', 'bench/.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Type-aware rules on the packages' sources (what ships): floating promises, unsafe any,
  // objects in template strings and the like.
  ...tseslint.configs.recommendedTypeCheckedOnly.map((config) => ({ ...config, files: ['packages/*/src/**/*.ts'] })),
  {
    files: ['packages/*/src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Input from outside (attributes, JSON, templates) is turned into text with String() on
      // purpose, then checked and escaped; an object's "[object Object]" is then just bad input.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    files: ['packages/elements/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    // Accessibility in Lit templates: every rule of eslint-plugin-lit-a11y.
    files: ['packages/elements/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...Object.fromEntries(Object.keys(litA11y.rules).map((rule) => [`lit-a11y/${rule}`, 'error'])),
      // The one <select> (the explainer's age choice) only redraws the figures below it: no change
      // of context (WCAG 3.2.2), so updating on "change", even as arrow keys move, is right.
      'lit-a11y/no-invalid-change-handler': 'off',
    },
  },
  {
    // Nothing calls the network.
    files: ['packages/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...NETWORK] },
  },
  {
    // Core runs in Node and browsers alike: no DOM, no Lit (and, as everywhere, no network).
    files: ['packages/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': ['error', ...DOM, ...NETWORK],
      'no-restricted-imports': ['error', { patterns: ['lit', 'lit/*', '@lit/*', '@scanwise/elements*'] }],
    },
  },
);
