import "../internal/base.css";
import "../button/button.css";
import "./progress.css";

export { ProgressBar, type ProgressBarProps } from "./ProgressBar.js";
export { WorkProgress, type WorkProgressProps, type WorkState } from "./WorkProgress.js";
