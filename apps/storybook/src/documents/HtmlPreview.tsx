import type { VanBan } from "@kehoach/vanban";
import { registerPreviewFont } from "@kehoach/vanban/browser/fonts";
import { renderHtml } from "@kehoach/vanban/html";
import "@kehoach/vanban/html/preview.css";
import { useMemo } from "react";

/**
 * The light preview: the văn bản as HTML pages from the same tree and wording as the PDF
 * (renderHtml escapes every text, so the markup is safe to insert).
 */
export function HtmlPreview({ doc, label }: { doc: VanBan; label: string }) {
  registerPreviewFont();
  // renderHtml escapes every text and emits no scripts or inline styles: safe to insert.
  const html = useMemo(() => renderHtml(doc), [doc]);
  return (
    <section aria-label={label} className="sb-document">
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
