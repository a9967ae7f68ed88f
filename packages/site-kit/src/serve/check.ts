import type { SiteRecord } from "../site/assemble.js";

// `pnpm start --check`: the README's run command, proven. Once the site is served, every page a
// person opens first (the landing page, each app, the sample plan's address) is fetched as a
// browser would, and so is every script, style sheet, icon and manifest those pages name, with
// the security headers of deploy/nginx.conf. A broken build, a missing asset or a server that
// cannot start fails the check, in Vietnamese, with the address that failed.

export interface CheckedPage {
  /** What a person would call it: "trang đầu", "plan-builder", "kế hoạch mẫu". */
  label: string;
  url: string;
  assets: number;
}

export interface SiteCheck {
  pages: CheckedPage[];
  problems: string[];
}

const ASSET = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"[^>]*>/giu;

/** The pages to open: "/", each app, and the sample plan (a hash route inside the plan builder). */
export function pagesOf(record: SiteRecord, origin: string): { label: string; url: string }[] {
  const base = `${origin}${record.basePath}`;
  return [
    { label: "trang đầu", url: base },
    ...record.apps.map((app) => ({ label: app, url: `${base}${app}/` })),
    ...(record.apps.includes("plan-builder")
      ? [{ label: "kế hoạch mẫu", url: `${base}plan-builder/#/mau` }]
      : []),
  ];
}

async function fetchChecked(url: string, problems: string[], what: string): Promise<Response | undefined> {
  try {
    const response = await fetch(url, { redirect: "follow" });
    if (!response.ok) {
      problems.push(`${what} ${url}: máy chủ trả mã ${response.status}.`);
      return undefined;
    }
    return response;
  } catch (error) {
    problems.push(
      `${what} ${url}: không kết nối được (${error instanceof Error ? error.message : String(error)}).`,
    );
    return undefined;
  }
}

/** Fetches each page and each asset it names; never throws. */
export async function checkSite(record: SiteRecord, origin: string): Promise<SiteCheck> {
  const problems: string[] = [];
  const pages: CheckedPage[] = [];
  const seen = new Set<string>();
  for (const page of pagesOf(record, origin)) {
    const response = await fetchChecked(page.url, problems, `Trang ${page.label}`);
    if (!response) continue;
    const type = response.headers.get("content-type") ?? "";
    if (!type.startsWith("text/html"))
      problems.push(`Trang ${page.label} ${page.url}: không phải HTML (${type}).`);
    if (!response.headers.get("content-security-policy")) {
      problems.push(
        `Trang ${page.label} ${page.url}: thiếu tiêu đề Content-Security-Policy của deploy/nginx.conf.`,
      );
    }
    const html = await response.text();
    if (!/<div id="root"|<main|<body/iu.test(html)) {
      problems.push(`Trang ${page.label} ${page.url}: nội dung trang rỗng.`);
    }
    let assets = 0;
    for (const match of html.matchAll(ASSET)) {
      const href = match[1]!;
      if (/^(data:|https?:|mailto:|#)/iu.test(href) && !href.startsWith(origin)) continue;
      const url = new URL(href, response.url).href;
      assets++;
      if (seen.has(url)) continue;
      seen.add(url);
      const asset = await fetchChecked(url, problems, `Tệp của trang ${page.label}`);
      if (!asset) continue;
      // An app's deep-link rule answers an unknown path with the app's page: a missing script
      // then comes back as HTML, which the browser refuses to run.
      const assetType = asset.headers.get("content-type") ?? "";
      if (!/\.html?$/u.test(new URL(url).pathname) && assetType.startsWith("text/html")) {
        problems.push(
          `Tệp của trang ${page.label} ${url}: không có trong bản dựng (máy chủ trả trang HTML thay thế).`,
        );
      } else if ((await asset.arrayBuffer()).byteLength === 0) {
        problems.push(`Tệp của trang ${page.label} ${url}: tệp rỗng.`);
      }
    }
    if (assets === 0) problems.push(`Trang ${page.label} ${page.url}: không nạp tệp mã nào; bản dựng hỏng.`);
    pages.push({ ...page, assets });
  }
  return { pages, problems };
}
