import site from "virtual:kehoach/site";
import { localityContext } from "@kehoach/plan-model/editing";

/** The locality the site was built for, with its directory, ready for the editor. */
export const siteLocality = localityContext(site.locality);
