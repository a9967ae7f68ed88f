import { provinceDatabase } from "../layout.js";

// Signing in to the hub with CouchDB's session cookie. The password goes to /_session once and
// is never kept; the browser keeps the AuthSession cookie itself (HttpOnly, sent because every
// request is made with credentials: "include"). Node has no cookie jar, so there the cookie is
// taken from Set-Cookie and sent back by hand, per session object, so two sessions in one process
// (as in the tests) never share one. CouchDB refreshes the cookie as it nears its timeout, on
// any response: the jar follows.

export class HubSyncError extends Error {
  override name = "HubSyncError";
  constructor(
    message: string,
    readonly kind: "offline" | "unauthorized" | "forbidden" | "setup" | "server",
  ) {
    super(message);
  }
}

export interface HubSession {
  name: string;
  roles: string[];
  /** The hub database the account works in. */
  database: string;
  /** Province readers only pull. */
  readOnly: boolean;
}

export interface CookieSession {
  /** fetch with the session's cookie, for PouchDB's http adapter and for /_session. */
  fetch: typeof fetch;
  clear(): void;
}

export function cookieSession(baseFetch: typeof fetch): CookieSession {
  let cookie: string | undefined;
  const sessionFetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const headers = new Headers(init?.headers as ConstructorParameters<typeof Headers>[0]);
    if (cookie) headers.set("cookie", cookie);
    const response = await baseFetch(input, { ...init, headers, credentials: "include" });
    const setCookies =
      typeof response.headers.getSetCookie === "function"
        ? response.headers.getSetCookie()
        : [response.headers.get("set-cookie") ?? ""];
    for (const line of setCookies) {
      const match = /(?:^|,\s*)AuthSession=([^;]*)/.exec(line);
      if (match) cookie = match[1] ? `AuthSession=${match[1]}` : undefined;
    }
    return response;
  }) as typeof fetch;
  return {
    fetch: sessionFetch,
    clear: () => {
      cookie = undefined;
    },
  };
}

/** POST /_session. A wrong name or password is a HubSyncError("unauthorized"), an unreachable hub "offline". */
export async function signIn(
  hubUrl: string,
  session: CookieSession,
  name: string,
  password: string,
): Promise<{ name: string; roles: string[] }> {
  const response = await call(hubUrl, () =>
    session.fetch(`${hubUrl}/_session`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ name, password }),
    }),
  );
  if (response.status === 401) throw new HubSyncError("Sai tên đăng nhập hoặc mật khẩu.", "unauthorized");
  if (!response.ok)
    throw new HubSyncError(`Máy chủ tỉnh trả lời ${response.status} khi đăng nhập.`, "server");
  const body = (await response.json()) as { name?: string; roles?: string[] };
  return { name: body.name ?? name, roles: body.roles ?? [] };
}

/** GET /_session: who the cookie (if any) signs in, or undefined. */
export async function currentUser(
  hubUrl: string,
  session: CookieSession,
): Promise<{ name: string; roles: string[] } | undefined> {
  const response = await call(hubUrl, () =>
    session.fetch(`${hubUrl}/_session`, { headers: { accept: "application/json" } }),
  );
  if (!response.ok) return undefined;
  const body = (await response.json()) as { userCtx?: { name?: string | null; roles?: string[] } };
  const name = body.userCtx?.name;
  return name ? { name, roles: body.userCtx?.roles ?? [] } : undefined;
}

export async function signOut(hubUrl: string, session: CookieSession): Promise<void> {
  try {
    await session.fetch(`${hubUrl}/_session`, { method: "DELETE" });
  } catch {
    // Offline: the cookie is forgotten here all the same, and expires on the hub.
  } finally {
    session.clear();
  }
}

const UNIT_ROLE = /^kh_([a-z0-9]+(?:-[a-z0-9]+)*)_([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const PROVINCE_ROLE = /^kh_([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * The database an account works in: its unit's (the role is named like the database), or the
 * province's roll-up for a province reader. Given explicitly, it must be one the roles allow.
 */
export function sessionDatabase(user: { name: string; roles: string[] }, wanted?: string): HubSession {
  const units = user.roles.filter((r) => UNIT_ROLE.test(r));
  const provinces = user.roles.filter((r) => PROVINCE_ROLE.test(r));
  const choices = [
    ...units.map((r) => ({ database: r, readOnly: false })),
    ...provinces.map((r) => ({ database: provinceDatabase(r.slice(3)), readOnly: true })),
  ];
  const chosen = wanted
    ? choices.find((c) => c.database === wanted)
    : choices.length === 1
      ? choices[0]
      : undefined;
  if (!chosen) {
    throw new HubSyncError(
      wanted
        ? `Tài khoản “${user.name}” không có quyền với cơ sở dữ liệu ${wanted} trên máy chủ tỉnh.`
        : choices.length === 0
          ? `Tài khoản “${user.name}” chưa được gắn với đơn vị nào trên máy chủ tỉnh.`
          : `Tài khoản “${user.name}” có quyền với nhiều cơ sở dữ liệu (${choices.map((c) => c.database).join(", ")}); hãy chọn một.`,
      "setup",
    );
  }
  return { name: user.name, roles: user.roles, ...chosen };
}

async function call(hubUrl: string, request: () => Promise<Response>): Promise<Response> {
  try {
    return await request();
  } catch {
    throw new HubSyncError(
      `Không kết nối được máy chủ tỉnh ${hubUrl}: đang ngoại tuyến hoặc máy chủ không chạy.`,
      "offline",
    );
  }
}
