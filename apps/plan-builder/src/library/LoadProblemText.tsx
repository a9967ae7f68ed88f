import type { LoadProblem } from "@kehoach/plan-model";
import { messageParts } from "@kehoach/text-vi";
import type { Lang } from "../i18n/context.js";

// A plan file or a stored plan that cannot be read: where and what, in the screen's language.
// plan-model words each problem in both; in English, the user's own words a message quotes (a
// value as the file writes it) stay as written and are marked as Vietnamese.

export function problemWhere(problem: LoadProblem, lang: Lang): string {
  return lang === "en" ? problem.whereEn : problem.where;
}

export function LoadProblemMessage({ problem, lang }: { problem: LoadProblem; lang: Lang }) {
  if (lang !== "en") return <>{problem.message}</>;
  return (
    <>
      {messageParts(problem.messageEn, problem.quotes).map((part, i) =>
        part.quote ? (
          <span key={i} lang="vi">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
