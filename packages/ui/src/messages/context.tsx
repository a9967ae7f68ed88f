import { createContext, type ReactNode, useContext, useMemo } from "react";
import { type Messages, vi } from "./vi.js";

const MessagesContext = createContext<Messages>(vi);

/** A message set with some groups or strings replaced; the rest comes from `base`. */
export type MessageOverrides = {
  [G in keyof Messages]?: Messages[G] extends object ? Partial<Messages[G]> : Messages[G];
};

export function mergeMessages(base: Messages, overrides: MessageOverrides | undefined): Messages {
  if (overrides === undefined) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [group, value] of Object.entries(overrides)) {
    const current = merged[group];
    merged[group] =
      typeof value === "object" && value !== null && typeof current === "object"
        ? { ...current, ...value }
        : value;
  }
  return merged as Messages;
}

export interface MessagesProviderProps {
  /** The full set to use (`vi` by default, `en` for English). */
  messages?: Messages;
  /** Wording a locality or an app changes on top of the set. */
  overrides?: MessageOverrides;
  children: ReactNode;
}

export function MessagesProvider({ messages = vi, overrides, children }: MessagesProviderProps) {
  const value = useMemo(() => mergeMessages(messages, overrides), [messages, overrides]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/** The messages in force: Vietnamese when no provider is above. */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}
