/**
 * Signs of life during a long deploy. A deploy.sql that prints nothing while one statement runs
 * for minutes looks exactly like a hung one, and `--verbose` is no answer (thousands of DEBUG
 * lines). On a terminal: a live status line under the log (phase, files loaded, the unit of
 * deploy.sql running as k/n, tests run, time in the current step or unit), redrawn every second and cleared before each log line. Without one (CI
 * logs, pipes, NO_COLOR): a plain line after 10 s without output, and at most every 10 s after.
 */
import type { DeployEvent, DeployPhase } from '../engine/events';

const PHASES: Record<DeployPhase, string> = {
  validate: 'checking the project',
  database: 'connecting',
  session: 'loading the project',
  execute: 'running deploy.sql',
};

export interface HeartbeatOptions {
  /** Live status line (a terminal without NO_COLOR) instead of plain heartbeat lines. */
  live: boolean;
  /** Writes raw text to the terminal (stderr). */
  write: (s: string) => void;
  /** Seconds of silence before a plain heartbeat line, and between two of them. */
  quietMs?: number;
  now?: () => number;
}

export interface Heartbeat {
  onEvent(e: DeployEvent): void;
  /** Call before writing a log line (clears the live line) and after (notes the output). */
  beforeLine(): void;
  afterLine(): void;
  stop(): void;
}

function secs(ms: number): string {
  return `${Math.floor(ms / 1000)}s`;
}

export function startHeartbeat(opts: HeartbeatOptions): Heartbeat {
  const now = opts.now ?? Date.now;
  const quietMs = opts.quietMs ?? 10_000;
  const started = now();
  let phase: DeployPhase | undefined;
  let phaseSince = started;
  let lastOutput = started;
  let files: number | undefined;
  let units: number | undefined;
  let unit: number | undefined;
  let testsRun = 0;
  let testsFailed = 0;
  let currentTest: string | undefined;
  let testSince = started;
  let shown = false;

  const status = (): string => {
    const t = now();
    const parts = [`pgmi: ${phase ? PHASES[phase] : 'starting'}`];
    if (files !== undefined) parts.push(`${files} files loaded`);
    if (phase === 'execute' && units && units > 1)
      parts.push(unit ? `unit ${unit}/${units}` : `${units} units`);
    if (testsRun || currentTest)
      parts.push(`${testsRun} test(s) run${testsFailed ? `, ${testsFailed} failed` : ''}`);
    if (currentTest) parts.push(`${currentTest} for ${secs(t - testSince)}`);
    else parts.push(`${secs(t - phaseSince)} in this step`);
    parts.push(`${secs(t - started)} in all`);
    return parts.join(' · ');
  };

  const clear = () => {
    if (shown) opts.write('\r\x1b[2K');
    shown = false;
  };

  const tick = () => {
    if (!phase) return;
    if (opts.live) {
      opts.write(`\r\x1b[2K${status()}`);
      shown = true;
      return;
    }
    if (now() - lastOutput >= quietMs) {
      opts.write(`${status()} (still running)\n`);
      lastOutput = now();
    }
  };
  const timer = setInterval(tick, opts.live ? 1000 : Math.min(250, quietMs));
  timer.unref();

  return {
    onEvent(e) {
      switch (e.type) {
        case 'phase':
          phase = e.phase;
          phaseSince = now();
          break;
        case 'session-prepared':
          files = e.filesLoaded;
          break;
        case 'units-planned':
          units = e.units;
          break;
        case 'unit-started':
          // "in this step" then counts within the unit.
          unit = e.unit;
          units = e.units;
          phaseSince = now();
          break;
        case 'notice': {
          const m = /^\[pgmi\] (?:Test|Fixture): (.+)$/.exec(e.message);
          if (m) {
            currentTest = m[1];
            testSince = now();
          }
          break;
        }
        case 'test-finished':
          if (e.kind === 'test' && e.status !== 'skipped') testsRun++;
          if (e.status === 'failed') testsFailed++;
          currentTest = undefined;
          break;
        default:
          break;
      }
    },
    beforeLine: clear,
    afterLine() {
      lastOutput = now();
    },
    stop() {
      clearInterval(timer);
      clear();
    },
  };
}
