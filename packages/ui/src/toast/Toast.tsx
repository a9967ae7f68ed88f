import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { createPortal } from "react-dom";
import { cx } from "../internal/cx.js";
import { CheckCircleIcon, CloseIcon, ErrorIcon, InfoIcon, WarningIcon } from "../internal/icons.js";
import { useMessages } from "../messages/context.js";
import "../internal/base.css";
import "./toast.css";

export type ToastTone = "info" | "success" | "warning" | "error";

export interface ToastOptions {
  title: string;
  description?: string;
  tone?: ToastTone;
  /** Milliseconds before it goes; errors stay until dismissed (nobody should miss one). */
  duration?: number;
}

interface ToastItem extends Required<Pick<ToastOptions, "title" | "tone">> {
  id: number;
  description: string | undefined;
  duration: number | null;
}

interface ToastApi {
  /** Shows a toast and returns its id. */
  show: (options: ToastOptions) => number;
  dismiss: (id: number) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** The toast API of the nearest ToastProvider. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (api === null) throw new Error("useToast() needs a <ToastProvider> above it.");
  return api;
}

const ICONS = { info: InfoIcon, success: CheckCircleIcon, warning: WarningIcon, error: ErrorIcon };

export interface ToastProviderProps {
  children: ReactNode;
  /** Default lifetime of non-error toasts, in ms. */
  duration?: number;
}

/**
 * Brief confirmations ("Đã lưu") in a fixed corner. The live regions exist from the first render
 * so screen readers announce what is added to them; a toast pauses while hovered or focused
 * (WCAG 2.2.1), and errors never time out.
 */
export function ToastProvider({ children, duration = 6000 }: ToastProviderProps) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setItems((list) => list.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (options: ToastOptions) => {
      const id = next.current++;
      const tone = options.tone ?? "info";
      const item: ToastItem = {
        id,
        title: options.title,
        description: options.description,
        tone,
        duration: tone === "error" ? null : (options.duration ?? duration),
      };
      setItems((list) => [...list, item]);
      return id;
    },
    [duration],
  );
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return (
    <ToastContext.Provider value={api}>
      {children}
      {mounted && createPortal(<ToastRegion items={items} onDismiss={dismiss} />, document.body)}
    </ToastContext.Provider>
  );
}

function ToastRegion({ items, onDismiss }: { items: ToastItem[]; onDismiss: (id: number) => void }) {
  const messages = useMessages();
  const polite = items.filter((t) => t.tone !== "error");
  const urgent = items.filter((t) => t.tone === "error");
  return (
    <section className="kh-toast-region" aria-label={messages.toast.region} data-slot="toast-region">
      <div role="alert">
        {urgent.length > 0 && (
          <ol className="kh-toast-list">
            {urgent.map((t) => (
              <Toast key={t.id} item={t} onDismiss={onDismiss} />
            ))}
          </ol>
        )}
      </div>
      <div role="status">
        {polite.length > 0 && (
          <ol className="kh-toast-list">
            {polite.map((t) => (
              <Toast key={t.id} item={t} onDismiss={onDismiss} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

function Toast({ item, onDismiss }: { item: ToastItem; onDismiss: (id: number) => void }) {
  const messages = useMessages();
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (item.duration === null || paused) return;
    const timer = setTimeout(() => onDismiss(item.id), item.duration);
    return () => clearTimeout(timer);
  }, [item, paused, onDismiss]);
  const Icon = ICONS[item.tone];
  return (
    <li
      className={cx("kh-toast")}
      data-tone={item.tone}
      data-slot="toast"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <Icon className="kh-toast__icon" />
      <div className="kh-toast__content">
        <p className="kh-toast__title">
          <span className="kh-visually-hidden">{messages.alert[item.tone]}: </span>
          {item.title}
        </p>
        {item.description && <p className="kh-toast__description">{item.description}</p>}
      </div>
      <button
        type="button"
        className="kh-toast__dismiss kh-focusable"
        aria-label={messages.toast.dismiss}
        onClick={() => onDismiss(item.id)}
      >
        <CloseIcon />
      </button>
    </li>
  );
}
