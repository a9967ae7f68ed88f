// The response headers of deploy/nginx.conf, read from the file itself, so the local server
// (`pnpm start`) and the tests send exactly what the documented deployment sends: a change to the
// Content-Security-Policy there is tested here, with no second copy to forget.

export interface NginxDirective {
  name: string;
  args: string[];
  children?: NginxDirective[];
}

/** Directives of an nginx configuration: "#" comments, quoted strings, blocks. Enough for headers and maps. */
export function parseNginxConfig(text: string): NginxDirective[] {
  const tokens = tokenize(text);
  let i = 0;
  const block = (): NginxDirective[] => {
    const out: NginxDirective[] = [];
    let words: string[] = [];
    while (i < tokens.length) {
      const token = tokens[i++] as Token;
      if (token.kind === "word") {
        words.push(token.text);
      } else if (token.kind === ";") {
        if (words.length > 0) out.push({ name: words[0] as string, args: words.slice(1) });
        words = [];
      } else if (token.kind === "{") {
        if (words.length === 0)
          throw new Error(`nginx: "{" không có chỉ thị đứng trước (dòng ${token.line}).`);
        out.push({ name: words[0] as string, args: words.slice(1), children: block() });
        words = [];
      } else {
        if (words.length > 0) throw new Error(`nginx: thiếu ";" trước "}" (dòng ${token.line}).`);
        return out;
      }
    }
    if (words.length > 0) throw new Error('nginx: thiếu ";" ở cuối tệp.');
    return out;
  };
  return block();
}

type Token = { kind: "word"; text: string; line: number } | { kind: ";" | "{" | "}"; line: number };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === "\n") line++;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "#") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (ch === ";" || ch === "{" || ch === "}") {
      tokens.push({ kind: ch, line });
      i++;
    } else if (ch === '"' || ch === "'") {
      let value = "";
      i++;
      while (i < text.length && text[i] !== ch) {
        if (text[i] === "\\" && i + 1 < text.length) i++;
        if (text[i] === "\n") line++;
        value += text[i];
        i++;
      }
      if (i >= text.length) throw new Error(`nginx: chuỗi mở ở dòng ${line} không được đóng.`);
      i++;
      tokens.push({ kind: "word", text: value, line });
    } else {
      let value = "";
      while (i < text.length && !/[\s;{}]/.test(text[i] as string)) value += text[i++];
      tokens.push({ kind: "word", text: value, line });
    }
  }
  return tokens;
}

export interface HeaderSet {
  /** Headers with a fixed value: "Content-Security-Policy" → "default-src 'self'; …". */
  fixed: Record<string, string>;
  /** Headers whose value is a `map` of the request path (Cache-Control). */
  mapped: Record<string, (path: string) => string>;
}

export interface SiteHeaders extends HeaderSet {
  /**
   * Prefix locations with add_header of their own (Storybook's). As in nginx, such a location
   * sends only its own headers: none of the server block's.
   */
  locations: (HeaderSet & { prefix: string })[];
}

/**
 * The add_header directives of the file's HTTPS server block (the one that serves files, with a
 * `root`), with `$variables` resolved through the file's `map $uri $variable { … }` blocks, and
 * those of its prefix locations that set their own.
 */
export function siteHeadersFromNginx(text: string): SiteHeaders {
  const config = parseNginxConfig(text);
  const all = flatten(config);
  const servers = all.filter((d) => d.name === "server" && d.children?.some((c) => c.name === "root"));
  if (servers.length !== 1) {
    throw new Error(`nginx: cần đúng một khối server có "root" (đang có ${servers.length}).`);
  }
  const maps = new Map<string, (path: string) => string>();
  for (const map of all.filter((d) => d.name === "map" && d.args[0] === "$uri" && d.args[1])) {
    maps.set(map.args[1] as string, uriMap(map));
  }
  const server = servers[0] as NginxDirective;
  const locations: SiteHeaders["locations"] = [];
  for (const location of flatten(server.children ?? []).filter((d) => d.name === "location")) {
    if (!location.children?.some((c) => c.name === "add_header")) continue;
    const [first, second] = location.args;
    const prefix = first === "^~" ? second : first;
    if (!prefix?.startsWith("/") || (first !== "^~" && location.args.length !== 1)) {
      throw new Error(
        `nginx: location ${location.args.join(" ")} dùng add_header; chỉ location theo tiền tố (/storybook/) được đọc ở đây.`,
      );
    }
    locations.push({ prefix, ...headerSet(location, maps) });
  }
  return { ...headerSet(server, maps), locations };
}

/** The headers nginx sends for a path: the longest prefix location with its own, else the server's. */
export function headersFor(headers: SiteHeaders, path: string): HeaderSet {
  let best: (HeaderSet & { prefix: string }) | undefined;
  for (const location of headers.locations) {
    if (path.startsWith(location.prefix) && (!best || location.prefix.length > best.prefix.length))
      best = location;
  }
  return best ?? headers;
}

/**
 * The response headers for a request path of a site deployed under `basePath`. Locations and maps
 * are written for a site at the root (deploy/nginx.conf); under a base path they apply to the path
 * inside the site, as the guide's sub-path variant does.
 */
export function responseHeaders(headers: SiteHeaders, path: string, basePath = "/"): Record<string, string> {
  const inSite = path.startsWith(basePath) ? `/${path.slice(basePath.length)}` : path;
  const set = headersFor(headers, inSite);
  const out: Record<string, string> = { ...set.fixed };
  for (const [name, lookup] of Object.entries(set.mapped)) out[name] = lookup(inSite);
  return out;
}

function headerSet(block: NginxDirective, maps: Map<string, (path: string) => string>): HeaderSet {
  const fixed: Record<string, string> = {};
  const mapped: Record<string, (path: string) => string> = {};
  for (const directive of block.children ?? []) {
    if (directive.name !== "add_header") continue;
    const [name, value] = directive.args;
    if (!name || value === undefined) throw new Error("nginx: add_header cần tên và giá trị.");
    if (value.startsWith("$")) {
      const lookup = maps.get(value);
      if (!lookup)
        throw new Error(`nginx: add_header ${name} dùng ${value} nhưng không có map $uri ${value}.`);
      mapped[name] = lookup;
    } else if (value.includes("$")) {
      throw new Error(`nginx: add_header ${name} ghép biến vào chuỗi; máy chủ thử không đọc được dạng này.`);
    } else {
      fixed[name] = value;
    }
  }
  return { fixed, mapped };
}

function flatten(directives: NginxDirective[]): NginxDirective[] {
  return directives.flatMap((d) => [d, ...flatten(d.children ?? [])]);
}

/** nginx map semantics for our use: exact strings first, then "~" / "~*" regexes in file order, then default. */
function uriMap(map: NginxDirective): (path: string) => string {
  let fallback = "";
  const exact = new Map<string, string>();
  const patterns: [RegExp, string][] = [];
  for (const entry of map.children ?? []) {
    const value = entry.args[0] ?? "";
    if (entry.name === "default") fallback = value;
    else if (entry.name.startsWith("~*")) patterns.push([new RegExp(entry.name.slice(2), "i"), value]);
    else if (entry.name.startsWith("~")) patterns.push([new RegExp(entry.name.slice(1)), value]);
    else exact.set(entry.name, value);
  }
  return (path) => exact.get(path) ?? patterns.find(([re]) => re.test(path))?.[1] ?? fallback;
}
