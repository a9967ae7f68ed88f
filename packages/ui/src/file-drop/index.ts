import "../internal/base.css";
import "./file-drop.css";

export { checkFiles, type FileCheck, type FileLimits, type FileRefusal, formatBytes } from "./check-files.js";
export { FileDrop, type FileDropProps } from "./FileDrop.js";
