/**
 * One run of `pgmi config`: confirm replacing an existing connection, ask for a new one, save it.
 * Cancelling at any prompt prints `Cancelled.` and exits 0.
 */
import { resolve } from 'node:path';
import { readExistingConfig, saveConnection } from '../tooling/config-file';
import {
  connectionWizard,
  isPromptCancel,
  passwordAdvice,
  terminalPrompts,
  type Prompts,
  type WizardIo,
} from './config-wizard';

export async function runConfigWizard(
  dir: string,
  io: WizardIo,
  prompts: Prompts = terminalPrompts(),
): Promise<number> {
  const cancelled = () => {
    io.stderr('Cancelled.\n');
    return 0;
  };
  const root = resolve(dir);
  try {
    const existing = readExistingConfig(root);
    if (existing.state !== 'absent') {
      if (existing.state === 'ok') io.stderr('pgmi.yaml exists.\n');
      else io.stderr(`pgmi.yaml cannot be read: ${existing.message}\n`);
      const replace = await prompts.confirm({
        message:
          existing.state === 'ok'
            ? 'Replace its connection settings (params and timeout are kept)?'
            : 'Replace the whole file?',
        default: false,
      });
      if (!replace) return cancelled();
    }
    const conn = await connectionWizard(io, prompts);
    if (!conn) return cancelled();
    const path = saveConnection(root, conn);
    io.stderr(`Wrote ${path}\n`);
    io.stderr(passwordAdvice(conn));
    return 0;
  } catch (err) {
    if (isPromptCancel(err)) return cancelled();
    throw err;
  }
}
