import "./empty-state.css";

export { EmptyState, type EmptyStateProps } from "./EmptyState.js";
