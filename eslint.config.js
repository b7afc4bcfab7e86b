import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'build/security-lint/**', 'test-results/**', 'bench-results/**', '.tmp/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // The layers of ARCHITECTURE.md: a folder may only import what can run beside it.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...nodeBuiltins, 'electron', 'react', '**/main/**', '**/renderer/**', '**/preload/**'] }],
    },
  },
  {
    files: ['main/services/**/*.ts', 'main/ipc/**/*.ts', 'main/chromium/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['electron', '**/renderer/**', '**/main/electron/**'] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...nodeBuiltins, 'electron', '**/main/**'] }] },
  },
  {
    files: ['preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['zod', '**/main/**', '**/renderer/**'] }] },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright fixtures declare "no dependencies" with an empty pattern.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
