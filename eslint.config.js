// ESLint flat config: TypeScript's recommended rules for every source file (shipped code,
// tests, scripts) and the rules of hooks for the React code. Formatting is Prettier's job
// (.prettierrc.json).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'dist/', 'test-results/', 'playwright-report/', '.cache/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a value left out on purpose (`const { secret: _secret, ...shown } = row`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The classic rules of hooks, not v7's React Compiler rules: the project does not use the compiler.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Playwright fixtures must destructure their (possibly empty) dependencies: `async ({}, use) => …`.
    files: ['tests/e2e/**', 'tests/firefox/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
