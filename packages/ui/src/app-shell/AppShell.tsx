import { type ReactNode, useId } from "react";
import { cx } from "../internal/cx.js";
import { useMessages } from "../messages/context.js";
import { Vi } from "../messages/vietnamese.js";
import "../internal/base.css";
import "./app-shell.css";

/** An app of the site, as the navigation links it; the site (not this package) knows which exist. */
export interface AppLink {
  /** Stable id, compared with `currentApp`: the app's folder ("plan-builder"). */
  id: string;
  /** Its address ("/kehoach/plan-builder/"). */
  href: string;
  /** Its name in the page's language ("Soạn kế hoạch"). */
  label: string;
}

export interface AppShellProps {
  /** Short name in the header ("Xã Kim Liên"). */
  localityName: string;
  /** Full official name for the banner ("Ủy ban nhân dân xã Kim Liên, tỉnh Nghệ An"). */
  officialName: string;
  /** The locality's emblem (an image URL); described by the messages' "Biểu trưng …". */
  logoSrc?: string;
  /** The site's apps, in the order the navigation shows them (none: no navigation). */
  apps: readonly AppLink[];
  /** Which of them this page belongs to (marked aria-current in the navigation). */
  currentApp?: string;
  /** Where the site is deployed ("/" or "/kehoach/"): the emblem links there. */
  basePath?: string;
  /** The app's own title, beside the locality's name. */
  appTitle?: ReactNode;
  /** Controls at the end of the header (e.g. a language or save state). */
  headerActions?: ReactNode;
  /**
   * Site-wide notices at the end of the official-site banner, on every page (in Kế hoạch Kit:
   * where the data lives and its last backup).
   */
  bannerActions?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
  className?: string;
}

const MAIN_ID = "kh-main";

/**
 * The frame every app shares: skip link, official-site banner (like USWDS's usa-banner), header
 * with the locality's emblem and name, navigation between the site's apps, main landmark, footer.
 */
export function AppShell({
  localityName,
  officialName,
  logoSrc,
  apps,
  currentApp,
  basePath = "/",
  appTitle,
  headerActions,
  bannerActions,
  footer,
  children,
  className,
}: AppShellProps) {
  const messages = useMessages();
  const bannerId = useId();
  const base = basePath.endsWith("/") ? basePath : `${basePath}/`;
  return (
    <div className={cx("kh-shell", className)} data-slot="app-shell">
      <a className="kh-shell__skip" href={`#${MAIN_ID}`}>
        {messages.appShell.skipLink}
      </a>
      {/* A named region, so that all of the page's content sits in a landmark (axe "region"). */}
      <section className="kh-shell__banner" aria-labelledby={bannerId}>
        <p id={bannerId}>{withName(messages.appShell.officialBanner, officialName)}</p>
        {bannerActions !== undefined && <div className="kh-shell__banner-actions">{bannerActions}</div>}
      </section>
      <header className="kh-shell__header">
        <div className="kh-shell__brand">
          <a className="kh-shell__home kh-focusable" href={base}>
            {logoSrc && (
              <img className="kh-shell__logo" src={logoSrc} alt={messages.appShell.logo(localityName)} />
            )}
            <span className="kh-shell__locality" lang="vi">
              {localityName}
            </span>
          </a>
          {appTitle !== undefined && <span className="kh-shell__app-title">{appTitle}</span>}
          {headerActions !== undefined && <div className="kh-shell__actions">{headerActions}</div>}
        </div>
        {apps.length > 0 && (
          <nav className="kh-shell__nav" aria-label={messages.appShell.navigation}>
            <ul>
              {apps.map((app) => (
                <li key={app.id}>
                  <a
                    className="kh-shell__nav-link kh-focusable"
                    href={app.href}
                    {...(app.id === currentApp ? { "aria-current": "page" as const } : {})}
                  >
                    {app.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id={MAIN_ID} className="kh-shell__main" tabIndex={-1}>
        {children}
      </main>
      {footer !== undefined && <footer className="kh-shell__footer">{footer}</footer>}
    </div>
  );
}

/**
 * A message around a Vietnamese proper name, with the name marked `lang="vi"` (WCAG 3.1.2): on an
 * English page, "Official website of <span lang="vi">Ủy ban nhân dân xã Kim Liên</span>".
 */
function withName(message: (name: string) => string, name: string): ReactNode {
  const mark = "\u0000";
  const [before = "", after = ""] = message(mark).split(mark);
  return (
    <>
      {before}
      <Vi>{name}</Vi>
      {after}
    </>
  );
}
