// @kehoach/site-kit/browser/shell: the frame of every page of the site (React). The side-effect
// import "@kehoach/site-kit/browser" stays first in each page's entry; this module only renders.
export { SiteData, type SiteDataProps } from "./SiteData.js";
export { SiteShell, type SiteShellProps, useShellText } from "./SiteShell.js";
export { SHELL_TEXT, type ShellText } from "./text.js";
