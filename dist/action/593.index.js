export const id = 593;
export const ids = [593];
export const modules = {

/***/ 81593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAwsAuth: () => (/* binding */ createAwsAuth)
/* harmony export */ });
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * AWS RDS IAM tokens (connections.md §10.2): a SigV4-presigned `connect` request for
 * `host:port`, the region and the database user, signed with the SDK's default credential
 * chain. The region is carried in the settings (decisions.md 10; upstream lost it).
 */

async function createAwsAuth(auth, settings, hooks) {
    const { Signer } = await __webpack_require__.e(/* import() */ 945).then(__webpack_require__.t.bind(__webpack_require__, 54945, 19));
    const signer = new Signer({
        hostname: settings.host,
        port: settings.port,
        username: settings.user,
        region: auth.region,
    });
    return {
        label: 'AWS RDS IAM',
        async token() {
            let token;
            try {
                token = await signer.getAuthToken();
            }
            catch (e) {
                throw new _engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .PgmiError */ .K8(`could not sign an AWS RDS IAM token: ${(0,_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e)}`, {
                    cause: e,
                    hints: ['check the AWS credentials (environment, ~/.aws profile, SSO or instance role)'],
                });
            }
            hooks.onSecret(token);
            return token;
        },
        async close() { },
    };
}


/***/ })

};
