import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const upward = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group, message: 'Dependencies point one way: entrypoints → components → utils.' })) }],
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**', 'data/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // utils never reach up into components or entrypoints; extract and anchor never touch extension APIs.
  { files: ['utils/**'], rules: upward(['**/components/**', '**/entrypoints/**']) },
  {
    files: ['utils/extract/**', 'utils/anchor/**', 'utils/export/**'],
    rules: upward(['**/components/**', '**/entrypoints/**', 'wxt/browser', 'webextension-polyfill', '**/utils/db/**']),
  },
  { files: ['components/**'], rules: upward(['**/entrypoints/**']) },
);
