import { defineConfig } from 'vitest/config';

// Four layers, fastest first (npm test runs them in this order, with the build before the browser layers):
// unit: pure functions, no processes, no build (npm run test:fast);
// cli:  the commands run as real processes on fixture copies;
// e2e:  Chromium against the built site (and a second build under a subfolder);
// a11y: axe over every page of the built site, in both colour schemes.
const browser = {
  environment: 'node' as const,
  testTimeout: 120_000,
  hookTimeout: 600_000,
  // One browser at a time: the machine has two cores and Chromium wants both.
  fileParallelism: false,
};

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/viz/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'cli', include: ['test/cli/**/*.test.ts'], environment: 'node', testTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          ...browser,
        },
      },
      {
        test: {
          name: 'a11y',
          include: ['test/a11y/**/*.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          ...browser,
        },
      },
    ],
  },
});
