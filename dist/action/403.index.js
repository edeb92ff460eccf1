export const id = 403;
export const ids = [403];
export const modules = {

/***/ 2403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZURE_POSTGRES_SCOPE: () => (/* binding */ AZURE_POSTGRES_SCOPE),
/* harmony export */   authorityOptions: () => (/* binding */ authorityOptions),
/* harmony export */   createAzureAuth: () => (/* binding */ createAzureAuth)
/* harmony export */ });
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _cloud_auth__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99960);
/* harmony import */ var _token_cache__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96122);
/**
 * Azure Entra ID tokens for Azure Database for PostgreSQL (connections.md §10.1,
 * decisions.md 12). Tenant, client id and secret all set → a service-principal (client secret)
 * credential; otherwise the SDK's default chain, with the client id handed to the managed
 * identity (and workload identity) credential so `--azure-client-id` selects a user-assigned
 * identity. Tokens for the ossrdbms scope are minted once per host, user and identity and reused
 * while valid (token-cache.ts).
 */



const AZURE_POSTGRES_SCOPE = 'https://ossrdbms-aad.database.windows.net/.default';
/** Microsoft's own clouds, whose metadata MSAL can look up (public, China, US Government). */
const KNOWN_AUTHORITY_HOSTS = new Set([
    'login.microsoftonline.com',
    'login.chinacloudapi.cn',
    'login.microsoftonline.us',
]);
/**
 * Options for an `AZURE_AUTHORITY_HOST` override. For an authority outside Microsoft's clouds
 * (Azure Stack, a private cloud) MSAL's instance discovery — a call to
 * login.microsoftonline.com — cannot succeed, so it is turned off, as the SDK documents for
 * exactly that case.
 */
function authorityOptions(authorityHost) {
    if (!authorityHost)
        return {};
    let host;
    try {
        host = new URL(authorityHost).hostname.toLowerCase();
    }
    catch {
        return { authorityHost };
    }
    return KNOWN_AUTHORITY_HOSTS.has(host)
        ? { authorityHost }
        : { authorityHost, disableInstanceDiscovery: true };
}
const EXPIRY_WARNING_MS = 5 * 60_000;
async function createAzureAuth(auth, settings, hooks, tokens = _token_cache__WEBPACK_IMPORTED_MODULE_1__/* .sharedTokenCache */ .FM) {
    const identity = await Promise.all(/* import() */[__webpack_require__.e(669), __webpack_require__.e(324), __webpack_require__.e(819)]).then(__webpack_require__.bind(__webpack_require__, 21819));
    const common = authorityOptions(auth.authorityHost);
    const credential = auth.tenantId && auth.clientId && auth.clientSecret
        ? new identity.ClientSecretCredential(auth.tenantId, auth.clientId, auth.clientSecret, common)
        : new identity.DefaultAzureCredential({
            ...common,
            ...(auth.tenantId ? { tenantId: auth.tenantId } : {}),
            ...(auth.clientId
                ? { managedIdentityClientId: auth.clientId, workloadIdentityClientId: auth.clientId }
                : {}),
        });
    const key = (0,_token_cache__WEBPACK_IMPORTED_MODULE_1__/* .tokenKey */ .bV)([
        'azure',
        settings.host,
        settings.port,
        settings.user,
        auth.tenantId,
        auth.clientId,
        auth.clientSecret,
        auth.authorityHost,
    ]);
    const mint = async () => {
        let result;
        try {
            result = await credential.getToken(AZURE_POSTGRES_SCOPE);
        }
        catch (e) {
            throw new _engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .PgmiError */ .K8(`could not get an Azure Entra ID token: ${(0,_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e)}`, {
                cause: e,
                hints: [
                    'sign in with `az login`, or run where a managed identity is available, or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET',
                ],
            });
        }
        if (!result?.token)
            throw new _engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .PgmiError */ .K8('could not get an Azure Entra ID token: empty token');
        hooks.onSecret(result.token);
        const remaining = result.expiresOnTimestamp - Date.now();
        if (remaining < EXPIRY_WARNING_MS) {
            hooks.onWarning?.(`Azure token expires in ${(0,_cloud_auth__WEBPACK_IMPORTED_MODULE_2__/* .formatRemaining */ .A)(remaining)}`);
        }
        return { token: result.token, expiresAt: result.expiresOnTimestamp };
    };
    return {
        label: 'Azure Entra ID',
        token: () => tokens.get(key, mint),
        async close() { },
    };
}


/***/ }),

/***/ 96122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ sharedTokenCache),
/* harmony export */   bV: () => (/* binding */ tokenKey)
/* harmony export */ });
/* unused harmony exports REUSE_MARGIN_MS, TokenCache */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Cloud IAM tokens, minted once per host, user and identity and reused while valid. A fleet opens
 * one connection per target (and `--parallel` of them at the same moment); without this each
 * connection asked the identity service for a token of its own. Concurrent requests for the same
 * key share one mint (single flight); a token is reused until `REUSE_MARGIN_MS` before it expires
 * (it only has to be valid when the server checks it, at login), then a new one is minted.
 *
 * The SDKs' own caches do not cover this: MSAL's is not single-flight (four connections opened at
 * once make four token requests), and the RDS signer signs anew on every call.
 */

/** A token is not handed out once it has less than this left. */
const REUSE_MARGIN_MS = 60_000;
class TokenCache {
    now;
    marginMs;
    entries = new Map();
    constructor(now = () => Date.now(), marginMs = REUSE_MARGIN_MS) {
        this.now = now;
        this.marginMs = marginMs;
    }
    /** The cached token for `key` while it is valid; else the one `mint` returns (once for all callers). */
    async get(key, mint) {
        let entry = this.entries.get(key);
        if (!entry) {
            entry = {};
            this.entries.set(key, entry);
        }
        if (entry.token && entry.token.expiresAt - this.now() > this.marginMs)
            return entry.token.token;
        let pending = entry.pending;
        if (!pending) {
            const e = entry;
            pending = e.pending = mint().then((minted) => {
                e.token = minted;
                e.pending = undefined;
                return minted;
            }, (err) => {
                // A failure is not cached: the next connection asks again.
                e.pending = undefined;
                throw err;
            });
        }
        return (await pending).token;
    }
    /** Forgets every token (tests; a long-running process whose credentials changed). */
    clear() {
        this.entries.clear();
    }
}
/** The key for one identity on one server; secrets in it are hashed, never kept as text. */
function tokenKey(parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(parts)).digest('hex');
}
/** One cache for the whole process: every provider for the same host, user and identity shares it. */
const sharedTokenCache = new TokenCache();


/***/ })

};
