import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOnly = {
  group: ['**/loader/**', '**/build/**'],
  message: 'The browser bundle must not import Node-only build code.',
  allowTypeImports: true,
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', '.bench', '**/*.tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The browser must never pull in Node-only build code (its types are fine),
    // and imports flow one way: shared → features → app.
    files: ['src/shared/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [nodeOnly, { group: ['**/features/**', '**/app/**'], message: 'shared/ must not depend on features/ or app/.' }] }],
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [nodeOnly, { group: ['**/app/**'], message: 'features/ must not depend on app/.' }] }],
    },
  },
  {
    files: ['src/app/**', 'src/main.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [nodeOnly] }],
    },
  },
);
