import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'bench/results.json', 'node_modules'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
    },
  },
  {
    // The session schema, the migrations and zod must stay out of the first chunk: session-validator.ts
    // loads them lazily.
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/state/session-validator.ts',
      'src/state/session-schema.ts',
      'src/state/session-migrations.ts',
      'src/**/*.test.{ts,tsx}',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/session-schema', '**/session-migrations', 'zod', 'zod/*'],
              allowTypeImports: true,
              message:
                'Load the session schema and migrations through session-validator.ts, so they and zod stay out of the first chunk.',
            },
          ],
        },
      ],
    },
  },
  {
    // The model is the pure core: nothing from React, the DOM, the store or the charts may leak in.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            'zustand',
            'zustand/*',
            'recharts',
            '../state/*',
            '../components/*',
            '../format/*',
            '../export/*',
          ],
        },
      ],
    },
  },
  {
    // The export builders are pure text: plain data in (figures, the share link, chart markup), text
    // out. No React, store, charts or DOM capture; the toolbars and DOM reading are components/export.
    files: ['src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            'zustand',
            'zustand/*',
            'recharts',
            'html-to-image',
            '../state/*',
            '../components/*',
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'history',
          'localStorage',
          'getComputedStyle',
          'XMLSerializer',
          'DOMParser',
          'Element',
          'HTMLElement',
          'SVGElement',
          'SVGSVGElement',
        ].map((name) => ({
          name,
          message: 'The export builders are pure: read the page in components/export.',
        })),
      ],
    },
  },
  {
    // No import circle in src/state: the session's type and defaults live in the leaf session.ts, so
    // the modules the store is built from (schema, storage, validator, share links) never need the store.
    files: [
      'src/state/session-schema.ts',
      'src/state/session-storage.ts',
      'src/state/session-validator.ts',
      'src/state/session-migrations.ts',
      'src/state/session-versions.ts',
      'src/state/share-link.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/calculator-store'],
              message:
                'Import the session type and defaults from ./session instead: the store imports this module.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/session.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['./*', '../state/*'],
              message: 'session.ts is the leaf of src/state: it imports nothing from src/state.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.mjs', 'bench/**/*.mjs', '*.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
  },
);
