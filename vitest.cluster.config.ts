import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// `npm run test:cluster`: two app instances of the current build, one file at a time, apart from the main suite.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['test/cluster/**/*.cluster.ts'],
      fileParallelism: false,
      testTimeout: 120_000,
      hookTimeout: 180_000,
    },
  }),
);
