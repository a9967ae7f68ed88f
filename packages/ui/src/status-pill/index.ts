import "../internal/base.css";
import "./status-pill.css";

export { TASK_STATUSES, type TaskStatus } from "../messages/status.js";
export { StatusPill, type StatusPillProps } from "./StatusPill.js";
