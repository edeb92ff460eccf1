import { ExecutionError, InterruptedError } from '../engine/errors';
import type { DeployResult } from '../engine/events';
import { runFleet, type FleetSchedule } from './run-fleet';
import { checkTargets, type FleetTarget } from './targets';

const targets = (n: number) =>
  checkTargets(
    Array.from({ length: n }, (_, i) => `t${i + 1}`),
    { label: 'L' },
  );

function result(t: FleetTarget, error?: unknown): DeployResult {
  return {
    status: error ? 'failed' : 'success',
    exitCode: error ? ((error as { exitCode?: number }).exitCode ?? 1) : 0,
    database: t.database,
    filesLoaded: 1,
    testMacros: 0,
    durationMs: 1,
    tests: [],
    engineRan: true,
    ...(error ? { error } : {}),
  };
}

const schedule = (s: Partial<FleetSchedule>): FleetSchedule => ({
  parallel: 4,
  canary: 0,
  continueOnError: false,
  timeoutMs: 0,
  ...s,
});

/** A deployer whose targets finish when the test says so; records starts. */
function controlled(failing: string[] = []) {
  const started: string[] = [];
  const release = new Map<string, () => void>();
  return {
    started,
    release: (name: string) => release.get(name)?.(),
    deployTarget: (t: FleetTarget, signal: AbortSignal) =>
      new Promise<DeployResult>((resolve) => {
        started.push(t.name);
        signal.addEventListener('abort', () => resolve(result(t, signal.reason)));
        release.set(t.name, () =>
          resolve(result(t, failing.includes(t.name) ? new ExecutionError('boom') : undefined)),
        );
      }),
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('runFleet', () => {
  it('never more than --parallel at once, started in list order', async () => {
    const d = controlled();
    const run = runFleet(targets(6), schedule({ parallel: 2 }), d);
    await tick();
    expect(d.started).toEqual(['t1', 't2']);
    d.release('t2');
    await tick();
    expect(d.started).toEqual(['t1', 't2', 't3']);
    for (const n of ['t1', 't3', 't4', 't5', 't6']) {
      d.release(n);
      await tick();
    }
    const r = await run;
    expect(r.targets.map((t) => t.status)).toEqual(Array(6).fill('succeeded'));
  });

  it('after a failure nothing new starts; in-flight targets finish; the rest are skipped', async () => {
    const d = controlled(['t2']);
    const run = runFleet(targets(6), schedule({ parallel: 3 }), d);
    await tick();
    d.release('t2');
    await tick();
    expect(d.started).toEqual(['t1', 't2', 't3']);
    d.release('t1');
    d.release('t3');
    const r = await run;
    expect(r.targets.map((t) => t.status)).toEqual([
      'succeeded',
      'failed',
      'succeeded',
      'skipped',
      'skipped',
      'skipped',
    ]);
  });

  it('--continue-on-error keeps going; --canary stops the fleet on a canary failure regardless', async () => {
    const d = controlled(['t1']);
    const run = runFleet(targets(3), schedule({ canary: 1, continueOnError: true }), d);
    await tick();
    expect(d.started).toEqual(['t1']);
    d.release('t1');
    const r = await run;
    expect(r.targets.map((t) => t.status)).toEqual(['failed', 'skipped', 'skipped']);

    const e = controlled(['t1']);
    const all = runFleet(targets(3), schedule({ parallel: 1, continueOnError: true }), e);
    for (const n of ['t1', 't2', 't3']) {
      await tick();
      e.release(n);
    }
    expect((await all).targets.map((t) => t.status)).toEqual(['failed', 'succeeded', 'succeeded']);
  });

  it('an interrupt aborts every target in flight with its reason and starts nothing more', async () => {
    const d = controlled();
    const ctl = new AbortController();
    const run = runFleet(targets(5), schedule({ parallel: 2 }), { ...d, signal: ctl.signal });
    await tick();
    ctl.abort(new InterruptedError('SIGTERM'));
    const r = await run;
    expect(d.started).toEqual(['t1', 't2']);
    expect(r.stopReason?.exitCode).toBe(143);
    expect(r.targets.map((t) => [t.status, t.exitCode])).toEqual([
      ['failed', 143],
      ['failed', 143],
      ['skipped', null],
      ['skipped', null],
      ['skipped', null],
    ]);
  });
});
