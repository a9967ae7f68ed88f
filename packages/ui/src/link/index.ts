import "../internal/base.css";
import "./link.css";

export { Link, type LinkProps } from "./Link.js";
