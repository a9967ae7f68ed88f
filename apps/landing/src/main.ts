// The landing page is static HTML; this only brings the design tokens and the locality's theme,
// and writes the locality's names into the page.
import "@kehoach/ui/tokens.css";
import "@kehoach/site-kit/browser";
import "./landing.css";
import site from "virtual:kehoach/site";

for (const element of document.querySelectorAll<HTMLElement>("[data-site-name]")) {
  element.textContent = site.shortName;
}
for (const element of document.querySelectorAll<HTMLElement>("[data-site-official-name]")) {
  element.textContent = site.officialName;
}
document.title = `Kế hoạch Kit · ${site.shortName}`;
