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
    files: ['renderer/**/*.{ts,tsx}', 'participant/**/*.{ts,tsx}'],
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
    // The headless editor runs in Vitest without a DOM and drives any view: no React, no Konva,
    // and none of the renderer's views (ARCHITECTURE.md, tldraw's Editor).
    files: ['renderer/editor/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeBuiltins, 'electron', '**/main/**'] },
          { group: ['react', 'react-*', 'react/*', 'konva', 'konva/*', '@mantine/*', '@tabler/*'], message: 'renderer/editor/ is headless: no React, no Konva, no UI kit.' },
          { regex: '^(\\.\\./)+(app|boards|plan|run|record|report)/', message: 'renderer/editor/ must not reach into the views; they use the editor, not the other way round.' },
        ],
      }],
    },
  },
  {
    // The participant page runs on phones: only shared/ and its own files, nothing of the app.
    files: ['participant/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...nodeBuiltins, 'electron', '**/main/**', '**/renderer/**', '**/preload/**', '@mantine/*', 'konva', 'react-konva'] }] },
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
