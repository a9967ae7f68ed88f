// Types of the virtual modules the kehoachSite Vite plugin provides. Apps add
// "@kehoach/site-kit/client" to their tsconfig "types".
declare module "virtual:kehoach/site" {
  import type { SiteInfo } from "@kehoach/site-kit";
  /** hubUrl: the province hub the site was built with (HUB_URL), or undefined: local-first only. */
  export const site: SiteInfo & { logoUrl: string | undefined; hubUrl: string | undefined };
  export default site;
}
declare module "virtual:kehoach/theme.css";
