import { openPlanStore, type PlanStore } from "@kehoach/plan-store";
import { Alert } from "@kehoach/ui/alert";
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { useT } from "../i18n/context.js";

// One connection to the browser's plan database for the whole app (shared with the other apps
// of the site, which open the same database).

const StoreContext = createContext<PlanStore | null>(null);

export function StoreProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [state, setState] = useState<{ store: PlanStore } | { error: string } | null>(null);
  useEffect(() => {
    let store: PlanStore | undefined;
    let cancelled = false;
    openPlanStore().then(
      (opened) => {
        store = opened;
        if (cancelled) opened.close();
        else setState({ store: opened });
      },
      (error: unknown) => {
        if (!cancelled) setState({ error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
      store?.close();
    };
  }, []);
  if (state === null) return <p className="pb-loading">{t.app.opening}</p>;
  if ("error" in state) {
    return (
      <Alert tone="error" title={t.app.storageUnavailable}>
        {state.error}
      </Alert>
    );
  }
  return <StoreContext.Provider value={state.store}>{children}</StoreContext.Provider>;
}

export function useStore(): PlanStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useStore() cần <StoreProvider> bao quanh.");
  return store;
}
