import { AppShell, LanguageSwitch } from "@kehoach/ui/app-shell";
import { useAppLanguage } from "@kehoach/ui/messages";
import type { ReactNode } from "react";
import type { SiteInfo } from "../../site-info.js";
import { SiteData } from "./SiteData.js";
import { SHELL_TEXT, type ShellText } from "./text.js";

// The frame of every page of the site, landing page included: ui's AppShell filled in with what the
// site knows (the locality's names and emblem, its apps named in the chosen language), the one
// language switch, and the notice of where the data lives with its backup and restore. An app
// gives only its own title, actions and content.

export interface SiteShellProps {
  /** The site as `virtual:kehoach/site` gives it. */
  site: Pick<SiteInfo, "slug" | "shortName" | "officialName" | "basePath" | "app" | "apps"> & {
    logoUrl?: string | undefined;
  };
  /** The app's own title, beside the locality's name. */
  appTitle?: ReactNode;
  /** The app's controls in the header (a save state…), before the language switch. */
  headerActions?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** The shell's words in the page's language (Vietnamese outside an AppTextProvider). */
export function useShellText(): { lang: "vi" | "en"; text: ShellText } {
  const lang = useAppLanguage<unknown>()?.lang ?? "vi";
  return { lang, text: SHELL_TEXT[lang] };
}

export function SiteShell({ site, appTitle, headerActions, footer, children, className }: SiteShellProps) {
  const { lang, text } = useShellText();
  return (
    <AppShell
      localityName={site.shortName}
      officialName={site.officialName}
      {...(site.logoUrl ? { logoSrc: site.logoUrl } : {})}
      apps={site.apps.map((app) => ({
        id: app.id,
        href: app.href,
        label: lang === "en" ? app.titleEn : app.title,
      }))}
      {...(site.app ? { currentApp: site.app } : {})}
      basePath={site.basePath}
      appTitle={appTitle}
      headerActions={
        <div className="kh-site-shell__actions">
          {headerActions}
          <LanguageSwitch />
        </div>
      }
      bannerActions={<SiteData text={text} lang={lang} site={{ slug: site.slug, name: site.shortName }} />}
      footer={footer}
      {...(className ? { className } : {})}
    >
      {children}
    </AppShell>
  );
}
