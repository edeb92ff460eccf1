export const id = 8681;
export const ids = [8681,2791];
export const modules = {

/***/ 72791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ terminalApprover),
/* harmony export */   isInteractive: () => (/* binding */ isInteractive)
/* harmony export */ });
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_approver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81081);
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/**
 * Confirmation of `--overwrite` at a terminal: type the database name, or with `--force` a
 * five-second countdown that Ctrl-C aborts. Outside a terminal the engine's non-interactive
 * policy applies (`--force` proceeds, anything else is refused at once, exit 12).
 */



function isInteractive(env) {
    return (env.PGMI_NON_INTERACTIVE !== '1' && !env.CI && !!process.stdin.isTTY && !!process.stdout.isTTY);
}
function readLine(signal) {
    return new Promise((resolve, reject) => {
        const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input: process.stdin, terminal: false });
        let done = false;
        const finish = (v) => {
            if (done)
                return;
            done = true;
            rl.close();
            resolve(v);
        };
        rl.once('line', (l) => finish(l));
        rl.once('close', () => finish(null));
        signal.addEventListener('abort', () => {
            done = true;
            rl.close();
            reject(signal.reason);
        }, { once: true });
    });
}
function terminalApprover(env, write) {
    if (!isInteractive(env))
        return _engine_approver__WEBPACK_IMPORTED_MODULE_1__/* .nonInteractiveApprover */ .V;
    return async ({ database, force, signal }) => {
        const name = JSON.stringify(database);
        if (force) {
            if (!env.PGMI_NO_BANNER) {
                write(`\n  !!!  DANGER  !!!\n  --overwrite --force will DROP DATABASE ${name} and every object in it.\n\n`);
            }
            for (let n = 5; n > 0; n--) {
                write(`\r--force: DROP DATABASE ${name} in ${n}s. Ctrl-C aborts.`);
                await new Promise((resolve, reject) => {
                    const t = setTimeout(resolve, 1000);
                    signal.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), {
                        once: true,
                    });
                });
            }
            write(`\r--force: DROP DATABASE ${name} now.              \n`);
            return;
        }
        write(`WARNING: about to DROP and RECREATE database ${name}. This deletes all data.\n`);
        write('Type the database name to confirm: ');
        const answer = await readLine(signal);
        if (answer === null) {
            throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ApprovalDeniedError */ .HB('approval denied: No input available. Use --force to bypass confirmation in non-interactive mode.');
        }
        if (answer.trim() !== database) {
            throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ApprovalDeniedError */ .HB(`approval denied: ${JSON.stringify(answer.trim())} does not match ${name}. Cancelled.`);
        }
        write('Confirmed.\n');
    };
}


/***/ }),

/***/ 8681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writePaged: () => (/* binding */ writePaged)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _approve__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72791);
/**
 * Long output at a terminal goes through a pager (cli.md §1.6): PGMI_PAGER, else PAGER, else
 * `less -R`. A pager of `cat`, a pager that cannot start, or a run that is not interactive
 * writes directly.
 */


async function writePaged(text, env, write) {
    const pager = (env.PGMI_PAGER || env.PAGER || 'less -R').trim();
    if (!(0,_approve__WEBPACK_IMPORTED_MODULE_1__.isInteractive)(env) || pager === '' || pager === 'cat') {
        write(text);
        return;
    }
    const shown = await new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(pager, { shell: true, stdio: ['pipe', 'inherit', 'inherit'] });
        child.on('error', () => resolve(false));
        child.on('close', (code) => resolve(code === 0));
        child.stdin.on('error', () => undefined); // the user quit before reading everything
        child.stdin.end(text);
    });
    if (!shown)
        write(text);
}


/***/ }),

/***/ 81081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ nonInteractiveApprover)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * The engine's approval policy outside a terminal, in a module of its own: front doors that only
 * ask whether they run at a terminal (the pager, `pgmi info`) must not load the deploy engine and
 * its driver with it.
 */

/** Default approval outside a terminal: `--force` proceeds at once, anything else is refused. */
const nonInteractiveApprover = async ({ database, force, emit }) => {
    if (force) {
        emit({
            type: 'progress',
            message: `--force: dropping and recreating ${JSON.stringify(database)}`,
            elapsedMs: 0,
        });
        return;
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ApprovalDeniedError */ .HB(`approval denied: --overwrite must be confirmed at a terminal, and this is not one; pass --force to drop and recreate ${JSON.stringify(database)} from a script or CI job`);
};


/***/ })

};
