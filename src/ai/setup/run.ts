/**
 * `pgmi ai setup` and `pgmi ai check`: materialise the guidance for coding assistants, and verify
 * it is present, current and untouched. Reports go to stderr; the result is an exit code.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PgmiError, UsageError } from '../../engine/errors';
import { upsertPointer } from './claude-md';
import { normaliseBody, readStamp, stampFile } from './stamp';
import {
  ALL_ASSISTANTS,
  ASSISTANTS,
  checkAssistantName,
  targetFiles,
  type TargetFile,
} from './targets';

export interface AiSetupIo {
  cwd: string;
  home: string;
  version: string;
  interactive: boolean;
  stderr: (s: string) => void;
  /** Asks a yes/no question (interactive runs only). */
  confirm?: (question: string) => Promise<boolean>;
}

export interface SetupOptions {
  assistant?: string;
  all?: boolean;
  global?: boolean;
  dryRun?: boolean;
  force?: boolean;
  /** true: --claude-md, false: --no-claude-md, undefined: ask when interactive. */
  claudeMd?: boolean;
}

type FileState =
  | { kind: 'missing' }
  | { kind: 'current' }
  | { kind: 'stale'; version: string }
  | { kind: 'edited' };

function stateOf(target: TargetFile): FileState {
  if (!existsSync(target.file)) return { kind: 'missing' };
  const stamp = readStamp(readFileSync(target.file, 'utf8'));
  if (stamp.kind === 'edited') return { kind: 'edited' };
  // Compare bodies, not versions: a new pgmi with the same text leaves the file alone.
  return stamp.body === normaliseBody(target.body)
    ? { kind: 'current' }
    : { kind: 'stale', version: stamp.version || 'unknown' };
}

function report(io: AiSetupIo, verb: string, shown: string, note = ''): void {
  io.stderr(`${verb.padEnd(10)} ${shown}${note}\n`);
}

function assistantsFor(opts: SetupOptions, io: AiSetupIo): string[] {
  if (opts.assistant && opts.all) {
    throw new PgmiError(
      'if any flags in the group [assistant all] are set none of the others can be; [all assistant] were all set',
    );
  }
  if (opts.all && opts.global) {
    throw new PgmiError(
      'if any flags in the group [all global] are set none of the others can be; [all global] were all set',
    );
  }
  if (opts.all) return ALL_ASSISTANTS;
  if (opts.assistant) {
    checkAssistantName(opts.assistant);
    return [opts.assistant];
  }
  if (io.interactive) return ['claude'];
  throw new UsageError(
    `--assistant is required in non-interactive mode (one of: ${Object.keys(ASSISTANTS).join(', ')}; or --all)`,
  );
}

/** Every file of the selected assistants, each written once even when targets share it. */
function collect(assistants: string[], io: AiSetupIo, global: boolean): TargetFile[] {
  const seen = new Set<string>();
  const out: TargetFile[] = [];
  for (const a of assistants) {
    for (const t of targetFiles(a, { projectDir: io.cwd, home: io.home, global })) {
      if (seen.has(t.file)) continue;
      seen.add(t.file);
      out.push(t);
    }
  }
  return out;
}

async function updateClaudeMd(opts: SetupOptions, io: AiSetupIo): Promise<void> {
  if (opts.claudeMd === false) return;
  if (opts.dryRun) {
    if (opts.claudeMd) report(io, 'would', 'update CLAUDE.md (pgmi pointer)');
    return;
  }
  let yes = opts.claudeMd === true;
  if (!yes && io.interactive && io.confirm) {
    yes = await io.confirm('Add a one-line pgmi pointer to CLAUDE.md?');
  }
  if (!yes) return;
  const file = path.join(io.cwd, 'CLAUDE.md');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const after = upsertPointer(before);
  if (after === before) return;
  writeFileSync(file, after, { mode: 0o644 });
  report(io, before === undefined ? 'created' : 'updated', 'CLAUDE.md', ' (pgmi pointer)');
}

export async function runSetup(opts: SetupOptions, io: AiSetupIo): Promise<number> {
  const assistants = assistantsFor(opts, io);
  const global = !!opts.global;
  if (!global && !['deploy.sql', 'pgmi.yaml'].some((f) => existsSync(path.join(io.cwd, f)))) {
    throw new PgmiError(
      `not a pgmi project: ${io.cwd} has neither deploy.sql nor pgmi.yaml; run this from the project directory (or pass --global)`,
    );
  }
  const targets = collect(assistants, io, global);
  let conflicts = 0;
  for (const t of targets) {
    const state = stateOf(t);
    if (state.kind === 'current') continue;
    let verb: string;
    if (state.kind === 'missing') verb = 'create';
    else if (state.kind === 'stale') verb = 'update';
    else if (opts.force) verb = 'overwrite';
    else {
      conflicts++;
      report(io, 'edited', t.shown, ' (hand-edited; re-run with --force to overwrite)');
      continue;
    }
    if (opts.dryRun) {
      report(io, `would ${verb}`, t.shown);
      continue;
    }
    mkdirSync(path.dirname(t.file), { recursive: true });
    writeFileSync(t.file, stampFile(t.body, io.version), { mode: 0o644 });
    report(io, verb === 'overwrite' ? 'overwrote' : `${verb}d`, t.shown);
  }
  if (assistants.includes('claude') && !global) await updateClaudeMd(opts, io);
  if (opts.dryRun) io.stderr('Dry run: no files written.\n');
  if (conflicts > 0) {
    throw new PgmiError(
      `${conflicts} file(s) hand-edited and left unchanged; re-run with --force to overwrite`,
    );
  }
  return 0;
}

export async function runCheck(
  opts: { assistant?: string; global?: boolean },
  io: AiSetupIo,
): Promise<number> {
  const assistant = opts.assistant ?? 'claude';
  checkAssistantName(assistant);
  let bad = 0;
  for (const t of collect([assistant], io, !!opts.global)) {
    const state = stateOf(t);
    if (state.kind === 'missing') report(io, 'missing', t.shown);
    else if (state.kind === 'edited')
      report(io, 'edited', t.shown, ' (hand-edited since generation)');
    else if (state.kind === 'stale') {
      report(
        io,
        'stale',
        t.shown,
        ` (generated by pgmi ${state.version}, binary is ${io.version})`,
      );
    } else report(io, 'current', t.shown, ' (content is current)');
    if (state.kind !== 'current') bad++;
  }
  if (bad > 0) {
    throw new PgmiError(
      `guidance missing, stale, or hand-edited; run \`pgmi ai setup --assistant ${assistant}${opts.global ? ' --global' : ''}\``,
    );
  }
  return 0;
}
