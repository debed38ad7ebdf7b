import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The extension host provides `vscode`; tests get the small fake in test/vscode-mock.ts.
    alias: { vscode: fileURLToPath(new URL('./test/vscode-mock.ts', import.meta.url)) },
  },
  test: {
    environment: 'node',
    testTimeout: 60000,
    hookTimeout: 60000,
    // the daemon tests mostly wait on the daemon and its worker: run the files side by side
    maxWorkers: 4,
    server: { deps: { inline: ['vscode-languageclient'] } },
  },
});
