import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests spawn the CLI several times; on a loaded 2-core CI machine 5 s (the default)
    // is not enough, and at a load average of 40 tests took five times their quiet time. The
    // timeouts guard against hangs, they are not speed assertions.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    setupFiles: ['tests/unit/setup-extension.ts'],
  },
});
