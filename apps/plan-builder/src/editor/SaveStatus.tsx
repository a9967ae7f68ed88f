import { planFileName } from "@kehoach/plan-documents";
import { type Plan, serializePlan } from "@kehoach/plan-model";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { download, MIME } from "@kehoach/vanban/browser/download";
import { useT } from "../i18n/context.js";
import { LIBRARY_HREF } from "../routing/hash-route.js";
import type { DeletedWhere, SaveState } from "../state/use-plan-editor.js";
import type { WriteFailure } from "../state/write-failure.js";

// What the editor says about saving: the header's status, which says "saved" only once the
// browser has stored the plan; the notice of a refused save, with what was typed kept and the save
// tried again; and the notice of a plan deleted while it was open here.

export function SaveIndicator({ state }: { state: SaveState }) {
  const t = useT();
  const text =
    state.kind === "saved"
      ? t.save.savedAt(new Date(state.at).toLocaleTimeString(t.locale))
      : state.kind === "failed"
        ? t.save.failed[state.failure.kind]
        : t.save[state.kind];
  return (
    <output className="pb-save-state" data-state={state.kind} aria-live="polite">
      {text}
    </output>
  );
}

/** The reason a write was refused and what to do about it, in one sentence each. */
export function WriteFailureText({ failure }: { failure: WriteFailure }) {
  const t = useT();
  const reason =
    failure.kind === "invalid" ? t.storage.reasons.invalid(failure.detail) : t.storage.reasons[failure.kind];
  return (
    <>
      {reason} {t.storage.advice[failure.kind]}
    </>
  );
}

/** Saves the plan as it is on screen, unsaved changes included, as a JSON file. */
export function downloadOpenPlan(plan: Plan): void {
  download(serializePlan(plan), planFileName(plan, "json"), MIME.json);
}

export function SaveFailedNotice({
  failure,
  onRetry,
  plan,
}: {
  failure: WriteFailure;
  onRetry: () => void;
  plan: Plan;
}) {
  const t = useT();
  return (
    <Alert
      tone="error"
      live
      title={t.storage.failedTitle}
      actions={
        <>
          <Button size="sm" variant="secondary" onClick={onRetry}>
            {t.storage.retryNow}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => downloadOpenPlan(plan)}>
            {t.storage.download}
          </Button>
        </>
      }
    >
      <p>
        <WriteFailureText failure={failure} />
      </p>
      <p>{t.storage.kept}</p>
    </Alert>
  );
}

export function DeletedNotice({ where, plan }: { where: DeletedWhere; plan: Plan | null }) {
  const t = useT();
  return (
    <Alert
      tone="warning"
      live
      title={t.storage.deletedTitle[where]}
      actions={
        <>
          {plan ? (
            <Button size="sm" variant="secondary" onClick={() => downloadOpenPlan(plan)}>
              {t.storage.downloadOpen}
            </Button>
          ) : null}
          <a href={LIBRARY_HREF}>{t.editor.backToLibrary}</a>
        </>
      }
    >
      <p>{t.storage.deletedBody}</p>
    </Alert>
  );
}
