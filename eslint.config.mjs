import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'templates/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The engine knows nothing of GitHub, argv or the MCP transport: front doors depend on it,
    // never the other way round.
    files: ['src/engine/**/*.ts', 'src/connect/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'The engine must not depend on GitHub Actions.' },
            { group: ['commander'], message: 'The engine must not parse argv.' },
            { group: ['@modelcontextprotocol/*'], message: 'The engine must not know MCP.' },
            {
              group: ['**/cli/**', '**/action/**', '**/mcp/**'],
              message: 'Arrows point from front doors to the engine.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'Only front doors end the run.' },
      ],
    },
  },
);
