import type { Finding, ValidationResult } from "@kehoach/plan-model";

// How the rule catalogue's findings read on a terminal, the same for `validate`, `render` and
// `report`: severity, rule, where in Vietnamese and the machine path, what is wrong.

const SEVERITY_LABEL: Record<Finding["severity"], string> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Gợi ý",
};

const ORDER: Finding["severity"][] = ["error", "warning", "info"];

export function findingLine(f: Finding): string {
  const waived = f.waived ? ` (đã miễn: ${f.waived.reason})` : "";
  return `${SEVERITY_LABEL[f.severity]} [${f.rule}] ${f.where} (${f.path || "toàn bộ"}): ${f.message}${waived}`;
}

/** Every finding, errors first; `least` leaves out the less severe ones. */
export function findingLines(result: ValidationResult, least: Finding["severity"] = "info"): string[] {
  const shown = ORDER.slice(0, ORDER.indexOf(least) + 1);
  return shown.flatMap((severity) => result.findings.filter((f) => f.severity === severity).map(findingLine));
}

export function modeName(result: ValidationResult): string {
  return result.mode === "issued" ? "văn bản ban hành" : "dự thảo";
}

export function countLine(result: ValidationResult): string {
  const { error, warning, info } = result.counts;
  return result.findings.length === 0
    ? `Không phát hiện vấn đề nào (kiểm tra như ${modeName(result)}).`
    : `Tổng cộng: ${error} lỗi, ${warning} cảnh báo, ${info} gợi ý (kiểm tra như ${modeName(result)}).`;
}
