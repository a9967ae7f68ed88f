import type { LoadProblem } from "@kehoach/plan-model";
import { WordedText } from "@kehoach/ui/messages";
import type { Lang } from "../i18n/context.js";

// A plan file or a stored plan that cannot be read: where and what, in the screen's language.
// plan-model words each problem in both; in English, the user's own words a message quotes (a
// value as the file writes it) stay as written and are marked as Vietnamese.

export function problemWhere(problem: LoadProblem, lang: Lang): string {
  return lang === "en" ? problem.whereEn : problem.where;
}

export function LoadProblemMessage({ problem, lang }: { problem: LoadProblem; lang: Lang }) {
  return <WordedText lang={lang} vi={problem.message} en={problem.messageEn} quotes={problem.quotes} />;
}
