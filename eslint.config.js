import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { ignores: ['**/node_modules/**', 'site/**', 'packages/cli/dist/**'] },
  {
    files: ['**/bin/*.js', '**/bench/*.mjs', 'scripts/*.mjs'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly', performance: 'readonly', console: 'readonly' } },
  },
  {
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Named exports only (STYLE.md).' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
