import { describe, expect, it } from 'vitest';
import { camelKeys, readDetectResult, readRunUpdated, readSessionEvent, readSessionMetrics, sessionsOf } from '../../src/protocol';

describe('reading the wire (camelCase; the snake_case of daemons before 0.2 for one release)', () => {
  it('reads both spellings; camelCase wins; data maps keep their keys', () => {
    expect(camelKeys({ log_path: '/old', logPath: '/new', exit_code: 3 })).toEqual({ logPath: '/new', exitCode: 3 });
    const [session] = sessionsOf({ sessions: [{ name: 's', started_at: 'T', last_metrics: { grad_norm: 1.5, train_loss: 0.2 } }] });
    expect(session.startedAt).toBe('T');
    expect(session.lastMetrics).toEqual({ grad_norm: 1.5, train_loss: 0.2 });
  });

  it('normalises run updates, session events and detection results at every level the UI reads', () => {
    const update = readRunUpdated({ run_id: 'r1', state: 'followup_needed', followup: { prompt_file: '/p.md', variables: ['__code0'] } });
    expect(update.runId).toBe('r1');
    expect(update.followup).toEqual({ promptFile: '/p.md', variables: ['__code0'] });
    // the daemon sends every field, null where it has none: absent, as with a daemon that left it out
    const final = readRunUpdated({ runId: 'r1', state: 'written_back', error: null, followup: null });
    expect(final.error).toBeUndefined();
    expect(final).toEqual({ runId: 'r1', state: 'written_back' });
    const event = readSessionEvent({ kind: 'crash', log_path: '/l', details: { root_cause: false, triage: { frame: { file: '/t.py' } } } });
    expect(event.logPath).toBe('/l');
    expect(event.details?.rootCause).toBe(false);
    expect(event.details?.triage?.frame?.file).toBe('/t.py');
    const detected = readDetectResult({
      commands: [{ command: 'python train.py' }],
      environment: { python_version: '3.11.2', cuda: { torch_cuda_available: false } },
      preflight: { ok: true, checks: [{ name: 'entry_imports', ok: true, summary: 'ok' }] },
    });
    expect(detected.environment).toEqual({ pythonVersion: '3.11.2', cuda: { torchCudaAvailable: false } });
    expect(detected.preflight?.checks?.[0].name).toBe('entry_imports');
  });

  it('keeps only well-formed points and flags of a metrics result', () => {
    const metrics = readSessionMetrics({
      name: 's',
      series: {
        loss: [
          [1, 2.5],
          [2, 'x'],
          [3, 2.1],
        ],
        eval_loss: 'bad',
      },
      flags: [{ kind: 'nan_inf', message: 'NaN at step 3', step: 3 }, { kind: 'x' }],
      crash: { line: 12, message: 'FileNotFoundError' },
      log_path: '/l',
    });
    expect(metrics.series).toEqual({
      loss: [
        [1, 2.5],
        [3, 2.1],
      ],
    });
    expect(metrics.flags).toEqual([{ kind: 'nan_inf', message: 'NaN at step 3', step: 3 }]);
    expect(metrics.crash).toEqual({ line: 12, message: 'FileNotFoundError' });
    expect(metrics.logPath).toBe('/l');
    expect(readSessionMetrics(null)).toEqual({ name: '', state: undefined, series: {}, flags: [], crash: null, logPath: undefined });
  });
});
