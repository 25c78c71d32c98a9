import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests spawn the CLI several times; on a loaded 2-core CI machine 5 s (the default)
    // is not enough. The timeout guards against hangs, it is not a speed assertion.
    testTimeout: 30_000,
    setupFiles: ['tests/unit/setup-extension.ts'],
  },
});
