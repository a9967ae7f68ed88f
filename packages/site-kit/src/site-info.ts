import type { Locality } from "@kehoach/plan-model";

/** What every app page needs to know about the site it belongs to; serialisable into the bundle. */
export interface SiteInfo {
  slug: string;
  /** "Xã Kim Liên" — for the header. */
  shortName: string;
  /** "Ủy ban nhân dân xã Kim Liên, tỉnh Nghệ An" — for the official-site banner. */
  officialName: string;
  /** Where the site is deployed, ending in "/": "/" or "/kehoach/". */
  basePath: string;
  /** The app's folder in the site ("plan-builder"), "" for the landing page. */
  app: string;
  themeClass: string;
  locality: Locality;
  /** The site's apps, for the shell's navigation (the landing page is not among them). */
  apps: SiteAppLink[];
}

/** An app of the site as its navigation links it. */
export interface SiteAppLink {
  /** Its folder: "plan-builder". */
  id: string;
  /** Its address under the base path: "/kehoach/plan-builder/". */
  href: string;
  /** Its name in Vietnamese ("Soạn kế hoạch") and in English, from its package.json. */
  title: string;
  titleEn: string;
  /** What it is for, in one sentence, in both languages (the landing page shows it). */
  summary: string;
  summaryEn: string;
}

/** The apps in the order of the work: write the plan, share it out, report; others after them. */
const WORKFLOW = ["plan-builder", "matrix-viewer", "report-generator"];

export function workflowRank(sitePath: string): number {
  const rank = WORKFLOW.indexOf(sitePath);
  return rank === -1 ? WORKFLOW.length : rank;
}

export function siteInfo(
  locality: Locality,
  basePath: string,
  app: string,
  themeClass: string,
  apps: SiteAppLink[] = [],
): SiteInfo {
  const [head = locality.name, ...rest] = locality.name.split(",");
  const shortName = head.trim();
  const committee = locality.agencies.find((a) => a.kind === "ubnd" && a.unitId === locality.unitId);
  const officialName = committee ? [committee.name, ...rest.map((r) => r.trim())].join(", ") : locality.name;
  return { slug: locality.slug, shortName, officialName, basePath, app, themeClass, locality, apps };
}

/** "/", "/kehoach/" from whatever BASE_PATH holds ("kehoach", "/kehoach", "/kehoach/"). */
export function normaliseBasePath(value: string | undefined): string {
  const trimmed = (value ?? "/").trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}
