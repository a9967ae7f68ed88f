export { type LoadedLocality, LocalityError, listLocalities, loadLocality } from "./locality-files.js";
export { normaliseBasePath, type SiteAppLink, type SiteInfo, siteInfo } from "./site-info.js";
