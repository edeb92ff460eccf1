#!/usr/bin/env node
// `npm run fuzz [-- --seconds N | --count N] [--target NAME] [--seed N]`: drives every parser
// (scripts/fuzz-targets.mjs) with mutated inputs seeded from the repository's own SQL, fixtures
// and the committed regression corpus (scripts/fuzz-corpus/<target>/), and reports
//   - crashes: anything thrown but the parser's own error class, or a broken invariant;
//   - hangs: more than 1 s on an input of at most 64 KiB (twice in a row), or no progress for
//     15 s (the worker is then terminated and restarted);
//   - super-linear growth: an input grown 8× by repeating a piece of it taking more than 24×
//     as long (and over 100 ms).
// Findings are written to .fuzz/findings/ (input + report); once fixed, move the input into
// scripts/fuzz-corpus/<target>/ so it stays a regression. Exit 1 when anything was found.
//
// Hand-written rather than a fuzzing library: the maintained JavaScript fuzzers (jazzer.js)
// need native instrumentation builds; mutation from seeds plus timing is what finds the bugs
// these parsers had (exponential aliases, quadratic line counting, unbounded expansion).
// The parsers run from their TypeScript sources through the test suite's swc hooks, in a child
// process; a watchdog thread inside it shares the input under test, so a parser that never
// returns is reported with its input, and the child is killed and started again.
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STALL_FILE = path.join(ROOT, '.fuzz', 'stall.json');
const MAX_INPUT = 64 * 1024;
const SLOW_MS = 1000;
const STALL_MS = 15000;
const GROWTH_SMALL = 48 * 1024;
const GROWTH_FACTOR = 8;
const GROWTH_LIMIT = 24;
const GROWTH_FLOOR_MS = 100;
/** Room in the shared buffer for the input under test (UTF-16 units): read back on a stall. */
const SHARED_UNITS = GROWTH_SMALL * GROWTH_FACTOR * 4 + 4096;

// ---------------------------------------------------------------------------------------------
// Main thread: options, the watchdog, the report.

function usage(message) {
  if (message) console.error(`fuzz: ${message}`);
  console.error('usage: npm run fuzz -- [--seconds N | --count N] [--target NAME] [--seed N]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { seconds: undefined, count: undefined, targets: [], seed: Date.now() % 2 ** 31 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    const number = () => {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 0) usage(`${a} must be a number`);
      return v;
    };
    if (a === '--seconds') opts.seconds = number();
    else if (a === '--count') opts.count = number();
    else if (a === '--seed') opts.seed = Math.floor(number());
    else if (a === '--target') opts.targets.push(value());
    else usage(`unknown argument ${a}`);
  }
  if (opts.seconds === undefined && opts.count === undefined) opts.seconds = 60;
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const deadline = opts.seconds === undefined ? Infinity : Date.now() + opts.seconds * 1000;
  const totals = new Map(); // target -> { inputs, probes }
  const findings = new Map(); // signature -> finding
  const skip = []; // hashes of inputs that stalled: not replayed again
  let generation = 0;

  const addFinding = (f) => {
    const key = `${f.target}\0${f.kind}\0${f.signature}`;
    const seen = findings.get(key);
    if (!seen || f.input.length < seen.input.length)
      findings.set(key, { ...f, count: 1 + (seen?.count ?? 0) });
    else seen.count++;
  };

  console.log(
    `fuzz: ${opts.seconds !== undefined ? `${opts.seconds} s` : `${opts.count} inputs per target`}, seed ${opts.seed}`,
  );
  mkdirSync(path.dirname(STALL_FILE), { recursive: true });
  for (;;) {
    rmSync(STALL_FILE, { force: true });
    const run = await runChild({
      deadline,
      count: opts.count,
      targets: opts.targets,
      seed: opts.seed + generation++,
      done: Object.fromEntries([...totals].map(([k, v]) => [k, v.inputs])),
      skip,
    });
    for (const [name, st] of Object.entries(run.stats)) {
      const t = totals.get(name) ?? { inputs: 0, probes: 0 };
      t.inputs += st.inputs;
      t.probes += st.probes;
      totals.set(name, t);
    }
    for (const f of run.findings) addFinding(f);
    if (existsSync(STALL_FILE)) {
      // The watchdog wrote the input under test, then killed the child.
      const stall = JSON.parse(readFileSync(STALL_FILE, 'utf8'));
      skip.push(hashOf(stall.input));
      addFinding({
        target: stall.target,
        kind: stall.phase === 1 ? 'growth' : 'hang',
        signature: `no progress for ${STALL_MS / 1000} s`,
        detail: `no progress for ${STALL_MS / 1000} s on ${stall.input.length} characters (process restarted)`,
        input: stall.input,
      });
      console.log(`fuzz: ${stall.target}: no progress for ${STALL_MS / 1000} s; restarted`);
      if (Date.now() < deadline && generation < 50) continue;
      break;
    }
    if (run.code !== 0) {
      console.error(`fuzz: the fuzzing process failed (${run.signal ?? `exit ${run.code}`})`);
      if (run.stderr) console.error(run.stderr.trimEnd());
      process.exitCode = 3;
    }
    break;
  }
  rmSync(STALL_FILE, { force: true });
  report(totals, findings);
}

/** Findings already announced while running (each is listed again in the report). */
const printed = new Set();

const hashOf = (input) => createHash('sha1').update(input).digest('hex');

/** One child process fuzzing until the deadline or count; resolves with what it reported. */
function runChild(data) {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child'], {
      execArgv: [
        '--import',
        path.join(ROOT, '__tests__/helpers/ts-register.mjs'),
        '--max-old-space-size=2048',
      ],
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    const state = { stats: {}, findings: [], code: 0, signal: null, stderr: '' };
    child.stderr
      .setEncoding('utf8')
      .on('data', (d) => (state.stderr = (state.stderr + d).slice(-8000)));
    child.on('message', (m) => {
      if (m.type === 'stats') state.stats = m.stats;
      else if (m.type === 'finding') {
        state.findings.push(m.finding);
        const key = `${m.finding.target}\0${m.finding.kind}\0${m.finding.signature}`;
        if (!printed.has(key))
          console.log(
            `fuzz: ${m.finding.target}: ${m.finding.kind}: ${m.finding.detail.split('\n')[0]}`,
          );
        printed.add(key);
      }
    });
    child.on('exit', (code, signal) => {
      state.code = code ?? 1;
      state.signal = signal;
      resolve(state);
    });
    child.send({ type: 'start', data });
  });
}

function report(totals, findings) {
  const rows = [...totals].map(([name, t]) => {
    const of = (kind) => [...findings.values()].filter((f) => f.target === name && f.kind === kind);
    return [name, t.inputs, t.probes, of('crash').length, of('hang').length, of('growth').length];
  });
  const head = ['target', 'inputs', 'growth probes', 'crashes', 'hangs', 'super-linear'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  const total = rows.reduce((n, r) => n + r[1], 0);
  if (findings.size === 0) {
    console.log(`fuzz: ${total} inputs, no crash, hang or super-linear growth`);
    return;
  }
  const dir = path.join(ROOT, '.fuzz', 'findings');
  mkdirSync(dir, { recursive: true });
  for (const f of findings.values()) {
    const id = hashOf(f.input).slice(0, 12);
    const base = path.join(dir, `${f.target}-${f.kind}-${id}`);
    writeFileSync(`${base}.input`, f.input);
    writeFileSync(`${base}.txt`, `${f.target} ${f.kind} (seen ${f.count}×)\n${f.detail}\n`);
    console.log(
      `fuzz: ${f.kind} in ${f.target}: ${f.detail.split('\n')[0]} → ${path.relative(ROOT, base)}.input`,
    );
  }
  console.log(`fuzz: ${findings.size} finding(s) in ${total} inputs`);
  process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------
// Child process: mutation, execution, timing; a watchdog thread for inputs that never return.

/**
 * The watchdog: plain JavaScript in a thread of its own, sharing the heartbeat and the input
 * under test with the fuzzing thread. On a stall it saves the input and kills the process (the
 * parent restarts it).
 */
const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
const header = new Int32Array(workerData.shared, 0, 4);
const units = new Uint16Array(workerData.shared, 16);
let beat = -1;
let since = Date.now();
setInterval(() => {
  const now = Atomics.load(header, 0);
  if (now !== beat) { beat = now; since = Date.now(); return; }
  if (Date.now() - since < workerData.stallMs) return;
  let input = '';
  for (let i = 0; i < header[2]; i += 8192) input += String.fromCharCode(...units.subarray(i, Math.min(header[2], i + 8192)));
  writeFileSync(workerData.file, JSON.stringify({ target: workerData.names[header[1]], phase: header[3], input }));
  process.kill(process.pid, 'SIGKILL');
}, 250);
`;

/** JavaScript's own failures: a parser's error wrapping one of these (as a cause) is a crash. */
const RUNTIME = [RangeError, TypeError, ReferenceError, SyntaxError, EvalError, URIError];

function runtimeCause(err) {
  for (let e = err?.cause, depth = 0; e && depth < 10; e = e.cause, depth++) {
    if (RUNTIME.some((C) => e.constructor === C)) return e;
  }
  return undefined;
}

/** mulberry32: small, seedable, good enough to pick mutations reproducibly. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RANDOM_CHARS = [
  ...' \t\n\r!"#$%&\'()*+,-./0123456789:;<=>?@[\\]^_`{|}~AZaz',
  '\0',
  '\x01',
  '\x7f',
  '\u0085',
  '\u00a0',
  '\uFEFF',
  '\u2028',
  '\uD800',
  '\uDFFF',
  'é',
  '😀',
];

function mutator(random) {
  const int = (n) => Math.floor(random() * n);
  const pick = (a) => a[int(a.length)];
  const pos = (s) => int(s.length + 1);
  return function mutate(input, target, pool) {
    let s = input;
    const steps = 1 + int(4);
    for (let k = 0; k < steps; k++) {
      const i = pos(s);
      switch (int(9)) {
        case 0:
        case 1:
          s = s.slice(0, i) + pick(target.tokens) + s.slice(i);
          break;
        case 2:
          s = s.slice(0, i) + pick(RANDOM_CHARS) + s.slice(i);
          break;
        case 3:
          s = s.slice(0, i) + s.slice(i + 1 + int(16));
          break;
        case 4: {
          const j = pos(s);
          const piece = s.slice(i, i + 1 + int(32));
          s = s.slice(0, j) + piece.repeat(1 + int(4)) + s.slice(j);
          break;
        }
        case 5:
          s = s.slice(0, i) + pick(target.tokens) + s.slice(i + 1 + int(8));
          break;
        case 6: {
          const other = pick(pool);
          s = s.slice(0, i) + other.slice(pos(other));
          break;
        }
        case 7:
          s = s.slice(0, i);
          break;
        default: {
          const c = s[i];
          if (c !== undefined) {
            const flipped = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
            s = s.slice(0, i) + flipped + s.slice(i + 1);
          }
        }
      }
    }
    return s.length > MAX_INPUT ? s.slice(0, MAX_INPUT) : s;
  };
}

async function work(data) {
  const { loadTargets, corpusOf, InvariantError } = await import('./fuzz-targets.mjs');
  let targets = await loadTargets();
  if (data.targets.length) {
    const unknown = data.targets.filter((t) => !targets.some((x) => x.name === t));
    if (unknown.length) throw new Error(`unknown target(s): ${unknown.join(', ')}`);
    targets = targets.filter((t) => data.targets.includes(t.name));
  }
  const shared = new SharedArrayBuffer(16 + SHARED_UNITS * 2);
  const header = new Int32Array(shared, 0, 4); // heartbeat, target index, length, phase
  const units = new Uint16Array(shared, 16);
  const watchdog = new Worker(WATCHDOG, {
    eval: true,
    workerData: { shared, stallMs: STALL_MS, file: STALL_FILE, names: targets.map((t) => t.name) },
  });
  watchdog.unref();
  const send = (m) => process.send(m);
  const random = prng(data.seed);
  const mutate = mutator(random);
  const stats = Object.fromEntries(targets.map((t) => [t.name, { inputs: 0, probes: 0 }]));
  let lastStats = 0;
  const sendStats = (force) => {
    if (!force && Date.now() - lastStats < 1000) return;
    lastStats = Date.now();
    send({ type: 'stats', stats });
  };

  /** Publishes the input under test (for the watchdog), then runs it; returns ms or a failure. */
  const execute = (ti, target, input, phase) => {
    const n = Math.min(input.length, SHARED_UNITS);
    for (let i = 0; i < n; i++) units[i] = input.charCodeAt(i);
    header[1] = ti;
    header[2] = n;
    header[3] = phase;
    Atomics.add(header, 0, 1);
    const t0 = performance.now();
    try {
      target.run(input);
    } catch (err) {
      const ms = performance.now() - t0;
      if (
        err instanceof InvariantError ||
        !target.allowed.some((C) => err instanceof C) ||
        runtimeCause(err)
      ) {
        return { ms, crash: runtimeCause(err) ?? err };
      }
      return { ms };
    }
    return { ms: performance.now() - t0 };
  };

  const finding = (target, kind, signature, detail, input) =>
    send({ type: 'finding', finding: { target: target.name, kind, signature, detail, input } });

  const crashReport = (err) => {
    const name = err?.constructor?.name ?? typeof err;
    const message = String(err?.message ?? err)
      .split('\n')[0]
      .slice(0, 200);
    const frame =
      String(err?.stack ?? '')
        .split('\n')
        .find((l) => l.includes('/src/')) ?? '';
    return {
      signature: `${name}: ${message.replace(/\d+/g, 'N')} ${frame.trim()}`,
      detail: `${name}: ${message}\n${err?.stack ?? ''}`,
    };
  };

  /** Runs one input: a crash or a slow run (confirmed by a second run) is a finding. */
  const one = (ti, target, input) => {
    const r = execute(ti, target, input, 0);
    stats[target.name].inputs++;
    if (r.crash) {
      const c = crashReport(r.crash);
      finding(target, 'crash', c.signature, c.detail, input);
      return;
    }
    if (r.ms > SLOW_MS && input.length <= MAX_INPUT) {
      const again = execute(ti, target, input, 0);
      if (again.ms > SLOW_MS) {
        finding(
          target,
          'hang',
          'slow input',
          `${Math.round(Math.min(r.ms, again.ms))} ms on ${input.length} characters`,
          input,
        );
      }
    }
  };

  /**
   * Best of `runs` timings of `input` (errors of the parser's own class are fine here); stops
   * repeating once one run is slower than `enough` ms.
   */
  const timed = (ti, target, input, runs = 3, enough = Infinity) => {
    let best = Infinity;
    for (let k = 0; k < runs; k++) {
      const r = execute(ti, target, input, 1);
      if (r.crash) return { crash: r.crash };
      best = Math.min(best, r.ms);
      if (r.ms > enough) break;
    }
    return { ms: best };
  };

  /**
   * Grows an input by repeating a piece of it (optionally with a closing piece later on, for
   * nesting) to ~48 KiB and 8× that; a parser that is linear takes about 8× as long.
   */
  const probe = (ti, target, pool) => {
    const base = pick(pool).slice(0, 2048);
    const i = Math.floor(random() * (base.length + 1));
    let open = base.slice(i, i + 1 + Math.floor(random() * 24));
    if (open === '' || random() < 0.3)
      open = target.tokens[Math.floor(random() * target.tokens.length)];
    const j = i + Math.floor(random() * (base.length - i + 1));
    const close = random() < 0.3 ? base.slice(j, j + 1 + Math.floor(random() * 8)) : '';
    const build = (k) =>
      base.slice(0, i) + open.repeat(k) + base.slice(i, j) + close.repeat(k) + base.slice(j);
    const k1 = Math.max(1, Math.floor(GROWTH_SMALL / (open.length + close.length)));
    const small = build(k1);
    const large = build(k1 * GROWTH_FACTOR);
    stats[target.name].probes++;
    const a = timed(ti, target, small);
    const b = a.crash ? a : timed(ti, target, large);
    const crash = a.crash ?? b.crash;
    if (crash) {
      const c = crashReport(crash);
      finding(target, 'crash', c.signature, c.detail, a.crash ? small : large);
      return;
    }
    if (b.ms > GROWTH_FLOOR_MS && b.ms > GROWTH_LIMIT * Math.max(a.ms, 1)) {
      // Confirm at 4× the large size: a loaded machine or a collection can make one ratio look
      // bad, but not also make 4× the input cost more than 8× the time (linear: 4×, quadratic: 16×).
      const huge = build(k1 * GROWTH_FACTOR * 4);
      const c = timed(ti, target, huge, 2, 3000);
      if (c.crash) {
        const r = crashReport(c.crash);
        finding(target, 'crash', r.signature, r.detail, huge);
      } else if (c.ms > 8 * b.ms) {
        const piece = JSON.stringify(open).slice(0, 60);
        finding(
          target,
          'growth',
          `piece ${piece}`,
          `${small.length} → ${large.length} → ${huge.length} characters: ${a.ms.toFixed(1)} → ${b.ms.toFixed(1)} → ${c.ms.toFixed(1)} ms (repeating ${piece})`,
          large,
        );
      }
    }
  };
  const pick = (a) => a[Math.floor(random() * a.length)];

  // Regressions first: every committed corpus input, then every seed as it is.
  const pools = targets.map((t) => {
    const corpus = corpusOf(t.name).map((c) => c.input);
    const seeds = [...new Set([...t.seeds, ...corpus])].filter((s) => typeof s === 'string');
    return { seeds: seeds.length ? seeds : [''], recent: [] };
  });
  const skip = new Set(data.skip);
  targets.forEach((t, ti) => {
    for (const input of pools[ti].seeds) if (!skip.has(hashOf(input))) one(ti, t, input);
  });
  sendStats(true);

  const done = (t) =>
    data.count !== undefined && stats[t.name].inputs + (data.done[t.name] ?? 0) >= data.count;
  const probeMs = targets.map(() => 0);
  const fuzzMs = targets.map(() => 0);
  while (Date.now() < (data.deadline ?? Infinity) && !targets.every(done)) {
    targets.forEach((t, ti) => {
      if (done(t)) return;
      const pool = pools[ti];
      const all = pool.recent.length && random() < 0.5 ? pool.recent : pool.seeds;
      const t0 = performance.now();
      for (let k = 0; k < 50 && !done(t); k++) {
        const input = mutate(pick(all), t, pool.seeds);
        one(ti, t, input);
        if (pool.recent.length < 256) pool.recent.push(input);
        else pool.recent[Math.floor(random() * 256)] = input;
      }
      fuzzMs[ti] += performance.now() - t0;
      // About a third of the time goes to growth probes, the rest to mutated inputs.
      if (probeMs[ti] < 0.5 * fuzzMs[ti]) {
        const t0 = performance.now();
        probe(ti, t, pool.seeds.concat(pool.recent));
        probeMs[ti] += performance.now() - t0;
      }
    });
    sendStats(false);
  }
  sendStats(true);
}

if (process.argv[2] === '--child') {
  process.once('message', (m) => {
    work(m.data).then(
      () => process.disconnect(),
      (err) => {
        console.error(err?.stack ?? String(err));
        process.exit(3);
      },
    );
  });
} else {
  await main();
}
