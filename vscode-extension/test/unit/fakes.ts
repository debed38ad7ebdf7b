/** Test helpers: a recording daemon stand-in for controller-level unit tests. */
import { DaemonApi } from '../../src/api';

export class RecordingDaemon implements DaemonApi {
  running = true;
  readonly requests: { method: string; params: unknown }[] = [];
  constructor(private readonly answers: Record<string, (params: unknown) => unknown> = {}) {}
  async request<R>(method: string, params: unknown): Promise<R> {
    this.requests.push({ method, params });
    const answer = this.answers[method];
    if (!answer) throw new Error(`${method}: no answer in this test`);
    return (await answer(params)) as R;
  }
}

/** Wait until `predicate` holds (bounded); for effects that run on promise callbacks. */
export async function until(predicate: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}
