import { toUpperVi } from "@kehoach/text-vi";
import { base64 } from "../base64.js";
import { splitAtInnerHyphens, tieSpacedDashes } from "../line-breaks.js";
import type {
  Appendix,
  Block,
  ImageSource,
  Inline,
  OrganisationSignatureText,
  TableBlock,
  VanBan,
} from "../model.js";
import { type LayoutProfile, nd30Profile } from "../profile.js";
import {
  addresseeLines,
  appendixLabel,
  appendixReference,
  attachedReference,
  basisLines,
  congVanSubjectLine,
  drafterLine,
  headingLabel,
  itemLabel,
  KINH_GUI_LABEL,
  NOI_NHAN_LABEL,
  organisationSignatureLines,
  placeDateLine,
  QUOC_HIEU,
  QUYET_DINH_LINE,
  recipientLines,
  secrecyText,
  signerLines,
  soKyHieuLine,
  TIEU_NGU,
  titleOnOwnLine,
  typeNameLine,
  urgencyText,
} from "../text-lines.js";

// The on-screen preview reads the same tree and the same fixed wording as the PDF, as HTML with
// class names only (no inline styles or scripts, so a strict Content-Security-Policy holds). All
// text is escaped: a plan may carry "<script>" typed by anyone. Signature and seal images are
// data: URLs, which a policy allowing `img-src data:` shows.

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

/**
 * Escaped text that the browser breaks where the PDF breaks (line-breaks.ts): a word with an
 * inner hyphen ("214/KH-UBND", "2021-2025") in a span that does not wrap, a spaced dash tied to
 * the word before it.
 */
export function flowText(text: string): string {
  return escapeHtml(tieSpacedDashes(text))
    .split(/([^\s]+)/u)
    .map((token) =>
      splitAtInnerHyphens(token).length > 1 ? `<span class="vb-nowrap">${token}</span>` : token,
    )
    .join("")
    .replace(/\u00a0/gu, "&nbsp;");
}

const el = (tag: string, cls: string, inner: string) => `<${tag} class="${cls}">${inner}</${tag}>`;

/** HTML for a văn bản (with its phụ lục and attached documents); style it with `@kehoach/vanban/html/preview.css`. */
export function renderHtml(doc: VanBan, profile: LayoutProfile = nd30Profile(14)): string {
  const set = `vb-set-${profile.sizeSet}`;
  const pages = [page(doc, undefined, set), ...appendixPages(doc, doc, profile, set)];
  for (const attached of doc.attachments ?? []) {
    pages.push(page(attached, { host: doc, prefix: profile.attachmentReferencePrefix }, set));
    pages.push(...appendixPages(attached, doc, profile, set));
  }
  return pages.join("");
}

/** Ô 14: the organisation's signature text at the top right of a first page. */
function organisationSignature(text: OrganisationSignatureText | undefined, numbered: VanBan): string {
  if (!text) return "";
  const lines = organisationSignatureLines(text, numbered).map((line) => el("div", "", escapeHtml(line)));
  return el("div", "vb-organisation-signature", lines.join("").replaceAll(' class=""', ""));
}

function page(doc: VanBan, attachedTo: { host: VanBan; prefix: string } | undefined, set: string): string {
  const parts = [
    organisationSignature(doc.organisationSignature, attachedTo?.host ?? doc),
    header(doc, !attachedTo),
    doc.kind === "CV"
      ? ""
      : title(doc, attachedTo ? attachedReference(doc, attachedTo.host, attachedTo.prefix) : undefined),
    preamble(doc),
    kinhGui(doc),
    ...doc.body.map(block),
    signature(doc),
    doc.contact ? el("footer", "vb-contact", escapeHtml(doc.contact)) : "",
  ];
  return `<article class="vb-page ${set}" lang="vi">${parts.join("")}</article>`;
}

function appendixPages(doc: VanBan, host: VanBan, profile: LayoutProfile, set: string): string[] {
  const list = doc.appendices ?? [];
  const reference = (a: Appendix) =>
    appendixReference(a, doc === host ? doc : host, profile.attachmentReferencePrefix);
  return list.map((a, i) => {
    const landscape = a.orientation === "landscape" ? " vb-landscape" : "";
    return (
      `<article class="vb-page vb-appendix ${set}${landscape}" lang="vi">` +
      organisationSignature(a.organisationSignature, host) +
      el("p", "vb-appendix-label", escapeHtml(appendixLabel(i, list.length))) +
      el("p", "vb-appendix-title", escapeHtml(toUpperVi(a.title))) +
      el("p", "vb-appendix-reference", escapeHtml(reference(a))) +
      '<hr class="vb-rule vb-rule-short">' +
      a.body.map(block).join("") +
      "</article>"
    );
  });
}

function header(doc: VanBan, numberAndDate: boolean): string {
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
  const stamps = [secrecyText(doc), urgencyText(doc)]
    .filter((s): s is string => Boolean(s))
    .map((s) => el("div", "vb-stamp", escapeHtml(s)))
    .join("");
  return (
    (doc.circulation ? el("div", "vb-circulation", escapeHtml(toUpperVi(doc.circulation))) : "") +
    `<header class="vb-header">` +
    el("div", "vb-header-left", left) +
    el("div", "vb-header-right", right) +
    (numberAndDate
      ? el(
          "div",
          "vb-so",
          escapeHtml(soKyHieuLine(doc)) +
            (doc.kind === "CV" ? el("div", "vb-vv", escapeHtml(congVanSubjectLine(doc))) : ""),
        ) + el("div", "vb-date", escapeHtml(placeDateLine(doc)))
      : "") +
    (stamps ? el("div", "vb-stamps", stamps) : "") +
    `</header>`
  );
}

function title(doc: VanBan, reference: string | undefined): string {
  const typeName = typeNameLine(doc);
  return (
    (typeName ? el("h1", "vb-type", escapeHtml(typeName)) : "") +
    el("p", "vb-subject", flowText(doc.subject)) +
    (reference ? el("p", "vb-reference", escapeHtml(reference)) : "") +
    '<hr class="vb-rule vb-rule-short">'
  );
}

function preamble(doc: VanBan): string {
  const authority =
    doc.kind === "QD" && doc.authority ? el("p", "vb-authority", escapeHtml(toUpperVi(doc.authority))) : "";
  const basis = basisLines(doc)
    .map((line) => el("p", "vb-p vb-italic", flowText(line)))
    .join("");
  const decides = doc.kind === "QD" ? el("p", "vb-decides", QUYET_DINH_LINE) : "";
  return authority + basis + decides;
}

function kinhGui(doc: VanBan): string {
  const lines = addresseeLines(doc);
  if (lines.length === 0) return "";
  if (lines.length === 1) return el("p", "vb-kinh-gui", escapeHtml(`${KINH_GUI_LABEL} ${lines[0]}`));
  return el(
    "div",
    "vb-kinh-gui",
    el("p", "vb-kinh-gui-label", KINH_GUI_LABEL) +
      lines.map((line) => el("p", "vb-kinh-gui-item", escapeHtml(line))).join(""),
  );
}

function inline(content: string | Inline[]): string {
  if (typeof content === "string") return flowText(content);
  return content
    .map((part) => {
      if (typeof part === "string") return flowText(part);
      let html = flowText(part.text);
      if (part.bold) html = `<strong>${html}</strong>`;
      if (part.italic) html = `<em>${html}</em>`;
      return html;
    })
    .join("");
}

function block(b: Block): string {
  switch (b.type) {
    case "paragraph": {
      const classes = [
        "vb-p",
        b.italic ? "vb-italic" : "",
        b.bold ? "vb-bold" : "",
        b.align === "center" ? "vb-center" : "",
      ];
      return el("p", classes.filter(Boolean).join(" "), inline(b.content));
    }
    case "heading": {
      const label = escapeHtml(headingLabel(b.level, b.number));
      if (b.level === "phan" || b.level === "chuong" || b.level === "mucA" || b.level === "tieuMuc") {
        return (
          el("p", "vb-h vb-h-centred", label) +
          (b.text.trim() ? el("p", "vb-h vb-h-centred", escapeHtml(toUpperVi(b.text))) : "")
        );
      }
      const text = b.level === "muc" ? toUpperVi(b.text) : b.text;
      const titled = text.trim() ? `${label} ${flowText(text)}` : label;
      if (titleOnOwnLine(b)) {
        // A titled điều or khoản on its own bold line, its text a paragraph of its own.
        return (
          el("p", `vb-h vb-h-${b.level}`, titled) + (b.content ? el("p", "vb-p", inline(b.content)) : "")
        );
      }
      if (b.content) {
        return el("p", `vb-h vb-h-${b.level} vb-run-in`, `<strong>${titled}</strong> ${inline(b.content)}`);
      }
      return el("p", `vb-h vb-h-${b.level}`, titled);
    }
    case "item":
      return el("p", "vb-p", `${escapeHtml(itemLabel(b.marker, b.number))} ${inline(b.content)}`);
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
    .map((row) => {
      if ("group" in row) {
        if (row.label !== undefined && t.columns.length > 1) {
          return `<tr class="vb-group"><td class="vb-align-center">${escapeHtml(row.label)}</td><td colspan="${t.columns.length - 1}">${flowText(row.group)}</td></tr>`;
        }
        return `<tr class="vb-group"><td colspan="${t.columns.length}">${flowText(row.group)}</td></tr>`;
      }
      return `<tr>${t.columns
        .map((c, i) => `<td class="vb-align-${c.align ?? "left"}">${flowText(row.cells[i] ?? "")}</td>`)
        .join("")}</tr>`;
    })
    .join("");
  return `<table class="vb-table"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function signature(doc: VanBan): string {
  const recipients = recipientLines(doc);
  const lines = signerLines(doc);
  if (recipients.length === 0 && lines.length === 0 && !doc.signer?.name) return "";
  const drafter = drafterLine(doc);
  const left = recipients.length
    ? el("p", "vb-noi-nhan-label", NOI_NHAN_LABEL) +
      recipients.map((r) => el("p", "vb-noi-nhan-item", flowText(r))).join("") +
      (drafter ? el("p", "vb-drafter", escapeHtml(drafter)) : "")
    : "";
  const images =
    (doc.signer?.signatureImage ? image(doc.signer.signatureImage, "vb-signature-image", "Chữ ký") : "") +
    (doc.signer?.sealImage ? image(doc.signer.sealImage, "vb-seal-image", "Con dấu") : "");
  const right =
    lines.map((l) => el("p", "vb-signer-line", escapeHtml(l))).join("") +
    el("div", "vb-signing-space", images) +
    (doc.signer?.name ? el("p", "vb-signer-name", escapeHtml(doc.signer.name)) : "");
  return `<footer class="vb-signature">${el("div", "vb-recipients", left)}${el("div", "vb-signer", right)}</footer>`;
}

function image(source: ImageSource, cls: string, alt: string): string {
  const mime = source.data[0] === 0xff ? "image/jpeg" : "image/png";
  return `<img class="${cls}" alt="${alt}" src="data:${mime};base64,${base64(source.data)}">`;
}
