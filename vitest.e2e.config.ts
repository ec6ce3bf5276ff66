import { defineConfig } from 'vitest/config';

// The built extension in real Chromium. One browser at a time: CI machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
