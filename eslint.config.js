// Lint rules. The one that matters most: src/core is pure (no fs, no process, no chalk, no printing);
// so are the cores of `learn`, `compare` and `families` (src/learn, src/compare, src/families).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/learn/**/*.ts', 'src/compare/**/*.ts', 'src/families/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'chalk',
            'fs',
            'node:fs',
            'fs/promises',
            'node:fs/promises',
            'process',
            'node:process',
          ],
          patterns: ['**/cli/*', '**/report/*'],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'console'],
    },
  },
);
