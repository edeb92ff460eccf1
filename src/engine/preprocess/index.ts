export { maskSql } from './mask';
export { findMacros, expandMacros, type MacroCall } from './macros';
export { validateCallbackName } from './callback-name';
export { checkPosixPattern } from './pattern-check';
export { splitUnits, transactionEffect, type ExecutionUnit } from './split';
export {
  locateInText,
  locateOffset,
  locateUnitError,
  offsetOfPosition,
  type TextLocation,
} from './locate';
export { locateInProjectFiles, type ProjectFileLocation } from './locate-files';
