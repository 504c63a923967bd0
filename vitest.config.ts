import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Integration tests run crowds, servers and cores on a 2-core machine: a test that waits on
    // what the app reports may need more than the default 5 s when the machine is busy.
    testTimeout: 30_000,
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'out/**'],
  },
});
