import { execFile } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { daemonSettings, substituteVariables } from '../../src/config';
import { installCommand, probeTrainerd, resolveInterpreter } from '../../src/interpreter';

describe('substituteVariables', () => {
  it('expands ${workspaceFolder}, ${userHome}, ${env:X} and a leading ~', () => {
    const home = '/home/ada';
    expect(substituteVariables('${workspaceFolder}/.venv/bin/python', '/work/proj', {}, home)).toBe('/work/proj/.venv/bin/python');
    expect(substituteVariables('${workspaceFolderBasename}-env', '/work/proj', {}, home)).toBe('proj-env');
    expect(substituteVariables('~/venvs/t/bin/python', undefined, {}, home)).toBe(path.join(home, 'venvs/t/bin/python'));
    expect(substituteVariables('${userHome}/x', undefined, {}, home)).toBe('/home/ada/x');
    expect(substituteVariables('${env:VENV}/bin/python', undefined, { VENV: '/opt/v' }, home)).toBe('/opt/v/bin/python');
    expect(substituteVariables('~', undefined, {}, home)).toBe(home);
  });

  it('leaves what it cannot expand as written (no folder open, unknown variable, ~ elsewhere)', () => {
    expect(substituteVariables('${workspaceFolder}/python', undefined, {}, '/h')).toBe('${workspaceFolder}/python');
    expect(substituteVariables('${command:python.interpreterPath}', '/w', {}, '/h')).toBe('${command:python.interpreterPath}');
    expect(substituteVariables('/opt/~x/python', '/w', {}, '/h')).toBe('/opt/~x/python');
  });
});

describe('resolveInterpreter', () => {
  const pythonExtension = async () => '/envs/selected/bin/python';

  it('prefers the trainer.interpreter setting, substituted', async () => {
    const got = await resolveInterpreter({ setting: '${workspaceFolder}/.venv/bin/python', workspaceFolder: '/w', pythonExtension });
    expect(got).toEqual({ path: '/w/.venv/bin/python', source: 'setting' });
  });

  it("falls back to the Python extension's environment when the setting is empty", async () => {
    for (const setting of [undefined, null, '', '   ']) {
      expect(await resolveInterpreter({ setting, workspaceFolder: '/w', pythonExtension })).toEqual({
        path: '/envs/selected/bin/python',
        source: 'python-extension',
      });
    }
  });

  it('falls back to python3 on PATH when the Python extension is absent or fails', async () => {
    const absent = await resolveInterpreter({
      setting: '',
      workspaceFolder: '/w',
      pythonExtension: async () => undefined,
      platform: 'linux',
    });
    expect(absent).toEqual({ path: 'python3', source: 'path' });
    const failing = await resolveInterpreter({
      setting: undefined,
      workspaceFolder: '/w',
      pythonExtension: async () => {
        throw new Error('Python extension not ready');
      },
      platform: 'linux',
    });
    expect(failing).toEqual({ path: 'python3', source: 'path' });
    const windows = await resolveInterpreter({
      setting: undefined,
      workspaceFolder: undefined,
      pythonExtension: async () => undefined,
      platform: 'win32',
    });
    expect(windows.path).toBe('python');
  });
});

describe('probeTrainerd', () => {
  it('finds trainerd in the interpreter that has it and reports its version', async () => {
    const probe = await probeTrainerd(process.env.TRAINERD_PYTHON ?? 'python3');
    expect(probe.ok).toBe(true);
    expect(probe.version).toMatch(/^\d+\.\d+/);
  });

  it('says why when the interpreter lacks trainerd or does not exist', async () => {
    const missing = await probeTrainerd(path.join(os.tmpdir(), 'no-such-python-here'));
    expect(missing.ok).toBe(false);
    expect(missing.error).toBeTruthy();
    // python -I -S: isolated and without site-packages, so trainerd is not importable
    const isolated = await new Promise<boolean>((resolve) => {
      execFile('python3', ['-I', '-S', '-c', 'import trainerd'], (e: unknown) => resolve(!e));
    });
    expect(isolated).toBe(false);
  });
});

describe('installCommand and daemonSettings', () => {
  it('quotes the interpreter and the spec for the shell', () => {
    expect(installCommand('/opt/my env/bin/python', 'trainerd', 'linux')).toBe("'/opt/my env/bin/python' -m pip install 'trainerd'");
    expect(installCommand('C:\\py\\python.exe', 'trainerd', 'win32')).toBe('& "C:\\py\\python.exe" -m pip install "trainerd"');
  });

  it('sends the daemon its settings (camelCase) with the resolved interpreter, and no client-only keys', () => {
    const values: Record<string, unknown> = {
      model: 'replay:answers.json',
      interpreter: '${workspaceFolder}/.venv/bin/python',
      feedbackCommand: '',
      iterations: 4,
      sessionBackend: 'tmux',
      logLevel: 'debug',
      monitor: { silenceSeconds: 30, plateauWindow: 10 },
      trace: { server: 'verbose' },
      installSpec: 'trainerd',
    };
    const settings = daemonSettings({ get: <T>(k: string) => values[k] as T }, '/w/.venv/bin/python');
    expect(settings).toEqual({
      model: 'replay:answers.json',
      interpreter: '/w/.venv/bin/python',
      iterations: 4,
      sessionBackend: 'tmux',
      logLevel: 'debug',
      monitor: { silenceSeconds: 30, plateauWindow: 10 },
    });
  });
});
