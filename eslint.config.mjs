import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const dbClientOnlyInDal = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: '@/db/client', message: 'Only lib/dal queries the database: call a DAL function instead.' }],
      patterns: [
        { group: ['**/db/client'], message: 'Only lib/dal queries the database: call a DAL function instead.' },
      ],
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.data/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'bench/results/**',
  ]),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'instrumentation.ts'],
    ignores: ['lib/dal/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: dbClientOnlyInDal,
  },
  {
    // The workflow is pure: no database, no framework.
    files: ['lib/workflow/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/db/*', 'next', 'next/*', '@/lib/dal/*'], message: 'lib/workflow is pure.' }] },
      ],
    },
  },
]);
