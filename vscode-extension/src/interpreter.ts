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
