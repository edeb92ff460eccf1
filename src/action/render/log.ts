/**
 * The step log: one `::group::` per engine phase, deploy.sql notices streamed as they arrive,
 * `RAISE WARNING` with a known file as a warning annotation, DEBUG and verbose lines only with
 * `verbose`. Every line is redacted and cannot be read by the runner as a workflow command.
 */
import type { DeployEvent, DeployPhase, NoticeEvent } from '../../engine/events';
import { redact } from '../../engine/redact';
import { fileProps, type Annotator } from './annotations';

export interface LogSink {
  info(line: string): void;
  startGroup(title: string): void;
  endGroup(): void;
}

/**
 * Text from deploy.sql (notices, error messages) is untrusted: the runner executes any output
 * line that starts with `::` (after leading spaces) or holds `##[` as a workflow command, so a
 * notice could otherwise set outputs or unmask nothing less than a secret. A zero-width space
 * breaks the marker and changes nothing visible.
 */
export function neutralizeCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^(\s*):(?=:)/, '$1:\u200b').replace(/##\[/g, '##\u200b['))
    .join('\n');
}

export interface ActionLog {
  /** Logs text (possibly several lines), redacted and neutralized. */
  line(text: string): void;
  group(title: string): void;
  /** Ends the open group, if any. */
  endGroup(): void;
}

export function createActionLog(sink: LogSink): ActionLog {
  let open = false;
  const endGroup = () => {
    if (open) sink.endGroup();
    open = false;
  };
  return {
    line: (text) => {
      for (const l of neutralizeCommands(redact(text)).split('\n')) sink.info(l);
    },
    group: (title) => {
      endGroup();
      sink.startGroup(title);
      open = true;
    },
    endGroup,
  };
}

const PHASE_TITLES: Record<DeployPhase, string> = {
  validate: 'Check the project',
  database: 'Connect and prepare the database',
  session: 'Load the project into the session',
  execute: 'Run deploy.sql',
};

export interface EventRenderOptions {
  verbose: boolean;
  log: ActionLog;
  annotator: Annotator;
  /** Engine path (`./migrations/x.sql`) → path relative to the repository root. */
  toWorkspacePath: (projectFile: string) => string;
}

function noticeText(e: NoticeEvent): string {
  return [e.message, e.detail && `DETAIL: ${e.detail}`, e.hint && `HINT: ${e.hint}`]
    .filter(Boolean)
    .join('\n');
}

/** Returns the engine event handler that writes the step log. */
export function actionEventRenderer(opts: EventRenderOptions): (e: DeployEvent) => void {
  const { log } = opts;
  return (e) => {
    switch (e.type) {
      case 'phase':
        log.group(`pgmi: ${PHASE_TITLES[e.phase]}`);
        break;
      case 'progress':
        log.line(e.message);
        break;
      case 'verbose':
        if (opts.verbose) log.line(`[VERBOSE] ${e.message}`);
        break;
      case 'connected':
        log.line(`Connected to ${JSON.stringify(e.database)} (PostgreSQL ${e.serverVersion})`);
        break;
      case 'test-finished':
        if (e.status !== 'skipped') {
          log.line(`${e.status === 'passed' ? '✓' : '✗'} ${e.path} (${e.durationMs} ms)`);
        }
        break;
      case 'notice':
        if (e.severity === 'DEBUG' && !opts.verbose) break;
        if (e.severity === 'WARNING' && e.file) {
          opts.annotator.add({
            level: 'warning',
            message: noticeText(e),
            props: fileProps(opts.toWorkspacePath(e.file), e.line, undefined, 'RAISE WARNING'),
          });
        } else {
          const prefix =
            e.severity === 'WARNING' || e.severity === 'DEBUG' ? `${e.severity}: ` : '';
          log.line(prefix + noticeText(e));
        }
        break;
      default:
        break;
    }
  };
}
