import "../internal/base.css";
import "./alert.css";

export { Alert, type AlertProps, type AlertTone } from "./Alert.js";
