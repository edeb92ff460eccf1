export const id = 1593;
export const ids = [1593];
export const modules = {

/***/ 81593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAwsAuth: () => (/* binding */ createAwsAuth)
/* harmony export */ });
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _token_cache__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96122);
/**
 * AWS RDS IAM tokens (connections.md §10.2): a SigV4-presigned `connect` request for
 * `host:port`, the region and the database user, signed with the SDK's default credential
 * chain. The region is carried in the settings (decisions.md 10; upstream lost it). A token is
 * signed once per host, user and region and reused while valid (token-cache.ts).
 */


/** How long a signed token is accepted: the signer presigns with `expiresIn: 900`. */
const AWS_TOKEN_LIFETIME_MS = 900_000;
async function createAwsAuth(auth, settings, hooks, tokens = _token_cache__WEBPACK_IMPORTED_MODULE_1__/* .sharedTokenCache */ .FM) {
    const { Signer } = await __webpack_require__.e(/* import() */ 4945).then(__webpack_require__.t.bind(__webpack_require__, 54945, 19));
    const signer = new Signer({
        hostname: settings.host,
        port: settings.port,
        username: settings.user,
        region: auth.region,
    });
    const key = (0,_token_cache__WEBPACK_IMPORTED_MODULE_1__/* .tokenKey */ .bV)(['aws', settings.host, settings.port, settings.user, auth.region]);
    const mint = async () => {
        const signedAt = Date.now();
        let token;
        try {
            token = await signer.getAuthToken();
        }
        catch (e) {
            throw new _engine_errors__WEBPACK_IMPORTED_MODULE_0__.PgmiError(`could not sign an AWS RDS IAM token: ${(0,_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e)}`, {
                cause: e,
                hints: ['check the AWS credentials (environment, ~/.aws profile, SSO or instance role)'],
            });
        }
        hooks.onSecret(token);
        return { token, expiresAt: signedAt + AWS_TOKEN_LIFETIME_MS };
    };
    return {
        label: 'AWS RDS IAM',
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
