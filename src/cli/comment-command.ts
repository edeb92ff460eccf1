/**
 * `pgmi comment --from <file|folder>`: posts comment bodies an earlier `pgmi deploy
 * --comment-file` wrote, to the PR/MR of this CI build (or the one the file names), creating or
 * updating pgmi's comment. Bad input is exit 10 naming the file; a comment that cannot be posted
 * is a warning, as after a deploy.
 */
import type { FlagSpec } from './flags';
import { addFlags, expectArgs, registrars } from './program';

const COMMENT_FLAGS: FlagSpec[] = [
  {
    long: 'from',
    value: '<file>',
    kind: 'string',
    complete: 'file',
    description: 'Comment file written by pgmi deploy --comment-file (or a folder of them)',
  },
];

registrars.push((program, io, setExit) => {
  const cmd = program
    .command('comment')
    .description('Post a review comment written earlier to the PR/MR of this CI build')
    .argument('[args...]')
    .helpOption('--help', 'Show help');
  addFlags(cmd, COMMENT_FLAGS);
  cmd.action(async (args: string[], opts: { from?: string }) => {
    expectArgs(args, 0, 0, '', 'pgmi comment --from <file>', 'pgmi comment --from pgmi-comment.md');
    const { UsageError } = await import('../engine/errors');
    if (!opts.from) throw new UsageError('missing required flag: --from <file>');
    const { postCommentFiles } = await import('../review/comment-from');
    const { reviewToken } = await import('../review/context');
    const line = (s: string) => io.stderr(s + '\n');
    const urls = await postCommentFiles(
      { from: opts.from, base: process.cwd(), what: '--from' },
      io.env,
      (system) => reviewToken(system, io.env),
      { notice: (m) => line(`pgmi: ${m}`), warning: (m) => line(`pgmi: warning: ${m}`) },
    );
    for (const u of urls) line(`pgmi: commented: ${u}`);
    setExit(0);
  });
});
