// Inside the workspace, @kehoach/* packages resolve to their TypeScript sources (the
// "@kehoach/source" export condition), so tests and dev servers need no prior build.
import { defaultClientConditions, defaultServerConditions } from "vite";

const SOURCE = "@kehoach/source";

export const workspaceSourceResolve = {
  resolve: { conditions: [SOURCE, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE, ...defaultServerConditions] } },
};
