import site from "virtual:kehoach/site";
import { AppShell } from "@kehoach/ui/app-shell";
import type { ReactNode } from "react";
import { useLanguage } from "../i18n/context.js";

// The frame of every screen: the locality's name, emblem and theme (from the site build), the
// links to the other apps, and the language switch.

export function Shell({ actions, children }: { actions?: ReactNode; children: ReactNode }) {
  const { lang, t } = useLanguage();
  const apps = site.apps.map((app) => ({
    id: app.id,
    href: app.href,
    label: lang === "en" ? app.titleEn : app.title,
  }));
  return (
    <AppShell
      localityName={site.shortName}
      officialName={site.officialName}
      logoSrc={site.logoUrl}
      apps={apps}
      currentApp={site.app}
      basePath={site.basePath}
      appTitle={<span className="pb-app-title">{t.app.title}</span>}
      headerActions={
        <>
          {actions}
          <LanguageSwitch />
        </>
      }
      footer={<p className="pb-footer">{t.app.footer}</p>}
    >
      {children}
    </AppShell>
  );
}

function LanguageSwitch() {
  const { lang, setLang, t } = useLanguage();
  const other = lang === "vi" ? "en" : "vi";
  return (
    <button type="button" className="pb-lang kh-focusable" lang={other} onClick={() => setLang(other)}>
      {t.app.switchLanguage}
    </button>
  );
}
