import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// `npm run test:cluster`: two app instances of the current build, apart from the main suite.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/cluster/**/*.cluster.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
