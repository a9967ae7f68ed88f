// The token contract: which custom properties exist, which a theme must set, and the defaults of
// the rest. Components read only the semantic and component layers; the brand layer (a locality's
// raw palette) exists only in theme data. Every name here is emitted as `--kh-<name>`.

export const TOKEN_PREFIX = "--kh-";

/** Semantic colours every theme must set: no default, because a wrong default would pass unnoticed. */
export const REQUIRED_COLOR_TOKENS = [
  "color-text",
  "color-text-muted",
  "color-background",
  "color-surface",
  "color-surface-muted",
  "color-border",
  "color-border-strong",
  "color-action",
  "color-action-hover",
  "color-action-text",
  "color-action-subtle",
  "color-link",
  "color-link-visited",
  "color-focus",
  "color-focus-text",
  "color-danger",
  "color-danger-hover",
  "color-danger-text",
  "color-error-text",
  "color-info-surface",
  "color-info-text",
  "color-success-surface",
  "color-success-text",
  "color-warning-surface",
  "color-warning-text",
  "color-error-surface",
  "color-selected-background",
  "color-selected-text",
  "color-header-background",
  "color-header-text",
  "color-banner-background",
  "color-banner-text",
  "color-status-done-on-time-background",
  "color-status-done-on-time-text",
  "color-status-done-late-background",
  "color-status-done-late-text",
  "color-status-in-progress-background",
  "color-status-in-progress-text",
  "color-status-overdue-background",
  "color-status-overdue-text",
  "color-status-not-started-background",
  "color-status-not-started-text",
] as const;

export type RequiredColorToken = (typeof REQUIRED_COLOR_TOKENS)[number];

/** Semantic tokens with a default that a theme may override (type, space, shape, motion). */
export const SEMANTIC_DEFAULTS = {
  "font-family-body": '"Be Vietnam Pro", "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif',
  "font-family-heading": '"Be Vietnam Pro", "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif',
  "font-family-document": 'Tinos, "Times New Roman", Times, serif',
  "font-family-mono": 'ui-monospace, "DejaVu Sans Mono", Consolas, monospace',
  "font-size-sm": "0.875rem",
  "font-size-md": "1rem",
  "font-size-lg": "1.125rem",
  "font-size-xl": "1.375rem",
  "font-size-2xl": "1.75rem",
  "font-weight-regular": "400",
  "font-weight-bold": "700",
  "line-height-body": "1.5",
  "line-height-heading": "1.25",
  "space-1": "0.25rem",
  "space-2": "0.5rem",
  "space-3": "0.75rem",
  "space-4": "1rem",
  "space-5": "1.5rem",
  "space-6": "2rem",
  "space-7": "3rem",
  "space-8": "4rem",
  "radius-sm": "2px",
  "radius-md": "4px",
  "radius-lg": "8px",
  "radius-pill": "999px",
  "border-width": "1px",
  "border-width-strong": "2px",
  "focus-width": "3px",
  "control-min-block-size": "2.75rem",
  "shadow-overlay": "0 8px 24px rgb(0 0 0 / 0.25)",
  /** A sheet of paper (a PDF page in a preview) is white whatever the theme, as it prints. */
  "color-paper": "#ffffff",
  /** The shadow that lifts a page of a document off the page behind it. */
  "shadow-page": "0 1px 4px rgb(0 0 0 / 0.25)",
  /** Text selected in a document's text layer, see-through over the page's drawing. */
  "color-text-selection": "rgb(0 0 255 / 0.25)",
  "color-overlay": "rgb(0 0 0 / 0.5)",
  /** The shade along an edge of a scrolling area beyond which more lies hidden. */
  "color-scroll-shade": "rgb(0 0 0 / 0.22)",
  "duration-fast": "120ms",
} as const;

export type SemanticDefaultToken = keyof typeof SEMANTIC_DEFAULTS;
export type SemanticToken = RequiredColorToken | SemanticDefaultToken;

/**
 * Component tokens: defaults point at semantic tokens, so a theme recolours components without
 * naming them; a theme may still override one (and the contrast check then reads the override).
 */
export const COMPONENT_DEFAULTS = {
  "button-primary-background": "{color-action}",
  "button-primary-background-hover": "{color-action-hover}",
  "button-primary-text": "{color-action-text}",
  "button-secondary-background": "{color-surface}",
  "button-secondary-background-hover": "{color-action-subtle}",
  "button-secondary-text": "{color-action}",
  "button-secondary-border": "{color-action}",
  "button-danger-background": "{color-danger}",
  "button-danger-background-hover": "{color-danger-hover}",
  "button-danger-text": "{color-danger-text}",
  "button-ghost-text": "{color-action}",
  "button-ghost-background-hover": "{color-action-subtle}",
  "button-radius": "{radius-md}",
  "button-font-weight": "{font-weight-bold}",
  "button-min-block-size": "{control-min-block-size}",
  "button-padding-inline": "{space-4}",
  "dialog-background": "{color-surface}",
  "dialog-text": "{color-text}",
  "dialog-padding": "{space-5}",
  "dialog-max-inline-size": "36rem",
  "dialog-radius": "{radius-lg}",
  "field-background": "{color-surface}",
  "field-text": "{color-text}",
  "field-border": "{color-border-strong}",
  "field-radius": "{radius-sm}",
  "header-background": "{color-header-background}",
  "header-text": "{color-header-text}",
  "banner-background": "{color-banner-background}",
  "banner-text": "{color-banner-text}",
  "table-header-background": "{color-surface-muted}",
  "table-header-text": "{color-text}",
  "table-row-selected-background": "{color-selected-background}",
  "table-row-selected-text": "{color-selected-text}",
} as const;

export type ComponentToken = keyof typeof COMPONENT_DEFAULTS;

/**
 * Pairs that must read at WCAG AA: text on its background at 4.5:1, non-text parts (focus ring,
 * control borders) at 3:1. The contrast test runs every pair against every theme.
 */
export interface ContrastPair {
  foreground: SemanticToken | ComponentToken;
  background: SemanticToken | ComponentToken;
  minimum: 4.5 | 3;
}

const text = (
  foreground: ContrastPair["foreground"],
  background: ContrastPair["background"],
): ContrastPair => ({
  foreground,
  background,
  minimum: 4.5,
});
const nonText = (
  foreground: ContrastPair["foreground"],
  background: ContrastPair["background"],
): ContrastPair => ({ foreground, background, minimum: 3 });

export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  text("color-text", "color-background"),
  text("color-text", "color-surface"),
  text("color-text", "color-surface-muted"),
  text("color-text", "color-action-subtle"),
  text("color-text-muted", "color-background"),
  text("color-text-muted", "color-surface"),
  text("color-text-muted", "color-surface-muted"),
  text("color-link", "color-background"),
  text("color-link", "color-surface"),
  text("color-link-visited", "color-background"),
  text("color-link-visited", "color-surface"),
  text("color-action", "color-surface"),
  text("color-action", "color-action-subtle"),
  text("color-action-text", "color-action"),
  text("color-action-text", "color-action-hover"),
  text("color-danger-text", "color-danger"),
  text("color-danger-text", "color-danger-hover"),
  text("color-error-text", "color-background"),
  text("color-error-text", "color-surface"),
  text("color-error-text", "color-error-surface"),
  text("color-focus-text", "color-focus"),
  text("color-info-text", "color-info-surface"),
  text("color-success-text", "color-success-surface"),
  text("color-warning-text", "color-warning-surface"),
  text("color-selected-text", "color-selected-background"),
  text("color-header-text", "color-header-background"),
  text("color-banner-text", "color-banner-background"),
  text("color-status-done-on-time-text", "color-status-done-on-time-background"),
  text("color-status-done-late-text", "color-status-done-late-background"),
  text("color-status-in-progress-text", "color-status-in-progress-background"),
  text("color-status-overdue-text", "color-status-overdue-background"),
  text("color-status-not-started-text", "color-status-not-started-background"),
  text("button-primary-text", "button-primary-background"),
  text("button-primary-text", "button-primary-background-hover"),
  text("button-secondary-text", "button-secondary-background"),
  text("button-secondary-text", "button-secondary-background-hover"),
  text("button-danger-text", "button-danger-background"),
  text("button-danger-text", "button-danger-background-hover"),
  text("button-ghost-text", "color-background"),
  text("button-ghost-text", "button-ghost-background-hover"),
  text("dialog-text", "dialog-background"),
  text("field-text", "field-background"),
  text("header-text", "header-background"),
  text("banner-text", "banner-background"),
  text("table-header-text", "table-header-background"),
  text("table-row-selected-text", "table-row-selected-background"),
  nonText("color-border-strong", "color-background"),
  nonText("color-border-strong", "color-surface"),
  nonText("field-border", "field-background"),
];

/**
 * The focus ring has two colours (color-focus outside color-focus-text), so it shows on light and
 * dark surfaces alike (WCAG technique C40): on each of these, at least one of the two must reach 3:1.
 */
export const FOCUS_RING_BACKGROUNDS: readonly (SemanticToken | ComponentToken)[] = [
  "color-background",
  "color-surface",
  "color-surface-muted",
  "color-header-background",
  "color-banner-background",
  "color-action",
  "color-selected-background",
];
