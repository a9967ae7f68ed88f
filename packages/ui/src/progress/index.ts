export { ProgressBar, type ProgressBarProps } from "./ProgressBar.js";
export { WorkProgress, type WorkProgressProps, type WorkState } from "./WorkProgress.js";
