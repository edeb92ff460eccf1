export const id = 3823;
export const ids = [3823];
export const modules = {

/***/ 23823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ targetNumber),
/* harmony export */   FZ: () => (/* binding */ detectReviewTarget),
/* harmony export */   Hu: () => (/* binding */ SYSTEM_NAMES),
/* harmony export */   _A: () => (/* binding */ ciSystem),
/* harmony export */   pI: () => (/* binding */ runFacts),
/* harmony export */   rT: () => (/* binding */ TOKEN_NAMES),
/* harmony export */   reviewToken: () => (/* binding */ reviewToken),
/* harmony export */   x1: () => (/* binding */ targetFor)
/* harmony export */ });
/* unused harmony exports githubPullRequest, githubApiUrl, reviewNumber */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Where a review comment goes: the pull request (GitHub), merge request (GitLab) or pull request
 * (Azure DevOps) this CI run builds, read from the variables each system sets. No context (a push
 * build, a scheduled run, a terminal) means no comment and no request.
 */

const SYSTEM_NAMES = {
    github: 'GitHub pull request',
    gitlab: 'GitLab merge request',
    azure: 'Azure DevOps pull request',
};
function positive(value) {
    if (!value || !/^\d+$/.test(value.trim()))
        return undefined;
    const n = Number(value);
    return n > 0 ? n : undefined;
}
/** The pull request number of a `pull_request` / `pull_request_target` event, else undefined. */
function githubPullRequest(env) {
    const event = env.GITHUB_EVENT_NAME;
    if (event !== 'pull_request' && event !== 'pull_request_target')
        return undefined;
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const n = payload.pull_request?.number ?? payload.number;
        return typeof n === 'number' && n > 0 ? n : undefined;
    }
    catch {
        return undefined;
    }
}
function githubApiUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
function githubRepo(env) {
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
/** The CI system this process runs in, among those pgmi can comment on. */
function ciSystem(env) {
    if (env.GITHUB_ACTIONS === 'true')
        return 'github';
    if (env.GITLAB_CI === 'true')
        return 'gitlab';
    if ((env.TF_BUILD ?? '').toLowerCase() === 'true')
        return 'azure';
    return undefined;
}
/** The PR/MR number of this build, from the environment; undefined outside a PR/MR build. */
function reviewNumber(system, env) {
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
function targetFor(system, num, env) {
    switch (system) {
        case 'github': {
            const repo = githubRepo(env);
            return repo ? { system, apiUrl: githubApiUrl(env), ...repo, pr: num } : undefined;
        }
        case 'gitlab':
            if (!env.CI_API_V4_URL || !env.CI_PROJECT_ID)
                return undefined;
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
            if (provider && provider !== 'TfsGit')
                return undefined;
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
function detectReviewTarget(env) {
    const system = ciSystem(env);
    const num = system && reviewNumber(system, env);
    return system && num ? targetFor(system, num, env) : undefined;
}
/** The PR/MR number of a target. */
function targetNumber(t) {
    return t.system === 'gitlab' ? t.mr : t.pr;
}
/** The token each system's comment is posted with (the Action passes its `github-token`). */
function reviewToken(system, env) {
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
const TOKEN_NAMES = {
    github: 'GITHUB_TOKEN (the Action: github-token)',
    gitlab: 'PGMI_GITLAB_TOKEN',
    azure: 'SYSTEM_ACCESSTOKEN (map it into the step: env: SYSTEM_ACCESSTOKEN: $(System.AccessToken))',
};
/** Commit, ref and the run's page, as each CI system names them. */
function runFacts(env) {
    if (env.GITHUB_ACTIONS === 'true') {
        const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
        let commit = env.GITHUB_SHA;
        // On pull requests GITHUB_SHA is the merge commit; the PR's head is what reviewers know.
        if (env.GITHUB_EVENT_PATH && /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')) {
            try {
                const p = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
                commit = p.pull_request?.head?.sha ?? commit;
            }
            catch {
                /* keep GITHUB_SHA */
            }
        }
        return {
            workspace: env.GITHUB_WORKSPACE || undefined,
            commit,
            ref: env.GITHUB_HEAD_REF || env.GITHUB_REF || undefined,
            runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
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
            runUrl: uri && env.SYSTEM_TEAMPROJECT && env.BUILD_BUILDID
                ? `${uri}${encodeURIComponent(env.SYSTEM_TEAMPROJECT)}/_build/results?buildId=${env.BUILD_BUILDID}`
                : undefined,
        };
    }
    return {};
}


/***/ })

};
