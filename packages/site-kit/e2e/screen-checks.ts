import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { samplePlan } from "@kehoach/plan-model/sample";
import type { Page } from "@playwright/test";
import { repoRoot } from "./sites.js";

// What every screen of the site must be, measured in the browser: no page-level horizontal scroll
// (a wide table scrolls inside its own region), and, on an English screen, no Vietnamese word
// outside what is Vietnamese by nature: the documents (which the law keeps Vietnamese), what is
// marked lang="vi", and the user's own data (plan titles, agency names, what was pasted).

/** A problem found on a screen, said so that the report can be read without the browser. */
export interface ScreenProblem {
  screen: string;
  kind: "overflow" | "vietnamese" | "covered";
  detail: string;
}

/**
 * Vietnamese letters: đ, and any letter carrying a Vietnamese mark once decomposed (the five
 * tones, the breve of ă, the circumflex of â ê ô, the horn of ơ ư). English screen text has none.
 */
export const VIETNAMESE_LETTER = /[đĐ]|\p{L}[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/u;

export function hasVietnamese(text: string): boolean {
  return VIETNAMESE_LETTER.test(text.normalize("NFD"));
}

/**
 * Every string of a JSON value, nested ones included, and the parts of a name a comma separates
 * ("Xã Kim Liên, tỉnh Nghệ An" is shown as "Xã Kim Liên" in the header).
 */
function strings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === "string") {
    out.add(value.normalize("NFC"));
    for (const part of value.normalize("NFC").split(",")) if (part.trim()) out.add(part.trim());
  } else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * The user's own words the site may show on an English screen: the locality's names (its file),
 * the sample plan, and whatever the test pasted or typed. The plans and report records stored in
 * the browser are added from the page itself at each check.
 */
export async function knownData(slug: string, typed: readonly string[] = []): Promise<string[]> {
  const locality = JSON.parse(await readFile(join(repoRoot, "localities", slug, "locality.json"), "utf8"));
  const set = strings(locality, strings(samplePlan, new Set()));
  for (const text of typed) {
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      set.add(line.trim());
      // What an importer reads from a line: without its numbering ("1. ", "- ") or its label ("…: ").
      const bare = line.replace(/^\s*(?:[IVX]+\.|\d+\.|[a-zđ]\)|-|\+)\s*/u, "").trim();
      if (bare) set.add(bare);
      const value = bare.split(":").slice(1).join(":").trim();
      if (value) set.add(value);
    }
  }
  return [...set];
}

/** Containers whose content is a document or the user's own text, never the interface's words. */
const EXEMPT = '[role="document"], .pb-pages, .rg-preview-page, textarea, noscript, script, style';

/** Problems of the screen as it is now. `english`: also look for Vietnamese words. */
export async function checkScreen(
  page: Page,
  screen: string,
  options: { english: boolean; data: readonly string[] },
): Promise<ScreenProblem[]> {
  const found = await page.evaluate(
    async ({ english, data, exempt, letterSource }) => {
      const problems: { kind: "overflow" | "vietnamese"; detail: string }[] = [];
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth) {
        // Name the widest elements that stick out of the page and are not inside a scrolling region.
        const scrollsInside = (el: Element) => {
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            const overflow = getComputedStyle(p).overflowX;
            if (overflow === "auto" || overflow === "scroll" || overflow === "hidden" || overflow === "clip")
              return true;
          }
          return false;
        };
        const culprits = [...document.body.querySelectorAll("*")]
          .map((el) => ({ el, rect: el.getBoundingClientRect() }))
          .filter(({ el, rect }) => rect.right > root.clientWidth + 1 && rect.width > 0 && !scrollsInside(el))
          .sort((a, b) => b.rect.width - a.rect.width)
          .slice(0, 4)
          .map(({ el, rect }) => {
            const cls =
              typeof el.className === "string" && el.className
                ? `.${el.className.trim().split(/\s+/).join(".")}`
                : "";
            return `${el.tagName.toLowerCase()}${cls} (${Math.round(rect.width)} px wide, right edge ${Math.round(rect.right)})`;
          });
        problems.push({
          kind: "overflow",
          detail: `page is ${root.scrollWidth} px wide in a ${root.clientWidth} px window; ${culprits.join("; ")}`,
        });
      }
      if (!english) return problems;

      const letter = new RegExp(letterSource, "u");
      const vietnamese = (text: string) => letter.test(text.normalize("NFD"));
      // The user's data: the locality and sample given by the test, and what this browser stores.
      const own = new Set(data);
      const collect = (value: unknown) => {
        if (typeof value === "string") own.add(value.normalize("NFC"));
        else if (Array.isArray(value)) for (const v of value) collect(v);
        else if (value && typeof value === "object") for (const v of Object.values(value)) collect(v);
      };
      const dump = (name: string) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.open(name);
          request.onerror = () => resolve();
          request.onsuccess = () => {
            const db = request.result;
            const stores = [...db.objectStoreNames];
            if (stores.length === 0) {
              db.close();
              resolve();
              return;
            }
            const tx = db.transaction(stores, "readonly");
            for (const store of stores) {
              const all = tx.objectStore(store).getAll();
              all.onsuccess = () => collect(all.result);
            }
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => resolve();
          };
        });
      const names =
        (await indexedDB.databases?.())?.map((d) => d.name).filter((n): n is string => Boolean(n)) ?? [];
      for (const name of names) await dump(name);
      const ownWords = [...own]
        .filter((s) => s.trim().length > 1 && vietnamese(s))
        .sort((a, b) => b.length - a.length);
      const strip = (text: string) => {
        let rest = text.normalize("NFC");
        for (const word of ownWords) if (rest.includes(word)) rest = rest.split(word).join(" ");
        return rest;
      };
      const exemptEl = (el: Element | null) => {
        if (!el) return true;
        if (el.closest(exempt)) return true;
        const marked = el.closest("[lang]");
        return Boolean(
          marked && marked !== root && marked.getAttribute("lang")?.toLowerCase().startsWith("vi"),
        );
      };
      const visible = (el: Element) => {
        const style = getComputedStyle(el);
        return style.display !== "none" && style.visibility !== "hidden" && el.getClientRects().length > 0;
      };
      const where = (el: Element) => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
          const cls =
            typeof e.className === "string" && e.className ? `.${e.className.trim().split(/\s+/)[0]}` : "";
          parts.unshift(`${e.tagName.toLowerCase()}${cls}`);
        }
        return parts.join(" > ");
      };
      const seen = new Set<string>();
      const report = (el: Element, what: string, text: string) => {
        const rest = strip(text);
        if (!vietnamese(rest)) return;
        const key = `${what}|${text.trim().slice(0, 80)}`;
        if (seen.has(key)) return;
        seen.add(key);
        problems.push({
          kind: "vietnamese",
          detail: `${what} “${text.trim().slice(0, 100)}” at ${where(el)}`,
        });
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent ?? "";
        if (!parent || !text.trim() || exemptEl(parent)) continue;
        // Text that is on screen or read out (visually hidden text is read by screen readers).
        if (!visible(parent) && !parent.closest(".kh-visually-hidden")) continue;
        report(parent, "text", text);
      }
      for (const el of document.body.querySelectorAll(
        "[aria-label], [title], [placeholder], img[alt], [aria-roledescription], [aria-valuetext]",
      )) {
        if (exemptEl(el)) continue;
        for (const attr of [
          "aria-label",
          "title",
          "placeholder",
          "alt",
          "aria-roledescription",
          "aria-valuetext",
        ]) {
          const value = el.getAttribute(attr);
          if (value) report(el, attr, value);
        }
      }
      return problems;
    },
    {
      english: options.english,
      data: [...options.data],
      exempt: EXEMPT,
      letterSource: VIETNAMESE_LETTER.source,
    },
  );
  return found.map((p) => ({ screen, ...p }));
}

/** Fields and buttons that the offline notice overlaps (it must take its own room). */
export async function coveredByOfflineNotice(page: Page, screen: string): Promise<ScreenProblem[]> {
  const covered = await page.evaluate(() => {
    const notice = document.querySelector(".kh-offline");
    if (!notice) return ["no offline notice on the page"];
    const n = notice.getBoundingClientRect();
    if (n.width < 2 || n.height < 2) return [];
    return [...document.querySelectorAll("input, textarea, select, button, a[href], [role='tab']")]
      .filter((el) => !notice.contains(el))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0)
      .filter(({ r }) => r.left < n.right && r.right > n.left && r.top < n.bottom && r.bottom > n.top)
      .map(
        ({ el }) =>
          `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40)}”`,
      );
  });
  return covered.map((detail) => ({ screen, kind: "covered", detail }));
}

export function describe(problems: readonly ScreenProblem[]): string {
  return problems.map((p) => `- [${p.kind}] ${p.screen}: ${p.detail}`).join("\n");
}
