import type { Language, Locality, Plan, ValidationResult } from "@kehoach/plan-model";
import type { FontUrls } from "@kehoach/vanban/fonts/fetch";

// Messages between the editor and its document worker. The worker checks each version of the plan
// against the rule catalogue (both as a draft and as it would be issued) and renders it to PDF,
// so neither the 15–40 ms of the rules nor the PDF layout ever runs while the author types.

export type WorkerRequest =
  | { type: "init"; fontUrls: FontUrls; locality: Locality }
  /**
   * A new version of the plan; only the latest waiting one is processed. `language`: the
   * interface's, in which the findings are worded (the document stays Vietnamese).
   */
  | { type: "plan"; seq: number; plan: Plan; render: boolean; language: Language }
  | { type: "export"; id: number; plan: Plan }
  /** The plan as it would be issued (with its number and date), checked before issuing. */
  | { type: "check"; id: number; plan: Plan; language: Language };

export interface DocumentProblem {
  path: string;
  message: string;
}

export type WorkerResponse =
  | { type: "checked"; seq: number; draft: ValidationResult; issued: ValidationResult; ms: number }
  /** `filled`: what the preview of a draft had to fill in to be printable (an empty title, …). */
  | { type: "rendered"; seq: number; bytes: Uint8Array; filled: string[]; ms: number }
  | { type: "render-failed"; seq: number; message: string; problems: DocumentProblem[] }
  | { type: "exported"; id: number; bytes: Uint8Array }
  | { type: "export-failed"; id: number; message: string; problems: DocumentProblem[] }
  | { type: "check-result"; id: number; result: ValidationResult };
