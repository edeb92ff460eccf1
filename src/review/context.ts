/**
 * Where a review comment goes: the pull request (GitHub), merge request (GitLab) or pull request
 * (Azure DevOps) this CI run builds, read from the variables each system sets. No context (a push
 * build, a scheduled run, a terminal) means no comment and no request.
 */
import { readFileSync } from 'node:fs';

type Env = Record<string, string | undefined>;

export interface GithubTarget {
  system: 'github';
  apiUrl: string;
  owner: string;
  repo: string;
  pr: number;
}

export interface GitlabTarget {
  system: 'gitlab';
  apiUrl: string;
  projectId: string;
  mr: number;
  /** The project's page (`CI_MERGE_REQUEST_PROJECT_URL`), for the note's link. */
  webUrl?: string;
}

export interface AzureTarget {
  system: 'azure';
  /** `https://dev.azure.com/org/` (always ends with `/`). */
  collectionUri: string;
  project: string;
  repositoryId: string;
  pr: number;
}

export type ReviewTarget = GithubTarget | GitlabTarget | AzureTarget;

export type ReviewSystem = ReviewTarget['system'];

export const SYSTEM_NAMES: Record<ReviewTarget['system'], string> = {
  github: 'GitHub pull request',
  gitlab: 'GitLab merge request',
  azure: 'Azure DevOps pull request',
};

function positive(value: string | undefined): number | undefined {
  if (!value || !/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** The pull request number of a `pull_request` / `pull_request_target` event, else undefined. */
export function githubPullRequest(env: Env): number | undefined {
  const event = env.GITHUB_EVENT_NAME;
  if (event !== 'pull_request' && event !== 'pull_request_target') return undefined;
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { number?: unknown };
      number?: unknown;
    };
    const n = payload.pull_request?.number ?? payload.number;
    return typeof n === 'number' && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

export function githubApiUrl(env: Env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

function githubRepo(env: Env): { owner: string; repo: string } | undefined {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
  return m ? { owner: m[1], repo: m[2] } : undefined;
}

/** The CI system this process runs in, among those pgmi can comment on. */
export function ciSystem(env: Env): ReviewSystem | undefined {
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  if (env.GITLAB_CI === 'true') return 'gitlab';
  if ((env.TF_BUILD ?? '').toLowerCase() === 'true') return 'azure';
  return undefined;
}

/** The PR/MR number of this build, from the environment; undefined outside a PR/MR build. */
export function reviewNumber(system: ReviewSystem, env: Env): number | undefined {
  switch (system) {
    case 'github':
      return githubPullRequest(env);
    case 'gitlab':
      return positive(env.CI_MERGE_REQUEST_IID);
    case 'azure':
      return positive(env.SYSTEM_PULLREQUEST_PULLREQUESTID);
  }
}

/**
 * The API address and repository of PR/MR `number`, always from this job's own environment.
 * Undefined when a variable the system always sets is missing.
 */
export function targetFor(system: ReviewSystem, num: number, env: Env): ReviewTarget | undefined {
  switch (system) {
    case 'github': {
      const repo = githubRepo(env);
      return repo ? { system, apiUrl: githubApiUrl(env), ...repo, pr: num } : undefined;
    }
    case 'gitlab':
      if (!env.CI_API_V4_URL || !env.CI_PROJECT_ID) return undefined;
      return {
        system,
        apiUrl: env.CI_API_V4_URL.replace(/\/+$/, ''),
        projectId: env.CI_PROJECT_ID,
        mr: num,
        webUrl: (env.CI_MERGE_REQUEST_PROJECT_URL || env.CI_PROJECT_URL)?.replace(/\/+$/, ''),
      };
    case 'azure': {
      // Pull requests of repositories hosted on GitHub or Bitbucket are not Azure Repos threads.
      const provider = env.BUILD_REPOSITORY_PROVIDER;
      if (provider && provider !== 'TfsGit') return undefined;
      if (!env.SYSTEM_COLLECTIONURI || !env.SYSTEM_TEAMPROJECT || !env.BUILD_REPOSITORY_ID) {
        return undefined;
      }
      return {
        system,
        collectionUri: env.SYSTEM_COLLECTIONURI.replace(/\/*$/, '/'),
        project: env.SYSTEM_TEAMPROJECT,
        repositoryId: env.BUILD_REPOSITORY_ID,
        pr: num,
      };
    }
  }
}

/** The review target of this CI run, from its environment; undefined outside a PR/MR build. */
export function detectReviewTarget(env: Env): ReviewTarget | undefined {
  const system = ciSystem(env);
  const num = system && reviewNumber(system, env);
  return system && num ? targetFor(system, num, env) : undefined;
}

/** The PR/MR number of a target. */
export function targetNumber(t: ReviewTarget): number {
  return t.system === 'gitlab' ? t.mr : t.pr;
}

/** The token each system's comment is posted with (the Action passes its `github-token`). */
export function reviewToken(system: ReviewSystem, env: Env): string | undefined {
  switch (system) {
    case 'github':
      return env.GITHUB_TOKEN || undefined;
    case 'gitlab':
      return env.PGMI_GITLAB_TOKEN || undefined;
    case 'azure':
      return env.SYSTEM_ACCESSTOKEN || undefined;
  }
}

/** What the token variable is called, for the notice when it is missing. */
export const TOKEN_NAMES: Record<ReviewTarget['system'], string> = {
  github: 'GITHUB_TOKEN (the Action: github-token)',
  gitlab: 'PGMI_GITLAB_TOKEN',
  azure:
    'SYSTEM_ACCESSTOKEN (map it into the step: env: SYSTEM_ACCESSTOKEN: $(System.AccessToken))',
};

export interface RunFacts {
  commit?: string;
  ref?: string;
  runUrl?: string;
  /** The checkout folder (GITHUB_WORKSPACE, CI_PROJECT_DIR, BUILD_SOURCESDIRECTORY). */
  workspace?: string;
}

/** Commit, ref and the run's page, as each CI system names them. */
export function runFacts(env: Env): RunFacts {
  if (env.GITHUB_ACTIONS === 'true') {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    let commit = env.GITHUB_SHA;
    // On pull requests GITHUB_SHA is the merge commit; the PR's head is what reviewers know.
    if (env.GITHUB_EVENT_PATH && /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')) {
      try {
        const p = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
          pull_request?: { head?: { sha?: string } };
        };
        commit = p.pull_request?.head?.sha ?? commit;
      } catch {
        /* keep GITHUB_SHA */
      }
    }
    return {
      workspace: env.GITHUB_WORKSPACE || undefined,
      commit,
      ref: env.GITHUB_HEAD_REF || env.GITHUB_REF || undefined,
      runUrl:
        env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
          ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
          : undefined,
    };
  }
  if (env.GITLAB_CI === 'true') {
    return {
      workspace: env.CI_PROJECT_DIR || undefined,
      commit: env.CI_COMMIT_SHA,
      ref: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || env.CI_COMMIT_REF_NAME,
      runUrl: env.CI_JOB_URL || env.CI_PIPELINE_URL,
    };
  }
  if ((env.TF_BUILD ?? '').toLowerCase() === 'true') {
    const uri = env.SYSTEM_COLLECTIONURI?.replace(/\/*$/, '/');
    return {
      workspace: env.BUILD_SOURCESDIRECTORY || undefined,
      commit: env.SYSTEM_PULLREQUEST_SOURCECOMMITID || env.BUILD_SOURCEVERSION,
      ref: env.SYSTEM_PULLREQUEST_SOURCEBRANCH || env.BUILD_SOURCEBRANCH,
      runUrl:
        uri && env.SYSTEM_TEAMPROJECT && env.BUILD_BUILDID
          ? `${uri}${encodeURIComponent(env.SYSTEM_TEAMPROJECT)}/_build/results?buildId=${env.BUILD_BUILDID}`
          : undefined,
    };
  }
  return {};
}
