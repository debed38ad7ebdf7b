/** Which Python runs the daemon, and whether trainerd is installed in it. */
import { execFile } from 'child_process';
import { substituteVariables } from './config';

export type InterpreterSource = 'setting' | 'python-extension' | 'path';

export interface Interpreter {
  path: string;
  source: InterpreterSource;
}

export interface InterpreterInputs {
  /** `trainer.interpreter` as written (may hold `${workspaceFolder}` or `~`). */
  setting: string | undefined | null;
  workspaceFolder: string | undefined;
  /** The Python extension's active environment for the folder; undefined when it has none. */
  pythonExtension: () => Promise<string | undefined>;
  platform?: NodeJS.Platform;
}

/** The interpreter: the `trainer.interpreter` setting, else the Python extension's environment, else python3. */
export async function resolveInterpreter(inputs: InterpreterInputs): Promise<Interpreter> {
  const setting = inputs.setting?.trim();
  if (setting) return { path: substituteVariables(setting, inputs.workspaceFolder), source: 'setting' };
  let fromExtension: string | undefined;
  try {
    fromExtension = await inputs.pythonExtension();
  } catch {
    fromExtension = undefined; // the Python extension is absent or not ready: fall through to PATH
  }
  if (fromExtension) return { path: fromExtension, source: 'python-extension' };
  return { path: (inputs.platform ?? process.platform) === 'win32' ? 'python' : 'python3', source: 'path' };
}

export function describeSource(source: InterpreterSource): string {
  switch (source) {
    case 'setting':
      return 'the trainer.interpreter setting';
    case 'python-extension':
      return "the Python extension's selected environment";
    default:
      return 'PATH';
  }
}

export interface TrainerdProbe {
  ok: boolean;
  version?: string;
  error?: string;
}

/**
 * Can this interpreter run the bundled daemon (Python >= 3.11)? The version is the interpreter's.
 * Used when the extension carries the daemon (bundled/libs); nothing needs to be installed.
 */
export function probePython(python: string, cwd?: string, timeoutMs = 20000): Promise<TrainerdProbe> {
  return new Promise((resolve) => {
    execFile(
      python,
      ['-c', 'import sys; sys.stdout.write("%d.%d.%d" % sys.version_info[:3])'],
      { cwd, timeout: timeoutMs, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          resolve({ ok: false, error: (stderr || error.message).trim().split('\n').slice(-1)[0] });
          return;
        }
        const version = stdout.trim();
        const [major, minor] = version.split('.').map(Number);
        resolve(
          major > 3 || (major === 3 && minor >= 11)
            ? { ok: true, version }
            : { ok: false, version, error: `trainerd needs Python >= 3.11; this is Python ${version}` },
        );
      },
    );
  });
}

/** Whether `module` imports in this interpreter (e.g. `opto`, which optimizing needs in the project's). */
export function probeModule(python: string, module: string, cwd?: string, timeoutMs = 60000): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(python, ['-c', `import ${module}`], { cwd, timeout: timeoutMs, windowsHide: true }, (error) => resolve(!error));
  });
}

/** Run `python -c "import trainerd"`: is trainerd importable by this interpreter, and which version. */
export function probeTrainerd(python: string, cwd?: string, timeoutMs = 20000): Promise<TrainerdProbe> {
  return new Promise((resolve) => {
    execFile(
      python,
      ['-c', 'import trainerd, sys; sys.stdout.write(trainerd.__version__)'],
      { cwd, timeout: timeoutMs, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const detail = (stderr || error.message).trim().split('\n').slice(-1)[0];
          resolve({ ok: false, error: detail });
        } else {
          resolve({ ok: true, version: stdout.trim() });
        }
      },
    );
  });
}

/**
 * The shell line that installs trainerd into `python` (run in a terminal the user sees). `spec` is
 * what pip installs: the `trainer.installSpec` setting (a name, a wheel, a source folder or URL).
 */
export function installCommand(python: string, spec = 'trainerd', platform: NodeJS.Platform = process.platform): string {
  const quote = (s: string): string => (platform === 'win32' ? `"${s}"` : `'${s.replace(/'/g, `'\\''`)}'`);
  const exe = platform === 'win32' ? `& ${quote(python)}` : quote(python);
  return `${exe} -m pip install ${quote(spec)}`;
}
