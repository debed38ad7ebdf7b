/**
 * What the project's interpreter needs to run the user's code: optimizing imports `opto` (the
 * `trace-opt` package) there. The daemon itself is bundled with the extension; this is the one
 * package the extension offers to install, once confirmed, into the interpreter that runs the tests.
 */
import * as vscode from 'vscode';
import { probeModule } from './interpreter';

/** Run `python -m pip install <spec>` as a task the user sees; resolves with its exit code. */
export async function pipInstall(python: string, spec: string): Promise<number | undefined> {
  const task = new vscode.Task(
    { type: 'trainerd', task: `install ${spec}` },
    vscode.TaskScope.Workspace,
    `install ${spec}`,
    'trainerd',
    new vscode.ProcessExecution(python, ['-m', 'pip', 'install', spec]),
  );
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, clear: true };
  const execution = await vscode.tasks.executeTask(task);
  return new Promise((resolve) => {
    const done = vscode.tasks.onDidEndTaskProcess((e) => {
      if (e.execution !== execution) return;
      done.dispose();
      resolve(e.exitCode);
    });
  });
}

export class ProjectPackages {
  private readonly ready = new Set<string>(); // interpreters known to have trace-opt

  constructor(
    private readonly interpreter: () => string | undefined,
    private readonly log: vscode.LogOutputChannel,
    private readonly probe: (python: string, module: string) => Promise<boolean> = probeModule,
    private readonly install: (python: string, spec: string) => Promise<number | undefined> = pipInstall,
  ) {}

  /** True when trace-opt is importable in the project's interpreter, after installing it if the user agrees. */
  async ensureTraceOpt(): Promise<boolean> {
    const python = this.interpreter();
    if (!python || this.ready.has(python)) return true;
    if (await this.probe(python, 'opto')) {
      this.ready.add(python);
      return true;
    }
    this.log.warn(`trace-opt (import opto) is missing in ${python}`);
    const choice = await vscode.window.showWarningMessage(
      `Optimizing runs your code with Microsoft Trace (trace-opt), which is not installed in ${python}. Install it there?`,
      { modal: true, detail: `This runs: ${python} -m pip install trace-opt` },
      'Install trace-opt',
    );
    if (choice !== 'Install trace-opt') return false;
    const code = await this.install(python, 'trace-opt');
    if (code === 0 && (await this.probe(python, 'opto'))) {
      this.ready.add(python);
      this.log.info(`trace-opt installed in ${python}`);
      return true;
    }
    void vscode.window.showErrorMessage(
      `Installing trace-opt in ${python} failed (exit code ${code ?? 'unknown'}); the task's terminal has pip's output.`,
    );
    return false;
  }
}
