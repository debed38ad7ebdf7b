import { defineConfig } from 'vitest/config';

// The end-to-end test: one real VS Code (code-server + chromium) for the whole file, steps in order.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 240000,
    hookTimeout: 180000,
    bail: 1,
  },
});
