export const id = 5915;
export const ids = [5915];
export const modules = {

/***/ 28992:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24826);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53625);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41348);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60129);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33767);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80348);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82068);

const inputTheme = {
    validationFailureMode: 'keep',
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_0__/* .createPrompt */ .H)((config, done) => {
    const { prefill = 'tab' } = config;
    const theme = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_1__/* .makeTheme */ .k)(inputTheme, config.theme);
    const [status, setStatus] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .useState */ .J)('idle');
    // Coerce to string to handle runtime values that may be numbers despite TypeScript types
    // oxlint-disable-next-line typescript/no-unnecessary-type-conversion
    const [defaultValue, setDefaultValue] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .useState */ .J)(String(config.default ?? ''));
    const [errorMsg, setError] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .useState */ .J)();
    const [value, setValue] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .useState */ .J)('');
    const prefix = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_3__/* .usePrefix */ .M)({ status, theme });
    async function validate(value) {
        const { required, pattern, patternError = 'Invalid input' } = config;
        if (required && !value) {
            return 'You must provide a value';
        }
        if (pattern && !pattern.test(value)) {
            return patternError;
        }
        if (typeof config.validate === 'function') {
            return (await config.validate(value)) || 'You must provide a valid value';
        }
        return true;
    }
    (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_4__/* .useKeypress */ .o)(async (key, rl) => {
        // Ignore keypress while our prompt is doing other processing.
        if (status !== 'idle') {
            return;
        }
        if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .isEnterKey */ .Ci)(key)) {
            const answer = value || defaultValue;
            setStatus('loading');
            const isValid = await validate(answer);
            if (isValid === true) {
                setValue(answer);
                setStatus('done');
                done(answer);
            }
            else {
                if (theme.validationFailureMode === 'clear') {
                    setValue('');
                }
                else {
                    // Reset the readline line value to the previous value. On line event, the value
                    // get cleared, forcing the user to re-enter the value instead of fixing it.
                    rl.write(value);
                }
                setError(isValid);
                setStatus('idle');
            }
        }
        else if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .isBackspaceKey */ .fQ)(key) && !value) {
            setDefaultValue('');
        }
        else if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .isTabKey */ .vY)(key) && !value) {
            setDefaultValue('');
            rl.clearLine(0); // Remove the tab character.
            rl.write(defaultValue);
            setValue(defaultValue);
        }
        else {
            setValue(rl.line);
            setError(undefined);
        }
    });
    // If prefill is set to 'editable' cut out the default value and paste into current state and the user's cli buffer
    // They can edit the value immediately instead of needing to press 'tab'
    (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_6__/* .useEffect */ .v)((rl) => {
        if (prefill === 'editable' && defaultValue) {
            rl.write(defaultValue);
            setValue(defaultValue);
        }
    }, []);
    const message = theme.style.message(config.message, status);
    let formattedValue = value;
    if (typeof config.transformer === 'function') {
        formattedValue = config.transformer(value, { isFinal: status === 'done' });
    }
    else if (status === 'done') {
        formattedValue = theme.style.answer(value);
    }
    let defaultStr;
    if (defaultValue && status !== 'done' && !value) {
        defaultStr = theme.style.defaultAnswer(defaultValue);
    }
    let error = '';
    if (errorMsg) {
        error = theme.style.error(errorMsg);
    }
    return [
        [prefix, message, defaultStr, formattedValue]
            .filter((v) => v !== undefined)
            .join(' '),
        error,
    ];
}));


/***/ }),

/***/ 43013:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24826);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53625);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41348);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60129);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33767);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(80348);
/* harmony import */ var _inquirer_ansi__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(49375);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);



const passwordTheme = {
    style: {
        maskedText: '[input is masked]',
        keysHelpTip: (keys) => keys
            .map(([key, action]) => `${(0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('bold', key)} ${(0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('dim', action)}`)
            .join((0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('dim', ' • ')),
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_1__/* .createPrompt */ .H)((config, done) => {
    const { toggleMask = true, validate = () => true } = config;
    const theme = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .makeTheme */ .k)(passwordTheme, config.theme);
    const [status, setStatus] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_3__/* .useState */ .J)('idle');
    const [errorMsg, setError] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_3__/* .useState */ .J)();
    const [value, setValue] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_3__/* .useState */ .J)('');
    const [revealed, setRevealed] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_3__/* .useState */ .J)(false);
    const prefix = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_4__/* .usePrefix */ .M)({ status, theme });
    (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .useKeypress */ .o)(async (key, rl) => {
        // Ignore keypress while our prompt is doing other processing.
        if (status !== 'idle') {
            return;
        }
        if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_6__/* .isEnterKey */ .Ci)(key)) {
            const answer = value;
            setStatus('loading');
            const isValid = await validate(answer);
            if (isValid === true) {
                setValue(answer);
                setStatus('done');
                done(answer);
            }
            else {
                // Reset the readline line value to the previous value. On line event, the value
                // get cleared, forcing the user to re-enter the value instead of fixing it.
                rl.write(value);
                setError(isValid || 'You must provide a valid value');
                setStatus('idle');
            }
        }
        else if (toggleMask && key.ctrl && key.name === 't') {
            setRevealed((prev) => !prev);
        }
        else {
            setValue(rl.line);
            setError(undefined);
        }
    });
    const message = theme.style.message(config.message, status);
    const showPlaintext = toggleMask && revealed && status === 'idle';
    let formattedValue = '';
    if (showPlaintext) {
        formattedValue = value;
    }
    else if (config.mask) {
        const maskChar = typeof config.mask === 'string' ? config.mask : '*';
        formattedValue = maskChar.repeat(value.length);
    }
    else if (status !== 'done') {
        formattedValue = theme.style.help(theme.style.maskedText);
    }
    if (status === 'done') {
        formattedValue = theme.style.answer(formattedValue);
    }
    else if (!config.mask) {
        formattedValue += _inquirer_ansi__WEBPACK_IMPORTED_MODULE_7__/* .cursorHide */ .$m;
    }
    const content = [prefix, message, formattedValue].join(' ');
    const bottomContent = [
        errorMsg ? theme.style.error(errorMsg) : '',
        toggleMask && status === 'idle'
            ? theme.style.keysHelpTip([['ctrl+t', 'toggle visibility']])
            : '',
    ]
        .filter(Boolean)
        .join('\n');
    return [content, bottomContent];
}));


/***/ }),

/***/ 29692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ select_dist)
});

// UNUSED EXPORTS: Separator

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/@inquirer/figures/dist/index.js
var dist = __webpack_require__(27395);
;// CONCATENATED MODULE: ./node_modules/@inquirer/core/dist/lib/Separator.js


/**
 * Separator object
 * Used to space/separate choices group
 */
class Separator {
    separator = (0,external_node_util_.styleText)('dim', Array.from({ length: 15 }).join(dist/* default */.Ay.line));
    type = 'separator';
    constructor(separator) {
        if (separator) {
            this.separator = separator;
        }
    }
    static isSeparator(choice) {
        return Boolean(choice &&
            typeof choice === 'object' &&
            'type' in choice &&
            choice.type === 'separator');
    }
}

// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/create-prompt.js + 4 modules
var create_prompt = __webpack_require__(24826);
// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/make-theme.js + 1 modules
var make_theme = __webpack_require__(53625);
// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/use-state.js
var use_state = __webpack_require__(41348);
// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/use-prefix.js
var use_prefix = __webpack_require__(60129);
// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/use-ref.js
var use_ref = __webpack_require__(99480);
// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/hook-engine.js
var hook_engine = __webpack_require__(97827);
;// CONCATENATED MODULE: ./node_modules/@inquirer/core/dist/lib/use-memo.js

function useMemo(fn, dependencies) {
    return (0,hook_engine/* withPointer */.Uw)((pointer) => {
        const prev = pointer.get();
        if (!pointer.initialized ||
            prev.dependencies.length !== dependencies.length ||
            prev.dependencies.some((dep, i) => dep !== dependencies[i])) {
            const value = fn();
            pointer.set({ value, dependencies });
            return value;
        }
        return prev.value;
    });
}

// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/errors.js
var errors = __webpack_require__(25836);
// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/use-keypress.js
var use_keypress = __webpack_require__(33767);
// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/key.js
var lib_key = __webpack_require__(80348);
// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/use-effect.js
var use_effect = __webpack_require__(82068);
// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/utils.js + 4 modules
var utils = __webpack_require__(57561);
;// CONCATENATED MODULE: ./node_modules/@inquirer/core/dist/lib/pagination/use-pagination.js


function usePointerPosition({ active, renderedItems, pageSize, loop, }) {
    const state = (0,use_ref/* useRef */.l)({
        lastPointer: active,
        lastActive: undefined,
    });
    const { lastPointer, lastActive } = state.current;
    const middle = Math.floor(pageSize / 2);
    const renderedLength = renderedItems.reduce((acc, item) => acc + item.length, 0);
    const defaultPointerPosition = renderedItems
        .slice(0, active)
        .reduce((acc, item) => acc + item.length, 0);
    let pointer = defaultPointerPosition;
    if (renderedLength > pageSize) {
        if (loop) {
            /**
             * Creates the next position for the pointer considering an infinitely
             * looping list of items to be rendered on the page.
             *
             * The goal is to progressively move the cursor to the middle position as the user move down, and then keep
             * the cursor there. When the user move up, maintain the cursor position.
             */
            // By default, keep the cursor position as-is.
            pointer = lastPointer;
            if (
            // First render, skip this logic.
            lastActive != null &&
                // Only move the pointer down when the user moves down.
                lastActive < active &&
                // Check user didn't move up across page boundary.
                active - lastActive < pageSize) {
                pointer = Math.min(
                // Furthest allowed position for the pointer is the middle of the list
                middle, Math.abs(active - lastActive) === 1
                    ? Math.min(
                    // Move the pointer at most the height of the last active item.
                    lastPointer + (renderedItems[lastActive]?.length ?? 0), 
                    // If the user moved by one item, move the pointer to the natural position of the active item as
                    // long as it doesn't move the cursor up.
                    Math.max(defaultPointerPosition, lastPointer))
                    : // Otherwise, move the pointer down by the difference between the active and last active item.
                        lastPointer + active - lastActive);
            }
        }
        else {
            /**
             * Creates the next position for the pointer considering a finite list of
             * items to be rendered on a page.
             *
             * The goal is to keep the pointer in the middle of the page whenever possible, until
             * we reach the bounds of the list (top or bottom). In which case, the cursor moves progressively
             * to the bottom or top of the list.
             */
            const spaceUnderActive = renderedItems
                .slice(active)
                .reduce((acc, item) => acc + item.length, 0);
            pointer =
                spaceUnderActive < pageSize - middle
                    ? // If the active item is near the end of the list, progressively move the cursor towards the end.
                        pageSize - spaceUnderActive
                    : // Otherwise, progressively move the pointer to the middle of the list.
                        Math.min(defaultPointerPosition, middle);
        }
    }
    // Save state for the next render
    state.current.lastPointer = pointer;
    state.current.lastActive = active;
    return pointer;
}
function usePagination({ items, active, renderItem, pageSize, loop = true, }) {
    const width = (0,utils/* readlineWidth */.L)();
    const bound = (num) => ((num % items.length) + items.length) % items.length;
    const renderedItems = items.map((item, index) => {
        if (item == null)
            return [];
        return (0,utils/* breakLines */.b)(renderItem({ item, index, isActive: index === active }), width).split('\n');
    });
    const renderedLength = renderedItems.reduce((acc, item) => acc + item.length, 0);
    const renderItemAtIndex = (index) => renderedItems[index] ?? [];
    const pointer = usePointerPosition({ active, renderedItems, pageSize, loop });
    // Render the active item to decide the position.
    // If the active item fits under the pointer, we render it there.
    // Otherwise, we need to render it to fit at the bottom of the page; moving the pointer up.
    const activeItem = renderItemAtIndex(active).slice(0, pageSize);
    const activeItemPosition = pointer + activeItem.length <= pageSize ? pointer : pageSize - activeItem.length;
    // Create an array of lines for the page, and add the lines of the active item into the page
    const pageBuffer = Array.from({ length: pageSize });
    pageBuffer.splice(activeItemPosition, activeItem.length, ...activeItem);
    // Store to prevent rendering the same item twice
    const itemVisited = new Set([active]);
    // Fill the page under the active item
    let bufferPointer = activeItemPosition + activeItem.length;
    let itemPointer = bound(active + 1);
    while (bufferPointer < pageSize &&
        !itemVisited.has(itemPointer) &&
        (loop && renderedLength > pageSize ? itemPointer !== active : itemPointer > active)) {
        const lines = renderItemAtIndex(itemPointer);
        const linesToAdd = lines.slice(0, pageSize - bufferPointer);
        pageBuffer.splice(bufferPointer, linesToAdd.length, ...linesToAdd);
        // Move pointers for next iteration
        itemVisited.add(itemPointer);
        bufferPointer += linesToAdd.length;
        itemPointer = bound(itemPointer + 1);
    }
    // Fill the page over the active item
    bufferPointer = activeItemPosition - 1;
    itemPointer = bound(active - 1);
    while (bufferPointer >= 0 &&
        !itemVisited.has(itemPointer) &&
        (loop && renderedLength > pageSize ? itemPointer !== active : itemPointer < active)) {
        const lines = renderItemAtIndex(itemPointer);
        const linesToAdd = lines.slice(Math.max(0, lines.length - bufferPointer - 1));
        pageBuffer.splice(bufferPointer - linesToAdd.length + 1, linesToAdd.length, ...linesToAdd);
        // Move pointers for next iteration
        itemVisited.add(itemPointer);
        bufferPointer -= linesToAdd.length;
        itemPointer = bound(itemPointer - 1);
    }
    return pageBuffer.filter((line) => typeof line === 'string').join('\n');
}

// EXTERNAL MODULE: ./node_modules/@inquirer/ansi/dist/index.js
var ansi_dist = __webpack_require__(49375);
;// CONCATENATED MODULE: ./node_modules/@inquirer/select/dist/index.js




const selectTheme = {
    icon: { cursor: dist/* default */.Ay.pointer },
    style: {
        disabled: (text) => (0,external_node_util_.styleText)('dim', text),
        description: (text) => (0,external_node_util_.styleText)('cyan', text),
        keysHelpTip: (keys) => keys
            .map(([key, action]) => `${(0,external_node_util_.styleText)('bold', key)} ${(0,external_node_util_.styleText)('dim', action)}`)
            .join((0,external_node_util_.styleText)('dim', ' • ')),
    },
    i18n: { disabledError: 'This option is disabled and cannot be selected.' },
    indexMode: 'hidden',
};
function isSelectable(item) {
    return !Separator.isSeparator(item) && !item.disabled;
}
function isNavigable(item) {
    return !Separator.isSeparator(item);
}
function normalizeChoices(choices) {
    return choices.map((choice) => {
        if (Separator.isSeparator(choice))
            return choice;
        if (typeof choice !== 'object' || choice === null || !('value' in choice)) {
            // It's a raw value (string, number, etc.)
            const name = String(choice);
            return {
                value: choice,
                name,
                short: name,
                disabled: false,
            };
        }
        const name = choice.name ?? String(choice.value);
        const normalizedChoice = {
            value: choice.value,
            name,
            short: choice.short ?? name,
            disabled: choice.disabled ?? false,
        };
        if (choice.description) {
            normalizedChoice.description = choice.description;
        }
        return normalizedChoice;
    });
}
/* harmony default export */ const select_dist = ((0,create_prompt/* createPrompt */.H)((config, done) => {
    const { loop = true, pageSize = 7 } = config;
    const theme = (0,make_theme/* makeTheme */.k)(selectTheme, config.theme);
    const { keybindings } = theme;
    const [status, setStatus] = (0,use_state/* useState */.J)('idle');
    const prefix = (0,use_prefix/* usePrefix */.M)({ status, theme });
    const searchTimeoutRef = (0,use_ref/* useRef */.l)();
    // Vim keybindings (j/k) conflict with typing those letters in search.
    const searchEnabled = !keybindings.includes('vim');
    const items = useMemo(() => normalizeChoices(config.choices), [config.choices]);
    const bounds = useMemo(() => {
        const first = items.findIndex(isNavigable);
        const last = items.findLastIndex(isNavigable);
        if (first === -1) {
            throw new errors/* ValidationError */.yI('[select prompt] No selectable choices. All choices are disabled.');
        }
        return { first, last };
    }, [items]);
    const defaultItemIndex = useMemo(() => {
        if (!('default' in config))
            return -1;
        return items.findIndex((item) => isSelectable(item) && item.value === config.default);
    }, [config.default, items]);
    const [active, setActive] = (0,use_state/* useState */.J)(defaultItemIndex === -1 ? bounds.first : defaultItemIndex);
    const selectedChoice = items[active];
    if (selectedChoice == null || Separator.isSeparator(selectedChoice)) {
        throw new Error('Active index does not point to a choice');
    }
    const [errorMsg, setError] = (0,use_state/* useState */.J)();
    (0,use_keypress/* useKeypress */.o)((key, rl) => {
        clearTimeout(searchTimeoutRef.current);
        if (errorMsg) {
            setError(undefined);
        }
        if ((0,lib_key/* isEnterKey */.Ci)(key)) {
            if (selectedChoice.disabled) {
                setError(theme.i18n.disabledError);
            }
            else {
                setStatus('done');
                done(selectedChoice.value);
            }
        }
        else if ((0,lib_key/* isUpKey */.$u)(key, keybindings) || (0,lib_key/* isDownKey */.gf)(key, keybindings)) {
            rl.clearLine(0);
            if (loop ||
                ((0,lib_key/* isUpKey */.$u)(key, keybindings) && active !== bounds.first) ||
                ((0,lib_key/* isDownKey */.gf)(key, keybindings) && active !== bounds.last)) {
                const offset = (0,lib_key/* isUpKey */.$u)(key, keybindings) ? -1 : 1;
                let next = active;
                do {
                    next = (next + offset + items.length) % items.length;
                } while (!isNavigable(items[next]));
                setActive(next);
            }
        }
        else if ((0,lib_key/* isNumberKey */.$0)(key) && !Number.isNaN(Number(rl.line))) {
            const selectedIndex = Number(rl.line) - 1;
            // Find the nth item (ignoring separators)
            let selectableIndex = -1;
            const position = items.findIndex((item) => {
                if (Separator.isSeparator(item))
                    return false;
                selectableIndex++;
                return selectableIndex === selectedIndex;
            });
            const item = items[position];
            if (item != null && isSelectable(item)) {
                setActive(position);
            }
            searchTimeoutRef.current = setTimeout(() => {
                rl.clearLine(0);
            }, 700);
        }
        else if ((0,lib_key/* isBackspaceKey */.fQ)(key)) {
            rl.clearLine(0);
        }
        else if (searchEnabled) {
            const searchTerm = rl.line.toLowerCase();
            const matchIndex = items.findIndex((item) => {
                if (Separator.isSeparator(item) || !isSelectable(item))
                    return false;
                return item.name.toLowerCase().startsWith(searchTerm);
            });
            if (matchIndex !== -1) {
                setActive(matchIndex);
            }
            searchTimeoutRef.current = setTimeout(() => {
                rl.clearLine(0);
            }, 700);
        }
    });
    (0,use_effect/* useEffect */.v)(() => () => {
        clearTimeout(searchTimeoutRef.current);
    }, []);
    const message = theme.style.message(config.message, status);
    const helpLine = theme.style.keysHelpTip([
        ['↑↓', 'navigate'],
        ['⏎', 'select'],
    ]);
    let separatorCount = 0;
    const page = usePagination({
        items,
        active,
        renderItem({ item, isActive, index }) {
            if (Separator.isSeparator(item)) {
                separatorCount++;
                return ` ${item.separator}`;
            }
            const cursor = isActive ? theme.icon.cursor : ' ';
            const indexLabel = theme.indexMode === 'number' ? `${index + 1 - separatorCount}. ` : '';
            if (item.disabled) {
                const disabledLabel = typeof item.disabled === 'string' ? item.disabled : '(disabled)';
                const disabledCursor = isActive ? theme.icon.cursor : '-';
                return theme.style.disabled(`${disabledCursor} ${indexLabel}${item.name} ${disabledLabel}`);
            }
            const color = isActive ? theme.style.highlight : (x) => x;
            return color(`${cursor} ${indexLabel}${item.name}`);
        },
        pageSize,
        loop,
    });
    if (status === 'done') {
        return [prefix, message, theme.style.answer(selectedChoice.short)]
            .filter(Boolean)
            .join(' ');
    }
    const { description } = selectedChoice;
    const lines = [
        [prefix, message].filter(Boolean).join(' '),
        page,
        ' ',
        description ? theme.style.description(description) : '',
        errorMsg ? theme.style.error(errorMsg) : '',
        helpLine,
    ]
        .filter(Boolean)
        .join('\n')
        .trimEnd();
    return `${lines}${ansi_dist/* cursorHide */.$m}`;
}));



/***/ })

};
