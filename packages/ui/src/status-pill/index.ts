export { TASK_STATUSES, type TaskStatus } from "../messages/status.js";
export { StatusPill, type StatusPillProps } from "./StatusPill.js";
