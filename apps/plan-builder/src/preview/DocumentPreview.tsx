import { planToVanBan } from "@kehoach/plan-documents";
import type { Plan } from "@kehoach/plan-model";
import { renderHtml } from "@kehoach/vanban/html";
import { useDeferredValue, useMemo } from "react";

/**
 * The plan as its văn bản, from the same document tree the PDF is made of. renderHtml escapes
 * every string, so text typed by anyone ("<script>") stays text. Rendering is deferred so typing
 * never waits for the preview.
 */
export function DocumentPreview({ plan, label }: { plan: Plan; label: string }) {
  const deferred = useDeferredValue(plan);
  const html = useMemo(() => renderHtml(planToVanBan(deferred)), [deferred]);
  return (
    <div
      className="pb-preview-page"
      role="document"
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
