import { getViteConfig } from 'astro/config';

// Astro's own Vite config, so tests can render .astro components with the Container API.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
