// A small client for the CouchDB HTTP API as provisioning uses it: every failure becomes a
// Vietnamese message that says what failed and where, and the admin password is only ever put in
// the Authorization header, never in a message.

export class HubSetupError extends Error {
  override name = "HubSetupError";
}

export interface CouchResponse<T = unknown> {
  status: number;
  body: T;
}

export interface CouchClient {
  readonly url: string;
  request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<CouchResponse<T>>;
}

export function basicAuth(name: string, password: string): string {
  return `Basic ${Buffer.from(`${name}:${password}`, "utf8").toString("base64")}`;
}

/** The hub URL without a trailing slash, refusing what is not http(s) or carries credentials. */
export function normaliseUrl(url: string, option = "--url"): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HubSetupError(`${option} “${url}” không phải địa chỉ hợp lệ (ví dụ https://hub.tinh.gov.vn).`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new HubSetupError(`${option} “${url}” phải bắt đầu bằng http:// hoặc https://.`);
  }
  if (parsed.username || parsed.password) {
    throw new HubSetupError(`${option} không được chứa tên và mật khẩu; dùng --admin <tên:mật khẩu>.`);
  }
  return parsed.href.replace(/\/+$/, "");
}

export function createCouchClient(
  url: string,
  admin: { name: string; password: string },
  fetchImpl: typeof fetch = fetch,
): CouchClient {
  const authorization = basicAuth(admin.name, admin.password);
  return {
    url,
    async request(method, path, body) {
      let response: Response;
      try {
        response = await fetchImpl(`${url}${path}`, {
          method,
          headers: {
            authorization,
            accept: "application/json",
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
        throw new HubSetupError(
          `Không kết nối được máy chủ CouchDB tại ${url} (${cause}). Kiểm tra địa chỉ --url và máy chủ đã chạy.`,
        );
      }
      const text = await response.text();
      let json: unknown = text;
      try {
        json = text ? JSON.parse(text) : {};
      } catch {
        // not JSON: keep the text for the message
      }
      if (response.status === 401) {
        throw new HubSetupError(
          `Máy chủ ${url} từ chối tài khoản quản trị “${admin.name}” (401: sai tên hoặc mật khẩu). Kiểm tra --admin <tên:mật khẩu>.`,
        );
      }
      return { status: response.status, body: json as never };
    },
  };
}

/** Throws a message naming the request when the status is not one of those expected. */
export function expectStatus(response: CouchResponse, expected: number[], what: string): void {
  if (expected.includes(response.status)) return;
  const body = response.body as { error?: string; reason?: string } | string;
  const reason =
    typeof body === "string" ? body.slice(0, 200) : [body?.error, body?.reason].filter(Boolean).join(": ");
  throw new HubSetupError(
    `Không ${what}: máy chủ trả lời ${response.status}${reason ? ` (${reason})` : ""}.`,
  );
}
