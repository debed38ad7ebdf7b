/**
 * The interpreter the user selected for a folder: the Python Environments extension
 * (`ms-python.vscode-python-envs`) when it is there, else the Python extension's environments API
 * (`ms-python.python`, through `@vscode/python-extension`). Both are optional.
 */
import * as vscode from 'vscode';

export const ENVS_EXTENSION = 'ms-python.vscode-python-envs';
export const PYTHON_EXTENSION = 'ms-python.python';

/** The part of the Python Environments extension's API this extension uses. */
interface PythonEnvironmentsApi {
  getEnvironment(scope: vscode.Uri | undefined): Promise<{ execInfo?: { run?: { executable?: string } } } | undefined>;
  onDidChangeEnvironment?: vscode.Event<unknown>;
}

async function environmentsApi(): Promise<PythonEnvironmentsApi | undefined> {
  const extension = vscode.extensions.getExtension<PythonEnvironmentsApi>(ENVS_EXTENSION);
  if (!extension) return undefined;
  const api = extension.isActive ? extension.exports : await extension.activate();
  return api && typeof api.getEnvironment === 'function' ? api : undefined;
}

/** The selected interpreter for `folder` (undefined when neither extension has one). */
export async function selectedInterpreter(folder: vscode.Uri | undefined): Promise<string | undefined> {
  try {
    const envs = await environmentsApi();
    const executable = envs ? (await envs.getEnvironment(folder))?.execInfo?.run?.executable : undefined;
    if (executable) return executable;
  } catch {
    // fall through to the Python extension
  }
  if (!vscode.extensions.getExtension(PYTHON_EXTENSION)) return undefined;
  const { PythonExtension } = await import('@vscode/python-extension');
  const api = await PythonExtension.api();
  const envPath = api.environments.getActiveEnvironmentPath(folder);
  const env = await api.environments.resolveEnvironment(envPath);
  return env?.executable.uri?.fsPath ?? envPath.path;
}

/** Call `onChange` when the selected interpreter changes in either extension. */
export async function watchSelectedInterpreter(onChange: () => void): Promise<vscode.Disposable | undefined> {
  const subscriptions: vscode.Disposable[] = [];
  try {
    const envs = await environmentsApi();
    if (envs?.onDidChangeEnvironment) subscriptions.push(envs.onDidChangeEnvironment(() => onChange()));
  } catch {
    // no Python Environments extension
  }
  try {
    if (vscode.extensions.getExtension(PYTHON_EXTENSION)) {
      const { PythonExtension } = await import('@vscode/python-extension');
      const api = await PythonExtension.api();
      subscriptions.push(api.environments.onDidChangeActiveEnvironmentPath(() => onChange()));
    }
  } catch {
    // no Python extension
  }
  return subscriptions.length ? vscode.Disposable.from(...subscriptions) : undefined;
}

/** The command that lets the user pick an interpreter, in the extension that is there. */
export function selectInterpreterCommand(): [string, ...unknown[]] {
  if (vscode.extensions.getExtension(ENVS_EXTENSION)) return ['python-envs.set'];
  if (vscode.extensions.getExtension(PYTHON_EXTENSION)) return ['python.setInterpreter'];
  return ['workbench.action.openSettings', 'trainer.interpreter'];
}
