export const id = 594;
export const ids = [594];
export const modules = {

/***/ 69594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runConfigWizard: () => (/* binding */ runConfigWizard)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tooling_config_file__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9941);
/* harmony import */ var _config_wizard__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73556);
/**
 * One run of `pgmi config`: confirm replacing an existing connection, ask for a new one, save it.
 * Cancelling at any prompt prints `Cancelled.` and exits 0.
 */



async function runConfigWizard(dir, io, prompts = (0,_config_wizard__WEBPACK_IMPORTED_MODULE_2__/* .terminalPrompts */ .qs)()) {
    const cancelled = () => {
        io.stderr('Cancelled.\n');
        return 0;
    };
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(dir);
    try {
        const existing = (0,_tooling_config_file__WEBPACK_IMPORTED_MODULE_1__/* .readExistingConfig */ .cI)(root);
        if (existing.state !== 'absent') {
            if (existing.state === 'ok')
                io.stderr('pgmi.yaml exists.\n');
            else
                io.stderr(`pgmi.yaml cannot be read: ${existing.message}\n`);
            const replace = await prompts.confirm({
                message: existing.state === 'ok'
                    ? 'Replace its connection settings (params and timeout are kept)?'
                    : 'Replace the whole file?',
                default: false,
            });
            if (!replace)
                return cancelled();
        }
        const conn = await (0,_config_wizard__WEBPACK_IMPORTED_MODULE_2__/* .connectionWizard */ .Qq)(io, prompts);
        if (!conn)
            return cancelled();
        const path = (0,_tooling_config_file__WEBPACK_IMPORTED_MODULE_1__/* .saveConnection */ .Ab)(root, conn);
        io.stderr(`Wrote ${path}\n`);
        io.stderr((0,_config_wizard__WEBPACK_IMPORTED_MODULE_2__/* .passwordAdvice */ .EH)(conn));
        return 0;
    }
    catch (err) {
        if ((0,_config_wizard__WEBPACK_IMPORTED_MODULE_2__/* .isPromptCancel */ .N)(err))
            return cancelled();
        throw err;
    }
}


/***/ })

};
