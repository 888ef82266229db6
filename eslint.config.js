import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'public/data',
      'test-results',
      'playwright-report',
      'node_modules',
      'bench/tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Dependencies point one way: app → features → shared layers. Features never
    // import each other; what two features share moves down a layer.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '../../app/*'],
              message: 'Features must not import from src/app (it only composes).',
            },
            {
              regex: '^\\.\\./(?!\\.\\./)[^/]+/',
              message:
                'Features never import each other: move what two features share down a layer, or let src/app pass it in.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/dataset/**', 'src/lib/**', 'src/stores/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'Shared layers must not import features or app.',
            },
          ],
        },
      ],
    },
  },
);
