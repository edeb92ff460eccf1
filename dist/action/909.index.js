export const id = 909;
export const ids = [909];
export const modules = {

/***/ 76909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGoogleAuth: () => (/* binding */ createGoogleAuth)
/* harmony export */ });
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * Google Cloud SQL IAM database authentication through the Cloud SQL Node.js connector
 * (connections.md §10.3). The connector fetches the instance's address and CA from the SQL
 * Admin API, obtains an ephemeral client certificate bound to the Application Default
 * Credentials' token, and dials the instance's server-side proxy (port 3307) over TLS 1.3; the
 * driver therefore speaks plain protocol over that stream and sends no password. The instance
 * name travels in the settings (decisions.md 10; upstream lost it).
 */

async function createGoogleAuth(auth, _settings) {
    const { Connector, AuthTypes, IpAddressTypes } = await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(982)]).then(__webpack_require__.bind(__webpack_require__, 37982));
    const connector = new Connector(auth.sqlAdminEndpoint ? { sqlAdminAPIEndpoint: auth.sqlAdminEndpoint } : {});
    let options;
    try {
        options = await connector.getOptions({
            instanceConnectionName: auth.instance,
            authType: AuthTypes.IAM,
            ipType: IpAddressTypes.PUBLIC,
        });
    }
    catch (e) {
        // No instance came up, so there is nothing to close: the connector's close() chains
        // `.then` onto each instance's start-up promise without a `.catch`, and on this failed one
        // that becomes an unhandled rejection (a second message and a stack trace after ours).
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConnectionError */ .Rc(`could not reach Cloud SQL instance "${auth.instance}" through the connector: ${(0,_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e)}`, {
            cause: e,
            hints: [
                'check the instance name (project:region:instance), the Cloud SQL Admin API, and the Application Default Credentials (gcloud auth application-default login, or a service account)',
            ],
        });
    }
    return {
        label: 'Google Cloud SQL IAM',
        stream: options.stream,
        async close() {
            connector.close();
        },
    };
}


/***/ })

};
