import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Real `astro build` runs: vitest.build.config.ts (`npm run test:build-errors`).
    exclude: [...configDefaults.exclude, '**/*.build.test.ts'],
  },
});
