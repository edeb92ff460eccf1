/**
 * Shell completion, computed here once for every shell: the scripts `pgmi completion <shell>`
 * prints call back `pgmi __complete -- <shell> <words…>` and print what this returns. Commands,
 * subcommands and flags come from the commander tree (so they are always the declared ones),
 * flag values from the FlagSpec declarations and the registered sources.
 */
import type { Argument, Command, Option } from 'commander';
import {
  argumentSources,
  flagSpecs,
  valueSources,
  type CompletionValues,
} from './completion-sources';
import { DEPLOY_FLAGS, GLOBAL_FLAGS, SSL_MODES } from './flags';
import { templateNames } from '../tooling/templates';

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;
export type Shell = (typeof SHELLS)[number];

export interface Completion {
  /** `none`: offer exactly `candidates`; `dirs`/`files`: let the shell complete paths. */
  directive: 'none' | 'dirs' | 'files';
  candidates: string[];
}

valueSources.set('sslmode', () => [...SSL_MODES]);
valueSources.set('template', () => templateNames());
valueSources.set('shell', () => [...SHELLS]);

function visibleCommands(cmd: Command): Command[] {
  return cmd.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
}

function findSubcommand(cmd: Command, name: string): Command | undefined {
  return cmd.commands.find((c) => c.name() === name || c.aliases().includes(name));
}

/** Options a word may name here: the command's own, then the global flags of its ancestors. */
function optionsOf(cmd: Command): Option[] {
  const global = new Set(GLOBAL_FLAGS.map((f) => `--${f.long}`));
  const out: Option[] = [...cmd.options];
  for (let c = cmd.parent; c; c = c.parent)
    out.push(...c.options.filter((o) => global.has(o.long ?? '')));
  const help = (cmd as unknown as { _getHelpOption?: () => Option | null })._getHelpOption?.();
  if (help) out.push(help);
  return out.filter((o) => !o.hidden);
}

function findOption(cmd: Command, word: string): Option | undefined {
  return optionsOf(cmd).find((o) => o.long === word || o.short === word);
}

function takesValue(o: Option): boolean {
  return o.required || o.optional;
}

/** Value candidates of a flag: its declared choices, else its FlagSpec's completion source. */
function optionValues(o: Option): CompletionValues {
  if (o.argChoices) return [...o.argChoices];
  const long = o.long?.replace(/^--/, '');
  const spec = [...GLOBAL_FLAGS, ...DEPLOY_FLAGS, ...flagSpecs].find((f) => f.long === long);
  const source = spec?.complete && valueSources.get(spec.complete);
  return source ? source() : [];
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/**
 * Positional candidates: a registered source, declared choices, or directories for paths. Every
 * pgmi command takes at most one positional (the variadic declarations only let expectArgs word
 * the error), so only the first is completed.
 */
function argumentValues(cmd: Command, index: number): CompletionValues {
  if (index > 0) return [];
  const source = argumentSources.get(commandPath(cmd));
  if (source) return valueSources.get(source)?.() ?? [];
  const [arg] = (cmd as unknown as { registeredArguments: readonly Argument[] })
    .registeredArguments;
  if (!arg) return [];
  if (arg.argChoices) return [...arg.argChoices];
  return /path/.test(arg.name()) ? 'dirs' : [];
}

function filtered(values: CompletionValues, prefix: string, prepend = ''): Completion {
  if (values === 'dirs' || values === 'files') return { directive: values, candidates: [] };
  return {
    directive: 'none',
    candidates: values.filter((v) => v.startsWith(prefix)).map((v) => prepend + v),
  };
}

/**
 * Completes the last of `words` (the words after `pgmi`, the current, possibly empty, word
 * last). Bash splits `--flag=value` into three words and replaces only the part after `=`: those
 * are joined again here, and the bash answer leaves the `--flag=` out.
 */
export function completeWords(program: Command, rawWords: string[], shell: Shell): Completion {
  const words: string[] = [];
  for (const w of rawWords.length ? rawWords : ['']) {
    const last = words.length - 1;
    if (shell === 'bash' && w === '=' && words[last]?.startsWith('--')) words[last] += '=';
    else if (shell === 'bash' && words[last]?.endsWith('=') && words[last].startsWith('--'))
      words[last] += w;
    else words.push(w);
  }
  const current = words.pop() ?? '';

  let cmd = program;
  let positionals = 0;
  let pendingValue: Option | undefined;
  let afterDoubleDash = false;
  for (const w of words) {
    if (pendingValue) {
      pendingValue = undefined;
      continue;
    }
    if (!afterDoubleDash && w === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (!afterDoubleDash && w.startsWith('-') && w !== '-') {
      const o = findOption(cmd, w.split('=')[0]);
      if (o && takesValue(o) && !w.includes('=') && o.required) pendingValue = o;
      continue;
    }
    const sub = positionals === 0 ? findSubcommand(cmd, w) : undefined;
    if (sub) cmd = sub;
    else positionals++;
  }

  if (pendingValue) return filtered(optionValues(pendingValue), current);

  if (!afterDoubleDash && current.startsWith('--') && current.includes('=')) {
    const eq = current.indexOf('=');
    const o = findOption(cmd, current.slice(0, eq));
    if (!o || !takesValue(o)) return { directive: 'none', candidates: [] };
    const prefix = shell === 'bash' ? '' : current.slice(0, eq + 1);
    return filtered(optionValues(o), current.slice(eq + 1), prefix);
  }

  if (!afterDoubleDash && current.startsWith('-')) {
    const names = optionsOf(cmd).flatMap((o) =>
      current === '-' && o.short ? [o.long, o.short] : [o.long],
    );
    return filtered(
      names.filter((n): n is string => !!n),
      current,
    );
  }

  // `pgmi help <command>`: command names.
  if (cmd === program && words.length > 0 && words[words.length - 1] === 'help')
    return filtered(
      visibleCommands(program).map((c) => c.name()),
      current,
    );

  const subs = visibleCommands(cmd);
  if (subs.length > 0 && positionals === 0) {
    const names = subs.map((c) => c.name());
    if (cmd === program) names.push('help');
    return filtered(names, current);
  }
  return filtered(argumentValues(cmd, positionals), current);
}
