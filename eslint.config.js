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
    // The session schema (and zod) must stay out of the first chunk: session-validator.ts loads it lazily.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/state/session-validator.ts', 'src/state/session-schema.ts', 'src/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/session-schema', 'zod', 'zod/*'],
              allowTypeImports: true,
              message:
                'Load the session schema through session-validator.ts, so zod stays out of the first chunk.',
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
    files: ['test/**/*.mjs', 'bench/**/*.mjs', '*.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
  },
);
