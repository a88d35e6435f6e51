import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

// Astro's own Vite config, so tests can render .astro components with the Container API.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    // Real `astro build` runs: vitest.build.config.ts (`npm run test:build-errors`).
    exclude: [...configDefaults.exclude, '**/*.build.test.ts'],
  },
});
