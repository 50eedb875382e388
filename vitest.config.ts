import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Both locale tables complete and synchronous (the app loads all but the Vietnamese core on demand).
    setupFiles: ['src/i18n/test-setup.ts'],
    testTimeout: 20_000,
  },
});
