// Fixed ports of the hub e2e: the hub's address is built into the apps (HUB_URL), so it cannot be
// a free port found at run time. Chosen clear of the other apps' previews (4180–4182) and the
// site-kit tests (4191–4194).
export const PORTS = { hub: 4261, provinceView: 4183, reportGenerator: 4282 } as const;
export const HUB_URL = `http://127.0.0.1:${PORTS.hub}`;
