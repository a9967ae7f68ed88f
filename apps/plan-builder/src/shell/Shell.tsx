import site from "virtual:kehoach/site";
import { siteHub, siteHubDocs, siteHubStart } from "@kehoach/hub/browser";
import { HubStatus } from "@kehoach/hub/react";
import { SiteShell } from "@kehoach/site-kit/browser/shell";
import type { ReactNode } from "react";
import { useLanguage } from "../i18n/context.js";

// The frame of every screen: the site's shell (the locality's name, emblem and theme, the links to
// the other apps, the one language switch of the site, where the data lives and its backup).

export function Shell({ actions, children }: { actions?: ReactNode; children: ReactNode }) {
  const { t } = useLanguage();
  return (
    <SiteShell
      site={site}
      appTitle={<span className="pb-app-title">{t.app.title}</span>}
      headerActions={
        <>
          <HubStatus hub={siteHub()} words={t.hub} startError={siteHubStart().error} />
          {actions}
        </>
      }
      footer={<p className="pb-footer">{siteHubDocs() ? t.app.footerHub : t.app.footer}</p>}
    >
      {children}
    </SiteShell>
  );
}
