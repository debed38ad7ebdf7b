/** The packaged bundle (dist/extension.js, built by `npm run build`) loads and activates. */
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as mock from '../vscode-mock';
import { COMMANDS } from '../../src/extension';
import { until } from './fakes';

const BUNDLE = path.resolve(__dirname, '..', '..', 'dist', 'extension.js');
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };

describe('dist/extension.js', () => {
  const originalLoad = moduleInternals._load;
  beforeAll(() => {
    // the extension host provides `vscode`; here it is the same fake the other tests use, and any
    // API it lacks is a plain class (vscode-languageclient subclasses several at load time)
    const vscodeApi = new Proxy(mock as Record<string | symbol, unknown>, {
      get: (target, key) => (key in target ? target[key] : class {}),
    });
    moduleInternals._load = function (request, parent, isMain) {
      return request === 'vscode' ? vscodeApi : originalLoad.call(this, request, parent, isMain);
    };
  });
  afterAll(() => {
    moduleInternals._load = originalLoad;
  });

  it('is built, activates in an untrusted workspace without starting anything, and registers its commands', async () => {
    expect(fs.existsSync(BUNDLE)).toBe(true);
    mock.resetMock();
    mock.workspace.isTrusted = false;
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const extension = require(BUNDLE) as { activate(ctx: unknown): { server: { running: boolean } }; deactivate(): unknown };
      const context = {
        subscriptions: [] as { dispose(): unknown }[],
        workspaceState: mock.memento(),
        asAbsolutePath: (p: string) => path.resolve(__dirname, '..', '..', p),
      };
      const active = extension.activate(context);
      expect([...mock.state.registrations].sort()).toEqual([...COMMANDS].sort());
      expect(active.server.running).toBe(false);
      // the Python (Environments) extension is looked up for the interpreter to watch
      await until(() => mock.extensions.getExtension.mock.calls.length > 0 || rejections.length > 0, 'the client module to load');
      expect(rejections).toEqual([]);
      await extension.deactivate();
      for (const d of context.subscriptions) d.dispose();
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});
