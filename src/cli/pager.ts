/**
 * Long output at a terminal goes through a pager (cli.md §1.6): PGMI_PAGER, else PAGER, else
 * `less -R`. A pager of `cat`, a pager that cannot start, or a run that is not interactive
 * writes directly.
 */
import { spawn } from 'node:child_process';
import { isInteractive } from './approve';

export async function writePaged(
  text: string,
  env: Record<string, string | undefined>,
  write: (s: string) => void,
): Promise<void> {
  const pager = (env.PGMI_PAGER || env.PAGER || 'less -R').trim();
  if (!isInteractive(env) || pager === '' || pager === 'cat') {
    write(text);
    return;
  }
  const shown = await new Promise<boolean>((resolve) => {
    const child = spawn(pager, { shell: true, stdio: ['pipe', 'inherit', 'inherit'] });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
    child.stdin.on('error', () => undefined); // the user quit before reading everything
    child.stdin.end(text);
  });
  if (!shown) write(text);
}
