export { checkFiles, type FileCheck, type FileLimits, type FileRefusal, formatBytes } from "./check-files.js";
export { FileDrop, type FileDropProps } from "./FileDrop.js";
