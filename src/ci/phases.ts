/** Engine phases as CI log groups: one open group at a time, closed by the next or at the end. */
import type { DeployPhase } from '../engine/events';

export const PHASE_TITLES: Record<DeployPhase, string> = {
  validate: 'Check the project',
  database: 'Connect and prepare the database',
  session: 'Load the project into the session',
  execute: 'Run deploy.sql',
};

export interface GroupMarkup {
  start(phase: DeployPhase, title: string): string;
  end(phase: DeployPhase): string;
}

export interface PhaseGroups {
  enter(phase: DeployPhase): void;
  /** Closes the open group, if any. */
  close(): void;
}

export function phaseGroups(markup: GroupMarkup, write: (s: string) => void): PhaseGroups {
  let open: DeployPhase | undefined;
  const close = () => {
    if (open) write(markup.end(open));
    open = undefined;
  };
  return {
    enter(phase) {
      close();
      write(markup.start(phase, `pgmi: ${PHASE_TITLES[phase]}`));
      open = phase;
    },
    close,
  };
}
