/**
 * Posting comment files written by an earlier run (`pgmi comment --from`, the Action's
 * `comment-from`): the fork pattern, where the job that deployed has no token that may comment
 * and a later job or workflow with a privileged one posts its body.
 *
 * The PR/MR comes from this run's own context when it has one, else from the file; the API
 * address and repository always come from this run's environment: a file from a fork must not
 * choose where a privileged token is sent. On GitHub's `workflow_run` the pull request's head
 * must still be the commit the triggering run built.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../engine/errors';
import { readCommentFile } from './comment-file';
import { ciSystem, detectReviewTarget, targetFor, type ReviewSystem } from './context';
import { publishReview } from './publish';

type Env = Record<string, string | undefined>;

export interface ReviewSinks {
  notice: (message: string) => void;
  warning: (message: string) => void;
}

export interface CommentSource {
  /** A comment file, or a folder whose `.md` files are comment files. */
  from: string;
  /** What `from` is relative to. */
  base: string;
  /** How errors name the source: `input "comment-from"`, `--from`. */
  what: string;
}

/** The comment files named by a source: one file, or every `.md` file in a folder. */
export function commentFiles(src: CommentSource): string[] {
  const abs = path.resolve(src.base, src.from);
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    throw new ConfigError(`${src.what}: ${src.from}: no such file or folder`);
  }
  if (!isDir) return [abs];
  const files = readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(abs, f));
  if (!files.length) throw new ConfigError(`${src.what}: ${src.from}: no .md comment files`);
  return files;
}

/** `workflow_run`: the commit the triggering run built, to check against the pull request. */
function workflowRunHeadSha(env: Env): string | undefined {
  if (env.GITHUB_EVENT_NAME !== 'workflow_run' || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const p = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      workflow_run?: { head_sha?: string };
    };
    return p.workflow_run?.head_sha;
  } catch {
    return undefined;
  }
}

/**
 * Reads every file first (a bad one is a ConfigError before any request), then posts each.
 * Returns the links of the comments posted.
 */
export async function postCommentFiles(
  src: CommentSource,
  env: Env,
  tokenFor: (system: ReviewSystem) => string | undefined,
  sinks: ReviewSinks,
): Promise<string[]> {
  const comments = commentFiles(src).map((f) => ({
    file: f,
    ...readCommentFile(f, `${src.what}:`),
  }));
  const fromContext = detectReviewTarget(env);
  const system = ciSystem(env);
  const urls: string[] = [];
  for (const c of comments) {
    let target = fromContext;
    if (!target && system && c.destination?.system === system) {
      target = targetFor(system, c.destination.number, env);
    }
    if (!target) {
      sinks.notice(
        `${c.file}: nothing to comment on (no pull request or merge request in this run, and the file names none for this CI system)`,
      );
      continue;
    }
    const outcome = await publishReview({
      target,
      token: tokenFor(target.system),
      marker: c.marker,
      render: () => c.body,
      github: { expectHeadSha: fromContext ? undefined : workflowRunHeadSha(env) },
    });
    for (const n of outcome.notices) sinks.notice(n);
    for (const w of outcome.warnings) sinks.warning(w);
    if (outcome.posted?.url) urls.push(outcome.posted.url);
  }
  return urls;
}
