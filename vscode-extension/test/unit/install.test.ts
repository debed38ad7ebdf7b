import * as vscode from 'vscode';
import { beforeEach, describe, expect, it } from 'vitest';
import { ProjectPackages } from '../../src/install';
import * as mock from '../vscode-mock';

describe('trace-opt in the project interpreter', () => {
  beforeEach(() => mock.resetMock());
  const log = () => mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel;

  it('offers to install it when missing, installs on confirmation, and asks no more once it imports', async () => {
    let installed = false;
    const probes: string[] = [];
    const installs: string[] = [];
    const packages = new ProjectPackages(
      () => '/p/.venv/bin/python',
      log(),
      async (python, module) => (probes.push(`${python} ${module}`), installed),
      async (python, spec) => (installs.push(`${python} -m pip install ${spec}`), (installed = true), 0),
    );
    mock.window.showWarningMessage.mockResolvedValueOnce('Install trace-opt');
    expect(await packages.ensureTraceOpt()).toBe(true);
    expect(mock.window.showWarningMessage.mock.calls[0][0]).toBe(
      'Optimizing runs your code with Microsoft Trace (trace-opt), which is not installed in /p/.venv/bin/python. Install it there?',
    );
    expect(installs).toEqual(['/p/.venv/bin/python -m pip install trace-opt']);
    expect(await packages.ensureTraceOpt()).toBe(true);
    expect(probes).toHaveLength(2); // before and after the install; none the second time
  });

  it('declined or failed: the run does not start, and nothing is installed without a yes', async () => {
    const installs: string[] = [];
    const packages = new ProjectPackages(
      () => 'python3',
      log(),
      async () => false,
      async (_p, spec) => (installs.push(spec), 1),
    );
    expect(await packages.ensureTraceOpt()).toBe(false);
    expect(installs).toEqual([]);
    mock.window.showWarningMessage.mockResolvedValueOnce('Install trace-opt');
    expect(await packages.ensureTraceOpt()).toBe(false);
    expect(String(mock.window.showErrorMessage.mock.calls.at(-1)?.[0])).toMatch(/Installing trace-opt in python3 failed \(exit code 1\)/);
  });
});
