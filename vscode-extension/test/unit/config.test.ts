import { describe, expect, it } from 'vitest';
import { daemonSettings, folderOverrides } from '../../src/config';

const config = (values: Record<string, unknown>) => ({ get: <T>(key: string) => values[key] as T | undefined });

describe('settings per folder', () => {
  it("sends a folder's own model, feedback command and iterations with its targets' requests", () => {
    const daemon = config({ model: 'manual', feedbackCommand: null, iterations: 3 });
    const second = config({ model: 'replay:/p/replay.json', feedbackCommand: 'pytest -q tests/b', iterations: 3 });
    expect(folderOverrides(second, daemon)).toEqual({ model: 'replay:/p/replay.json', feedbackCommand: 'pytest -q tests/b' });
    expect(folderOverrides(daemon, daemon)).toEqual({});
  });

  it('sends the daemon camelCase settings without client-only keys, with the resolved interpreter', () => {
    const all = config({
      model: 'manual',
      interpreter: '${workspaceFolder}/py',
      logLevel: 'debug',
      installSpec: 'x',
      trace: { server: 'off' },
    });
    expect(daemonSettings(all, '/w/py')).toEqual({ model: 'manual', interpreter: '/w/py', logLevel: 'debug' });
  });
});
