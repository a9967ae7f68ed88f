// The province hub a site syncs with, given at build time as HUB_URL ("https://hub.nghean.gov.vn").
// Without it the site is local-first only and its Content-Security-Policy lets pages talk to their
// own origin alone; with it, the apps learn the hub's address (virtual:kehoach/site) and the
// policy's connect-src names the hub's origin, and nothing else is widened. The address is public:
// a URL with a user name or password in it is refused, since everything in a build is readable.

export class HubUrlError extends Error {
  override name = "HubUrlError";
}

/** The hub's address as the apps use it (no trailing "/"), or undefined when HUB_URL is unset or empty. */
export function parseHubUrl(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new HubUrlError(
      `HUB_URL="${text}" không phải một địa chỉ: cần dạng https://hub.ten-mien.gov.vn (địa chỉ máy chủ tỉnh, xem docs/hub.md).`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new HubUrlError(
      `HUB_URL="${text}": máy chủ tỉnh phải dùng https:// (hoặc http:// khi thử trên máy).`,
    );
  }
  if (url.username || url.password) {
    throw new HubUrlError(
      "HUB_URL có tên đăng nhập hoặc mật khẩu: không đưa bí mật vào trang tĩnh (ai cũng đọc được). Chỉ ghi địa chỉ, ví dụ https://hub.nghean.gov.vn; người dùng đăng nhập bằng tài khoản của đơn vị.",
    );
  }
  if (url.search || url.hash) {
    throw new HubUrlError(`HUB_URL="${text}" có phần ?… hoặc #…: chỉ ghi địa chỉ máy chủ tỉnh.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** The origin the site's connect-src must allow for the hub. */
export function hubOrigin(hubUrl: string): string {
  return new URL(hubUrl).origin;
}

/**
 * A Content-Security-Policy with the hub's origin added to connect-src (written after 'self' when
 * the policy has one; added as "connect-src 'self' <origin>" when it has none, since default-src
 * would otherwise govern). A policy that already names the origin is returned unchanged.
 */
export function policyWithHub(policy: string, hubUrl: string | undefined): string {
  if (!hubUrl) return policy;
  const origin = hubOrigin(hubUrl);
  const directives = policy
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean);
  const index = directives.findIndex((d) => d.split(/\s+/)[0]?.toLowerCase() === "connect-src");
  if (index === -1) return [...directives, `connect-src 'self' ${origin}`].join("; ");
  const sources = (directives[index] as string).split(/\s+/).slice(1);
  if (sources.includes(origin)) return policy;
  directives[index] = ["connect-src", ...sources.filter((s) => s !== "'none'"), origin].join(" ");
  return directives.join("; ");
}

/** Response headers with the hub's origin in the Content-Security-Policy (enforced or report-only). */
export function headersWithHub(
  headers: Record<string, string>,
  hubUrl: string | undefined,
): Record<string, string> {
  if (!hubUrl) return headers;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    out[name] =
      lower === "content-security-policy" || lower === "content-security-policy-report-only"
        ? policyWithHub(value, hubUrl)
        : value;
  }
  return out;
}
