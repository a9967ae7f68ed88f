// Inside the workspace, @kehoach/* packages resolve to their TypeScript sources (the
// "@kehoach/source" export condition), so tests and dev servers need no prior build.
import { defaultClientConditions, defaultServerConditions } from "vite";

const SOURCE = "@kehoach/source";

export const workspaceSourceResolve = {
  resolve: { conditions: [SOURCE, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE, ...defaultServerConditions] } },
};

/**
 * Debian's chromium, never a downloaded browser. The flags keep it off the network this machine
 * does not have (background services otherwise retry closed connections at every start).
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

/**
 * How long one test may take before it counts as hung. Vitest's 5 s is for a quiet machine: on
 * the 2-core machine with a browser and builds beside it, a sweep of a thousand validations took
 * 9 s. Tests wait for state, never for time, so more room only changes how long a real hang takes
 * to be reported.
 */
export const TEST_TIMEOUT_MS = 30_000;
