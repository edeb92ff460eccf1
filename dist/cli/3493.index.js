export const id = 3493;
export const ids = [3493];
export const modules = {

/***/ 83493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   confirm: () => (/* reexport safe */ _inquirer_confirm__WEBPACK_IMPORTED_MODULE_0__.A)
/* harmony export */ });
/* harmony import */ var _inquirer_confirm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78668);












/***/ })

};
