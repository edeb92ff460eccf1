export const id = 2403;
export const ids = [2403];
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
/* harmony import */ var _cloud_auth__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99960);
/**
 * Azure Entra ID tokens for Azure Database for PostgreSQL (connections.md §10.1,
 * decisions.md 12). Tenant, client id and secret all set → a service-principal (client secret)
 * credential; otherwise the SDK's default chain, with the client id handed to the managed
 * identity (and workload identity) credential so `--azure-client-id` selects a user-assigned
 * identity. One token per physical connection, for the ossrdbms scope.
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
async function createAzureAuth(auth, hooks) {
    const identity = await Promise.all(/* import() */[__webpack_require__.e(3669), __webpack_require__.e(3324), __webpack_require__.e(1819)]).then(__webpack_require__.bind(__webpack_require__, 21819));
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
    return {
        label: 'Azure Entra ID',
        async token() {
            let result;
            try {
                result = await credential.getToken(AZURE_POSTGRES_SCOPE);
            }
            catch (e) {
                throw new _engine_errors__WEBPACK_IMPORTED_MODULE_0__.PgmiError(`could not get an Azure Entra ID token: ${(0,_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e)}`, {
                    cause: e,
                    hints: [
                        'sign in with `az login`, or run where a managed identity is available, or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET',
                    ],
                });
            }
            if (!result?.token)
                throw new _engine_errors__WEBPACK_IMPORTED_MODULE_0__.PgmiError('could not get an Azure Entra ID token: empty token');
            hooks.onSecret(result.token);
            const remaining = result.expiresOnTimestamp - Date.now();
            if (remaining < EXPIRY_WARNING_MS) {
                hooks.onWarning?.(`Azure token expires in ${(0,_cloud_auth__WEBPACK_IMPORTED_MODULE_1__/* .formatRemaining */ .A)(remaining)}`);
            }
            return result.token;
        },
        async close() { },
    };
}


/***/ })

};
