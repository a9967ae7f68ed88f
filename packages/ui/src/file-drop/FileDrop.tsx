import { type DragEvent, type ReactNode, useId, useRef, useState } from "react";
import { cx } from "../internal/cx.js";
import { UploadIcon } from "../internal/icons.js";
import { useMessages } from "../messages/context.js";
import { checkFiles, type FileRefusal, formatBytes } from "./check-files.js";
import "../internal/base.css";
import "./file-drop.css";

export interface FileDropProps {
  /** What to give ("Tệp kế hoạch (.docx hoặc .json)"), shown as the zone's heading. */
  label: ReactNode;
  /** Accepted extensions, lower case with the dot. */
  extensions: readonly string[];
  /** Largest accepted size in bytes. */
  maxBytes: number;
  multiple?: boolean;
  /** Files that passed the limits. */
  onFiles: (files: File[]) => void;
  /** Files that did not, with the reasons (also shown in the zone). */
  onRefuse?: (refusals: FileRefusal[]) => void;
  disabled?: boolean;
  className?: string;
}

/**
 * Drag a file in or pick one with a real button (drag-and-drop alone would shut out keyboard and
 * many touch users). Files over the size or of another type are refused with a message that
 * names the file, the rule and the limit.
 */
export function FileDrop({
  label,
  extensions,
  maxBytes,
  multiple = false,
  onFiles,
  onRefuse,
  disabled,
  className,
}: FileDropProps) {
  const messages = useMessages();
  const locale = messages.locale;
  const base = `kh-file-drop-${useId()}`;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [received, setReceived] = useState<string | null>(null);
  const types = extensions.join(", ");
  const maxText = formatBytes(maxBytes, locale);

  const take = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const { accepted, refused } = checkFiles([...list], {
      extensions,
      maxBytes,
      maxFiles: multiple ? Number.POSITIVE_INFINITY : 1,
    });
    setRefusals(
      refused.map((r) =>
        r.kind === "too-large"
          ? messages.fileDrop.tooLarge(r.name, formatBytes(r.size, locale), maxText)
          : r.kind === "wrong-type"
            ? messages.fileDrop.wrongType(r.name, types)
            : messages.fileDrop.tooMany(multiple ? r.count : 1),
      ),
    );
    setReceived(
      accepted.length > 0
        ? messages.fileDrop.accepted(accepted.map((f) => `“${f.name.normalize("NFC")}”`).join(", "))
        : null,
    );
    if (refused.length > 0) onRefuse?.(refused);
    if (accepted.length > 0) onFiles(accepted);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) take(event.dataTransfer.files);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the "chọn tệp" button is the keyboard path.
    <div
      className={cx("kh-file-drop", className)}
      data-slot="file-drop"
      data-dragging={dragging || undefined}
      data-disabled={disabled || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={(event) => {
        // Leaving for one of the zone's own children is not leaving the zone.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <UploadIcon className="kh-file-drop__icon" />
      <p className="kh-file-drop__label" id={`${base}-label`}>
        {label}
      </p>
      <p className="kh-file-drop__prompt">
        {messages.fileDrop.prompt}{" "}
        <button
          type="button"
          className="kh-file-drop__choose kh-focusable"
          disabled={disabled}
          aria-describedby={`${base}-label ${base}-limits`}
          onClick={() => input.current?.click()}
        >
          {messages.fileDrop.choose}
        </button>
      </p>
      <p className="kh-file-drop__limits" id={`${base}-limits`}>
        {messages.fileDrop.limits(types, maxText)}
      </p>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        accept={extensions.join(",")}
        multiple={multiple}
        onChange={(event) => {
          take(event.target.files);
          event.target.value = "";
        }}
      />
      <div role="alert" className="kh-file-drop__refusals">
        {refusals.length > 0 && (
          <ul>
            {refusals.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
      </div>
      <p role="status" className="kh-file-drop__received">
        {received}
      </p>
    </div>
  );
}
