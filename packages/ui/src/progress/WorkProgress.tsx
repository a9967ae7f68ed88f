import { type ReactNode, useId } from "react";
import { Button } from "../button/Button.js";
import { cx } from "../internal/cx.js";
import { CheckCircleIcon, EmptyCircleIcon, ErrorIcon, PlayIcon } from "../internal/icons.js";
import { useMessages } from "../messages/context.js";
import { ProgressBar } from "./ProgressBar.js";
import "../internal/base.css";
import "../button/button.css";
import "./progress.css";

export type WorkState = "running" | "done" | "failed";

export interface WorkProgressProps {
  /** What is being done ("Đang tạo tệp PDF"). */
  title: ReactNode;
  /** The steps, in order; the current one is `currentStep` (0-based). */
  steps: readonly string[];
  currentStep: number;
  /** Progress within the whole job, 0 to 100, when known. */
  percent?: number;
  state?: WorkState;
  /** Shown under the steps: the failure's reason, or where the result went. */
  message?: ReactNode;
  /** Offers a stop button while running. */
  onCancel?: () => void;
  className?: string;
}

/**
 * Progress of a long job (rendering a PDF with its fonts, importing a .docx): the bar, the list
 * of steps with each one's state in words, and a polite live region that announces the step.
 */
export function WorkProgress({
  title,
  steps,
  currentStep,
  percent,
  state = "running",
  message,
  onCancel,
  className,
}: WorkProgressProps) {
  const messages = useMessages();
  const headingId = `kh-work-${useId()}`;
  const total = steps.length;
  const stepNumber = Math.min(currentStep + 1, total);
  const announcement =
    state === "done"
      ? messages.progress.done
      : state === "failed"
        ? messages.progress.failed
        : `${messages.progress.step(stepNumber, total)}: ${steps[currentStep] ?? ""}`;
  return (
    <section
      aria-labelledby={headingId}
      data-slot="work-progress"
      data-state={state}
      className={cx("kh-work", className)}
    >
      <h2 id={headingId} className="kh-work__title">
        {title}
      </h2>
      <ProgressBar
        label={messages.progress.step(stepNumber, total)}
        {...(state === "done" ? { value: 100 } : percent !== undefined ? { value: percent } : {})}
      />
      <ol className="kh-work__steps">
        {steps.map((step, index) => {
          const stepState =
            index < currentStep || state === "done"
              ? "done"
              : index === currentStep
                ? state === "failed"
                  ? "failed"
                  : "current"
                : "waiting";
          const Icon =
            stepState === "done"
              ? CheckCircleIcon
              : stepState === "failed"
                ? ErrorIcon
                : stepState === "current"
                  ? PlayIcon
                  : EmptyCircleIcon;
          return (
            <li
              key={step}
              data-step-state={stepState}
              {...(stepState === "current" ? { "aria-current": "step" } : {})}
            >
              <Icon className="kh-work__icon" />
              {step}
            </li>
          );
        })}
      </ol>
      <p className="kh-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {message !== undefined && (
        <div className="kh-work__message" {...(state === "failed" ? { role: "alert" } : {})}>
          {message}
        </div>
      )}
      {onCancel && state === "running" && (
        <div>
          <Button variant="secondary" size="sm" onClick={onCancel}>
            {messages.progress.cancel}
          </Button>
        </div>
      )}
    </section>
  );
}
