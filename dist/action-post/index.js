import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/action/temp-files.ts
/**
 * Inline PEM inputs become files, because the TLS layer (like libpq) takes paths: one private
 * directory per run under RUNNER_TEMP, files 0600 (a key readable by others is refused, as libpq
 * refuses it). The directory is recorded in the step's state so the post step removes it even
 * when the main step was killed; the main step also removes it when it ends.
 */



const STATE_TEMP_DIRS = 'pgmi-temp-dirs';
const PREFIX = 'pgmi-action-';
/**
 * @param tempRoot RUNNER_TEMP (emptied by the runner after each job), else the OS temp dir.
 * @param record called with the directory once it exists (to save it in the step state).
 */
function createTempFiles(tempRoot, record) {
    let dir;
    return {
        write(name, content) {
            if (!dir) {
                // mkdtemp creates the directory 0700.
                dir = mkdtempSync(path.join(tempRoot || os.tmpdir(), PREFIX));
                record([dir]);
            }
            // Named after the input, so a message about the file says where its content came from.
            const file = path.join(dir, `input-${name}.pem`);
            writeFileSync(file, content.endsWith('\n') ? content : content + '\n', { mode: 0o600 });
            return file;
        },
        remove() {
            if (dir)
                rmSync(dir, { recursive: true, force: true });
        },
    };
}
/**
 * Removes the directories a main step recorded. Only pgmi's own temp directories are touched:
 * the state is ours, but a path that does not look like one is left alone rather than trusted.
 */
function removeRecordedDirs(state) {
    let dirs;
    try {
        dirs = JSON.parse(state || '[]');
    }
    catch {
        return [];
    }
    if (!Array.isArray(dirs))
        return [];
    const removed = [];
    for (const d of dirs) {
        if (typeof d !== 'string' || !external_node_path_default().isAbsolute(d) || !external_node_path_default().basename(d).startsWith(PREFIX)) {
            continue;
        }
        if ((0,external_node_fs_namespaceObject.existsSync)(d)) {
            (0,external_node_fs_namespaceObject.rmSync)(d, { recursive: true, force: true });
            removed.push(d);
        }
    }
    return removed;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/action/workflow.ts
/**
 * The runner's interface, as @actions/core speaks it: inputs from `INPUT_*`, workflow commands
 * on stdout (`::add-mask::`, `::group::`, `::error file=…,line=…::`), outputs and state through
 * the `GITHUB_OUTPUT` / `GITHUB_STATE` files with a random heredoc delimiter, and the job summary
 * appended to `GITHUB_STEP_SUMMARY`. Same names, escaping and formats as the toolkit
 * (`packages/core/src/command.ts`, `file-command.ts`, `utils.ts`, `summary.ts`); a test holds the
 * two byte for byte.
 *
 * Hand-written because @actions/core imports its OIDC client at load time, and with it
 * @actions/http-client and undici: about 1 MB of bundle that the Action would parse and evaluate
 * before its first connection attempt, for a feature (`getIDToken`) it never uses. That was half
 * of the 300 ms start budget.
 */



let toolkit;
/** Routes every call of this module to `t` (undefined: back to the runner's own interface). */
function useToolkit(t) {
    toolkit = t;
}
/**
 * For the `run()` entries: the host's @actions/core when it can be loaded (under
 * @github/local-action, its stand-in), else nothing changes. Not followed by the bundler: the
 * bundles' own entries never call this, and the Action ships without @actions/core.
 */
async function useHostToolkit() {
    try {
        const core = (await import(/* webpackIgnore: true */ '@actions/core'));
        if (typeof core.setSecret === 'function')
            useToolkit(core);
    }
    catch {
        // No @actions/core where the host runs us from: the runner's files and commands it is.
    }
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,…::message`, properties in the order given, empty ones left out. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}
/** toolkit `toCommandProperties`: the runner's property names, in its order. */
function annotationProperties(p) {
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
}
function issueFileCommand(variable, key, value) {
    const file = process.env[variable];
    if (!existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    // A fresh random delimiter per record; a name or value holding it could forge records.
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (key.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: name or value contains the delimiter "${delimiter}"`);
    }
    appendFileSync(file, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}
function getInput(name, options = {}) {
    if (toolkit)
        return toolkit.getInput(name, options);
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    return options.trimWhitespace === false ? value : value.trim();
}
function setSecret(secret) {
    if (toolkit)
        return toolkit.setSecret(secret);
    issueCommand('add-mask', {}, secret);
}
function info(message) {
    if (toolkit)
        return toolkit.info(message);
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function startGroup(name) {
    if (toolkit)
        return toolkit.startGroup(name);
    issueCommand('group', {}, name);
}
function endGroup() {
    if (toolkit)
        return toolkit.endGroup();
    issueCommand('endgroup', {}, '');
}
function error(message, properties = {}) {
    if (toolkit)
        return toolkit.error(message, properties);
    issueCommand('error', annotationProperties(properties), message);
}
function warning(message, properties = {}) {
    if (toolkit)
        return toolkit.warning(message, properties);
    issueCommand('warning', annotationProperties(properties), message);
}
function notice(message, properties = {}) {
    if (toolkit)
        return toolkit.notice(message, properties);
    issueCommand('notice', annotationProperties(properties), message);
}
function setOutput(name, value) {
    if (toolkit)
        return toolkit.setOutput(name, value);
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('GITHUB_OUTPUT', name, value);
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
}
function saveState(name, value) {
    if (toolkit)
        return toolkit.saveState(name, value);
    if (process.env.GITHUB_STATE)
        return issueFileCommand('GITHUB_STATE', name, value);
    issueCommand('save-state', { name }, value);
}
function getState(name) {
    if (toolkit)
        return toolkit.getState(name);
    return process.env[`STATE_${name}`] || '';
}
/**
 * Whether a job summary can go anywhere: the runner's summary file, or, for a host's toolkit
 * without one (a local run), the log.
 */
function summaryAvailable() {
    return !!process.env.GITHUB_STEP_SUMMARY || !!toolkit;
}
/**
 * `core.summary.addRaw(markdown, true).write()`: appends to the step's summary file. Under a host's
 * toolkit without a summary file, the summary is printed in a "Job summary" group instead, so a
 * local run shows it.
 */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (toolkit && !file) {
        toolkit.startGroup('Job summary');
        for (const line of markdown.split('\n'))
            toolkit.info(line);
        toolkit.endGroup();
        return;
    }
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        accessSync(file, constants.R_OK | constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    appendFileSync(file, markdown + EOL, 'utf8');
}

;// CONCATENATED MODULE: ./src/action/post.ts
/**
 * The Action's post step: removes the temporary files the main step recorded in its state (inline
 * PEM certificates and keys), also when the main step was cancelled or killed before it could
 * remove them itself. `dist/action-post/index.js` runs it (post-index.ts); hosts that import this
 * module call `run()` (as @github/local-action does with `--post`).
 */


function cleanUp() {
    for (const dir of removeRecordedDirs(getState(STATE_TEMP_DIRS))) {
        info(`Removed ${dir}`);
    }
}
/** The entry for hosts that call `run()`: their @actions/core holds the main step's state. */
async function run() {
    await core.useHostToolkit();
    cleanUp();
}

;// CONCATENATED MODULE: ./src/action/post-index.ts
/** Entry point of the Action's post step (`dist/action-post/index.js`). */

cleanUp();

