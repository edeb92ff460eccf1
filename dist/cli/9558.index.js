export const id = 9558;
export const ids = [9558];
export const modules = {

/***/ 54826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pg)
});

;// CONCATENATED MODULE: ./src/connect/pg-prelude.ts
/**
 * Side-effect module for `./pg.ts`, evaluated just before node-postgres: gives Node < 21 the
 * `navigator` global that Node 21+ has (same `userAgent` form), until `pgLoaded()` removes it.
 */
const g = globalThis;
const added = g.navigator === undefined;
if (added) {
    Object.defineProperty(globalThis, 'navigator', {
        value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` },
        configurable: true,
        writable: true,
    });
}
function pgLoaded() {
    if (added)
        delete g.navigator;
}

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(83849);
;// CONCATENATED MODULE: ./src/connect/pg.ts
/**
 * node-postgres, loaded without making Node load its fetch implementation. When pg loads it
 * asks whether it runs in a Cloudflare Worker: it reads `navigator.userAgent` and, where there is
 * no `navigator` (Node < 21), constructs a `Response`, whose first use loads Node's internal
 * undici — tens of milliseconds (more on a busy machine) on every start of every command. Node
 * 21+ answers from `navigator`; `./pg-prelude` gives Node 20 the same answer for the duration
 * of the import only. Import pg from here, not from 'pg' (types may come from 'pg').
 */



pgLoaded();
/* harmony default export */ const pg = (esm/* default */.Ay);


/***/ }),

/***/ 75613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ connectionLost),
/* harmony export */   L9: () => (/* binding */ lossMessage),
/* harmony export */   qq: () => (/* binding */ watchConnection),
/* harmony export */   y7: () => (/* binding */ isConnectionLoss)
/* harmony export */ });
/* unused harmony export connectionErrorOf */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);


const lost = new WeakMap();
/**
 * Keeps an `'error'` listener on `client` for as long as it lives (a socket error with no
 * listener ends the process) and records the first error. Idempotent.
 */
function watchConnection(client) {
    if (lost.has(client) || client.listeners('error').includes(record))
        return;
    client.on('error', record);
}
function record(err) {
    if (!lost.has(this))
        lost.set(this, err);
}
// Socket-level failures (Node error codes) and node-postgres' own wording for a dead peer.
const LOSS_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
]);
const LOSS_TEXT = [
    'connection terminated',
    'not queryable',
    'client was closed',
    'socket hang up',
    'write after end',
];
/**
 * Whether `err` (or anything in its cause chain) means the connection is gone, rather than the
 * server rejecting a statement: a socket error, the peer hanging up, or a FATAL/PANIC from the
 * server (admin shutdown 57P01, crash 57P02, a terminated backend) that ends the session.
 */
function isConnectionLoss(err, client) {
    if (client && lost.has(client))
        return true;
    for (const e of (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorChain */ .eB)(err)) {
        if ((0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .isPgDatabaseError */ .Hd)(e)) {
            const sev = e.severity ?? '';
            if (sev === 'FATAL' || sev === 'PANIC' || e.code?.startsWith('08'))
                return true;
            continue;
        }
        if (typeof e !== 'object' || e === null)
            continue;
        const { code, message } = e;
        if (typeof code === 'string' && LOSS_CODES.has(code))
            return true;
        const text = typeof message === 'string' ? message.toLowerCase() : '';
        if (LOSS_TEXT.some((t) => text.includes(t)))
            return true;
    }
    return false;
}
/** The first recorded connection-level error of `client`, if any. */
function connectionErrorOf(client) {
    return lost.get(client);
}
/** What a loss in each phase means for the target database. */
function lossMessage(phase, database, tail) {
    const db = JSON.stringify(database);
    switch (phase) {
        case 'connect':
            return `connection lost while connecting to ${db}: nothing was deployed`;
        case 'overwrite':
            return `connection to the maintenance database lost while recreating ${db}: ${db} may be missing or empty; deploy again`;
        case 'load':
            return `connection lost while loading the project into the session: deploy.sql did not run; ${db} is unchanged`;
        case 'lock':
            return `connection lost while taking the deploy lock: deploy.sql did not run; ${db} is unchanged`;
        case 'head':
            return tail?.unit === -1
                ? `connection lost while the COMMIT of deploy.sql's atomic head (unit 1) was in flight: the server may or may not have committed it; look at ${db} before deploying again`
                : `connection lost during the atomic head of deploy.sql (unit 1): the server rolls back the open head: nothing was committed`;
        case 'tail': {
            const t = tail ?? { committed: 0, unit: 0, units: 0 };
            const done = t.committed > 0
                ? `units 1–${t.committed} of deploy.sql were committed before the loss`
                : 'nothing was committed before the loss';
            return `connection lost during unit ${t.unit} of ${t.units} of deploy.sql (the tail): ${done}; the server rolls back unit ${t.unit} if it was still open`;
        }
    }
}
/** Wraps a loss as ConnectionLostError (exit 11), keeping the original as `cause`. */
function connectionLost(phase, message, cause) {
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConnectionLostError */ .N9(message, phase, {
        cause,
        hints: ['check the server and the network path to it, then deploy again'],
    });
}


/***/ })

};
