import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// The fences of DESIGN.md's architecture: lib/ is pure (no browser or DOM globals, no WXT or
// Svelte imports) except lib/browser/, which is the one place that talks to `browser.*`; the
// command line never imports lib/browser/; components take props and never touch `browser.*`;
// and page text is never rendered as HTML anywhere.
const browserGlobals = ['browser', 'chrome', 'window', 'document', 'location', 'navigator', 'localStorage'].map(
  (name) => ({ name, message: 'lib/ is pure: pass a Document / URL in, or use lib/browser/.' }),
);

export default ts.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'reports/**', 'test-results/**', 'playwright-report/**', 'bench/tmp/**'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/browser/**'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*', 'webextension-polyfill'], message: 'lib/ is pure: only lib/browser/ may use the extension APIs.' },
            { group: ['svelte', 'svelte/*', '**/*.svelte'], message: 'lib/ holds no UI.' },
            { group: ['**/entrypoints/**', '**/components/**'], message: 'Data flows one way: lib/ never imports UI.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/browser/**', '**/lib/browser', 'wxt', 'wxt/*', '#imports'], message: 'The command line never imports lib/browser/.' }] },
      ],
    },
  },
  {
    files: ['components/**/*.svelte', 'components/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'browser', message: 'Components are props in, callbacks out.' }, { name: 'chrome', message: 'Components are props in, callbacks out.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['wxt', 'wxt/*', '#imports', '**/lib/browser/**'], message: 'Components are props in, callbacks out.' }] }],
    },
  },
);
