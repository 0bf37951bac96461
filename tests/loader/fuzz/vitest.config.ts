/**
 * `npm run fuzz`: the loader's fuzz suite (tests/loader/fuzz/*.fuzz.ts), apart
 * from `npm test`, which it would slow by minutes. Two files, one per core.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/loader/fuzz/**/*.fuzz.ts'],
    setupFiles: ['tests/loader/fuzz/setup.ts'],
    globalSetup: ['tests/loader/fuzz/tally.ts'],
    testTimeout: 10 * 60_000,
    // The two files, seeds and fixtures, side by side on a two-core machine.
    maxWorkers: 2,
  },
});
