import { SiteShell, type SiteShellProps, useShellText } from "@kehoach/site-kit/browser/shell";
import { Vi } from "@kehoach/ui/messages";
import { useEffect } from "react";

/** The meta tag the site's assembly adds when Storybook is part of the site. */
const STORYBOOK_META = "kehoach-storybook";

export function Landing({ site }: { site: SiteShellProps["site"] }) {
  const { lang, text } = useShellText();
  useEffect(() => {
    document.title = `Kế hoạch Kit · ${site.shortName}`;
  }, [site.shortName]);
  const storybook = document.querySelector<HTMLMetaElement>(`meta[name="${STORYBOOK_META}"]`)?.content;
  const links = [
    ...site.apps.map((app) => ({
      href: app.href,
      title: lang === "en" ? app.titleEn : app.title,
      summary: lang === "en" ? app.summaryEn : app.summary,
    })),
    ...(storybook
      ? [
          {
            href: `${site.basePath}${storybook}`,
            title: text.landing.storybook,
            summary: text.landing.storybookSummary,
          },
        ]
      : []),
  ];
  return (
    <SiteShell site={site}>
      <div className="landing">
        <h1>
          <Vi>Kế hoạch Kit</Vi> <Vi>{site.shortName}</Vi>
        </h1>
        <p>{text.landing.intro}</p>
        <h2>{text.landing.appsHeading}</h2>
        <ul className="landing-apps">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>
                {link.title}
                {link.summary ? <span>{link.summary}</span> : null}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </SiteShell>
  );
}
