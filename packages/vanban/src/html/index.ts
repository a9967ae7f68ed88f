import { toUpperVi } from "@kehoach/text-vi";
import type { Block, Inline, TableBlock, VanBan } from "../model.js";
import { type LayoutProfile, nd30Profile } from "../profile.js";
import {
  headingLabel,
  placeDateLine,
  QUOC_HIEU,
  recipientLines,
  signerLines,
  soKyHieuLine,
  TIEU_NGU,
  typeNameLine,
} from "../text-lines.js";

// The on-screen preview reads the same tree and the same fixed wording as the PDF, as HTML with
// class names only (no inline styles or scripts, so a strict Content-Security-Policy holds). All
// text is escaped: a plan may carry "<script>" typed by anyone.

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.normalize("NFC").replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

const el = (tag: string, cls: string, inner: string) => `<${tag} class="${cls}">${inner}</${tag}>`;

/** HTML for a văn bản; style it with `@kehoach/vanban/html/preview.css`. */
export function renderHtml(doc: VanBan, profile: LayoutProfile = nd30Profile(14)): string {
  const parts = [header(doc), title(doc), ...doc.body.map(block), signature(doc)];
  return `<article class="vb-page vb-set-${profile.sizeSet}" lang="vi">${parts.join("")}</article>`;
}

function header(doc: VanBan): string {
  const left = [
    doc.parentBody ? el("div", "vb-parent", escapeHtml(toUpperVi(doc.parentBody))) : "",
    ...doc.issuingBody.map((line) => el("div", "vb-issuer", escapeHtml(toUpperVi(line)))),
    '<hr class="vb-rule vb-rule-short">',
  ].join("");
  const right = [
    el("div", "vb-quoc-hieu", QUOC_HIEU),
    el("div", "vb-tieu-ngu", TIEU_NGU),
    '<hr class="vb-rule vb-rule-tieu-ngu">',
  ].join("");
  return (
    `<header class="vb-header">` +
    el("div", "vb-header-left", left) +
    el("div", "vb-header-right", right) +
    el("div", "vb-so", escapeHtml(soKyHieuLine(doc))) +
    el("div", "vb-date", escapeHtml(placeDateLine(doc))) +
    `</header>`
  );
}

function title(doc: VanBan): string {
  const typeName = typeNameLine(doc);
  return (
    (typeName ? el("h1", "vb-type", escapeHtml(typeName)) : "") +
    el("p", "vb-subject", escapeHtml(doc.subject)) +
    '<hr class="vb-rule vb-rule-short">'
  );
}

function inline(content: string | Inline[]): string {
  if (typeof content === "string") return escapeHtml(content);
  return content
    .map((part) => {
      if (typeof part === "string") return escapeHtml(part);
      let html = escapeHtml(part.text);
      if (part.bold) html = `<strong>${html}</strong>`;
      if (part.italic) html = `<em>${html}</em>`;
      return html;
    })
    .join("");
}

function block(b: Block): string {
  switch (b.type) {
    case "paragraph":
      return el("p", b.italic ? "vb-p vb-italic" : "vb-p", inline(b.content));
    case "heading": {
      const text = b.level === "muc" ? toUpperVi(b.text) : b.text;
      return el("p", `vb-h vb-h-${b.level}`, escapeHtml(`${headingLabel(b.level, b.number)} ${text}`));
    }
    case "table":
      return table(b);
  }
}

function table(t: TableBlock): string {
  const total = t.columns.reduce((s, c) => s + c.weight, 0);
  const cols = t.columns
    .map((c) => `<col class="vb-col" data-weight="${Math.round((c.weight / total) * 100)}">`)
    .join("");
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join("");
  const rows = t.rows
    .map((row) =>
      "group" in row
        ? `<tr class="vb-group"><td colspan="${t.columns.length}">${escapeHtml(row.group)}</td></tr>`
        : `<tr>${t.columns
            .map((c, i) => `<td class="vb-align-${c.align ?? "left"}">${escapeHtml(row.cells[i] ?? "")}</td>`)
            .join("")}</tr>`,
    )
    .join("");
  return `<table class="vb-table"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function signature(doc: VanBan): string {
  const recipients = recipientLines(doc);
  const lines = signerLines(doc);
  if (recipients.length === 0 && lines.length === 0) return "";
  const left = recipients.length
    ? el("p", "vb-noi-nhan-label", "Nơi nhận:") +
      recipients.map((r) => el("p", "vb-noi-nhan-item", escapeHtml(r))).join("")
    : "";
  const right =
    lines.map((l) => el("p", "vb-signer-line", escapeHtml(l))).join("") +
    (doc.signer?.name ? el("p", "vb-signer-name", escapeHtml(doc.signer.name)) : "");
  return `<footer class="vb-signature">${el("div", "vb-recipients", left)}${el("div", "vb-signer", right)}</footer>`;
}
