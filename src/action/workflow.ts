/**
 * The runner's interface, as @actions/core speaks it: inputs from `INPUT_*`, workflow commands
 * on stdout (`::add-mask::`, `::group::`, `::error file=…,line=…::`), outputs and state through
 * the `GITHUB_OUTPUT` / `GITHUB_STATE` files with a random heredoc delimiter, and the job summary
 * appended to `GITHUB_STEP_SUMMARY`. Same names, escaping and formats as the toolkit
 * (`packages/core/src/command.ts`, `file-command.ts`, `utils.ts`, `summary.ts`); a test holds the
 * two byte for byte.
 *
 * Hand-written because @actions/core imports its OIDC client at load time, and with it
 * @actions/http-client and undici: about 1 MB of bundle that the Action would parse and evaluate
 * before its first connection attempt, for a feature (`getIDToken`) it never uses. That was half
 * of the 300 ms start budget.
 */
import { randomUUID } from 'node:crypto';
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The @actions/core functions this module stands in for. A host that imports the Action and calls
 * its `run()` (as @github/local-action does, with an @actions/core of its own that records inputs,
 * secrets, outputs and state instead of talking to a runner) hands its toolkit over with
 * `useToolkit`; every call below then goes to it.
 */
export interface Toolkit {
  getInput(name: string, options?: { trimWhitespace?: boolean }): string;
  setSecret(secret: string): void;
  info(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  setOutput(name: string, value: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
}

let toolkit: Toolkit | undefined;

/** Routes every call of this module to `t` (undefined: back to the runner's own interface). */
export function useToolkit(t: Toolkit | undefined): void {
  toolkit = t;
}

/**
 * For the `run()` entries: the host's @actions/core when it can be loaded (under
 * @github/local-action, its stand-in), else nothing changes. Not followed by the bundler: the
 * bundles' own entries never call this, and the Action ships without @actions/core.
 */
export async function useHostToolkit(): Promise<void> {
  try {
    const core = (await import(/* webpackIgnore: true */ '@actions/core')) as unknown as Toolkit;
    if (typeof core.setSecret === 'function') useToolkit(core);
  } catch {
    // No @actions/core where the host runs us from: the runner's files and commands it is.
  }
}

/** `core.AnnotationProperties`. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command key=value,…::message`, properties in the order given, empty ones left out. */
export function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** toolkit `toCommandProperties`: the runner's property names, in its order. */
function annotationProperties(p: AnnotationProperties) {
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
}

function issueFileCommand(variable: 'GITHUB_OUTPUT' | 'GITHUB_STATE', key: string, value: string) {
  const file = process.env[variable] as string;
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  // A fresh random delimiter per record; a name or value holding it could forge records.
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (key.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: name or value contains the delimiter "${delimiter}"`);
  }
  appendFileSync(file, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

export function getInput(name: string, options: { trimWhitespace?: boolean } = {}): string {
  if (toolkit) return toolkit.getInput(name, options);
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  return options.trimWhitespace === false ? value : value.trim();
}

export function setSecret(secret: string): void {
  if (toolkit) return toolkit.setSecret(secret);
  issueCommand('add-mask', {}, secret);
}

export function info(message: string): void {
  if (toolkit) return toolkit.info(message);
  process.stdout.write(message + EOL);
}

export function startGroup(name: string): void {
  if (toolkit) return toolkit.startGroup(name);
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  if (toolkit) return toolkit.endGroup();
  issueCommand('endgroup', {}, '');
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  if (toolkit) return toolkit.error(message, properties);
  issueCommand('error', annotationProperties(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  if (toolkit) return toolkit.warning(message, properties);
  issueCommand('warning', annotationProperties(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  if (toolkit) return toolkit.notice(message, properties);
  issueCommand('notice', annotationProperties(properties), message);
}

export function setOutput(name: string, value: string): void {
  if (toolkit) return toolkit.setOutput(name, value);
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('GITHUB_OUTPUT', name, value);
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, value);
}

export function saveState(name: string, value: string): void {
  if (toolkit) return toolkit.saveState(name, value);
  if (process.env.GITHUB_STATE) return issueFileCommand('GITHUB_STATE', name, value);
  issueCommand('save-state', { name }, value);
}

export function getState(name: string): string {
  if (toolkit) return toolkit.getState(name);
  return process.env[`STATE_${name}`] || '';
}

/**
 * Whether a job summary can go anywhere: the runner's summary file, or, for a host's toolkit
 * without one (a local run), the log.
 */
export function summaryAvailable(): boolean {
  return !!process.env.GITHUB_STEP_SUMMARY || !!toolkit;
}

/**
 * `core.summary.addRaw(markdown, true).write()`: appends to the step's summary file. Under a host's
 * toolkit without a summary file, the summary is printed in a "Job summary" group instead, so a
 * local run shows it.
 */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (toolkit && !file) {
    toolkit.startGroup('Job summary');
    for (const line of markdown.split('\n')) toolkit.info(line);
    toolkit.endGroup();
    return;
  }
  if (!file) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
    );
  }
  appendFileSync(file, markdown + EOL, 'utf8');
}
