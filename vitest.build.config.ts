import { defineConfig } from 'vitest/config';

// Tests that run a real `astro build` (about 15 s each), kept out of the quick unit run.
export default defineConfig({
  test: {
    include: ['scripts/**/*.build.test.ts'],
    // Two builds at a time: each keeps a core busy.
    maxConcurrency: 2,
  },
});
