export { STATUS_TONES, StatusPill, type StatusPillProps, type StatusTone } from "./StatusPill.js";
