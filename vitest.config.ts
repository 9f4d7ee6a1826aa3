import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: path.resolve(import.meta.dirname, '$1') },
      { find: 'server-only', replacement: path.resolve(import.meta.dirname, 'test/empty-module.ts') },
    ],
  },
  test: {
    environment: 'node',
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**', '.data/**'],
    // Migrates one database for the run; each test file's own starts as a copy of it.
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-environment.ts'],
    pool: 'forks',
    // CI adds a JSON report so that .ci/run can total every runner.
    reporters: process.env.VITEST_JSON_OUTPUT ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON_OUTPUT ? { json: process.env.VITEST_JSON_OUTPUT } : undefined,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
