import { cleanLine } from "@kehoach/text-vi";
import type { PathSegment } from "../../field-labels.js";
import type { AgencyRef } from "../../schema/plan-v2.js";
import { foldKey } from "../../text/fold.js";
import type { Rule, RuleContext } from "../engine.js";
import { quote } from "../helpers.js";

// Plan-domain §2, rules 22–25: agency names and administrative level.

const E = { draft: "error", issued: "error" } as const;
const W = { draft: "warning", issued: "warning" } as const;

/** Every agency reference of the plan with its path. */
export function agencyRefs(
  ctx: Pick<RuleContext, "plan" | "nodes">,
): { ref: AgencyRef; path: PathSegment[] }[] {
  const out: { ref: AgencyRef; path: PathSegment[] }[] = [];
  for (const node of ctx.nodes) {
    node.task.roles.forEach((r, i) => {
      out.push({ ref: r.agency, path: [...node.path, "roles", i, "agency"] });
    });
  }
  ctx.plan.implementation.forEach((d, i) => {
    out.push({ ref: d.agency, path: ["implementation", i, "agency"] });
    d.coAgencies?.forEach((a, k) => {
      out.push({ ref: a, path: ["implementation", i, "coAgencies", k] });
    });
    d.items.forEach((item, j) => {
      item.partners?.forEach((p, k) => {
        out.push({ ref: p, path: ["implementation", i, "items", j, "partners", k] });
      });
    });
  });
  ctx.plan.reporting.forEach((r, i) => {
    out.push({ ref: r.reporter, path: ["reporting", i, "reporter"] });
    out.push({ ref: r.recipient, path: ["reporting", i, "recipient"] });
    if (r.via) out.push({ ref: r.via, path: ["reporting", i, "via"] });
  });
  ctx.plan.recipients.items.forEach((item, i) => {
    if (item.agency) out.push({ ref: item.agency, path: ["recipients", "items", i, "agency"] });
  });
  return out;
}

/** Two spellings differ only by the case of their first letter: "phòng Nội vụ" in running text. */
function sameSpelling(a: string, b: string): boolean {
  return spellingKey(a) === spellingKey(b);
}

// "UBND" and "Ủy ban nhân dân" are both accepted everywhere; tone placement is rule 28's matter.
function spellingKey(name: string): string {
  const t = cleanLine(name)
    .normalize("NFC")
    .replace(/Uỷ ban nhân dân|Ủy ban nhân dân/giu, "UBND")
    .replace(/Hội đồng nhân dân/giu, "HĐND");
  return t.charAt(0).toLowerCase() + t.slice(1);
}

export const agencyNameInconsistent: Rule = {
  id: "agency-name-inconsistent",
  spec: 22,
  title: "Một cơ quan được gọi bằng nhiều tên khác nhau",
  titleEn: "One agency called by several names",
  severity: W,
  check(ctx, report) {
    const clusters = new Map<string, { names: string[]; first: PathSegment[]; canonical?: string }>();
    for (const { ref, path } of agencyRefs(ctx)) {
      const m = ctx.matcher.resolve(ref);
      if (m.status === "generic") continue;
      const key = m.status === "matched" ? m.agency.id : `ten:${ctx.matcher.key(ref.name)}`;
      const cluster = clusters.get(key) ?? { names: [], first: path };
      if (m.status === "matched") cluster.canonical = m.agency.name;
      const same = cluster.names.findIndex((n) => sameSpelling(n, ref.name));
      if (same === -1) cluster.names.push(ref.name);
      // Of two spellings that differ by the first letter's case, keep the capitalised one.
      else if (/^\p{Lu}/u.test(ref.name) && !/^\p{Lu}/u.test(cluster.names[same] as string))
        cluster.names[same] = ref.name;
      clusters.set(key, cluster);
    }
    // Without a directory entry, "Phòng VHTT TP" and "Phòng Văn hóa và Thông tin thành phố" still
    // name one agency: clusters whose names are equivalent are merged.
    const list = [...clusters.entries()];
    for (let i = 0; i < list.length; i++) {
      const [keyA, a] = list[i] as [string, (typeof list)[number][1]];
      if (!keyA.startsWith("ten:") || !clusters.has(keyA)) continue;
      for (let j = i + 1; j < list.length; j++) {
        const [keyB, b] = list[j] as [string, (typeof list)[number][1]];
        if (!keyB.startsWith("ten:") || !clusters.has(keyB)) continue;
        if (ctx.matcher.equivalent(a.names[0] as string, b.names[0] as string)) {
          for (const n of b.names) if (!a.names.some((x) => sameSpelling(x, n))) a.names.push(n);
          clusters.delete(keyB);
        }
      }
    }
    for (const cluster of clusters.values()) {
      if (cluster.names.length < 2) continue;
      const target = cluster.canonical ?? cluster.names.find((n) => /^\p{Lu}/u.test(n)) ?? cluster.names[0];
      const names = cluster.names.map((n) => `“${n}”`).join(", ");
      report(
        cluster.first,
        ctx.say(
          `Cùng một cơ quan được viết theo ${cluster.names.length} cách: ${names}. Nên thống nhất là “${target}” (hoặc định nghĩa chữ viết tắt).`,
          `One agency is written in ${cluster.names.length} ways: ${names}. Use “${target}” throughout (or define an abbreviation).`,
        ),
      );
    }
    // Names one word apart ("… Truyền thanh" / "… Truyền thông") may be one agency or two.
    const singles = [...clusters.values()].filter((c) => !c.canonical);
    const tokens = singles.map((c) => ctx.matcher.key(c.names[0] as string).split(" "));
    for (let i = 0; i < singles.length; i++) {
      for (let j = i + 1; j < singles.length; j++) {
        const a = tokens[i] as string[];
        const b = tokens[j] as string[];
        if (a.length < 4 || a.length !== b.length) continue;
        const differing = a.filter((w, k) => w !== b[k]).length;
        if (differing === 1) {
          report(
            (singles[j] as { first: PathSegment[] }).first,
            ctx.say(
              `“${singles[i]?.names[0]}” và “${singles[j]?.names[0]}” chỉ khác nhau một từ: có thể là cùng một cơ quan viết sai tên. Kiểm tra và thống nhất tên.`,
              `“${singles[i]?.names[0]}” and “${singles[j]?.names[0]}” differ by one word: they may be one agency with a misspelt name. Check and use one name.`,
            ),
          );
        }
      }
    }
  },
};

// Words a district plan copies from a province plan, and district words a commune plan of the
// two-tier era copies from an old plan.
const PROVINCE_WORDS =
  /\b(huyen, thanh pho|huyen, thi xa, thanh pho|cac huyen, thi xa|cac so, ban, nganh|so, ban, nganh)\b/;
const DISTRICT_WORDS =
  /\b(cap huyen|ubnd huyen|uy ban nhan dan huyen|phong noi vu huyen|van phong hdnd va ubnd huyen|thi tran)\b/;

export function issuerLevel(ctx: RuleContext): "province" | "district" | "commune" | undefined {
  if (ctx.directory && ctx.plan.issuer.agencyId) {
    const agency = ctx.directory.agencies.get(ctx.plan.issuer.agencyId);
    const unit = agency?.unitId ? ctx.directory.units.get(agency.unitId) : undefined;
    if (unit && unit.level !== "hamlet") return unit.level;
  }
  const name = foldKey(ctx.plan.issuer.name);
  if (/\b(tinh|so)\b/.test(name) && !/\b(huyen|thi xa|xa|phuong)\b/.test(name.replace(/\btinh\b.*/, "")))
    return "province";
  if (/\b(huyen|quan|thi xa)\b/.test(name)) return "district";
  if (/\b(xa|phuong|thi tran|dac khu)\b/.test(name)) return "commune";
  if (/\bthanh pho\b/.test(name)) return "district";
  return undefined;
}

export const levelMismatch: Rule = {
  id: "level-mismatch",
  spec: 23,
  title: "Dùng từ của cấp hành chính khác",
  titleEn: "Words of another administrative level",
  severity: W,
  check(ctx, report) {
    const level = issuerLevel(ctx);
    const twoTier = (ctx.issueDate ?? `${ctx.plan.planYear}-12-31`) >= "2025-07-01";
    for (const t of ctx.texts) {
      if (t.kind === "basis" || t.kind === "recipient") continue;
      const text = foldKey(t.text);
      const province = level !== "province" ? PROVINCE_WORDS.exec(text) : null;
      if (province) {
        const words = quote(t.text, province.index, province[0].length, 20);
        report(
          t.path,
          ctx.say(
            `Cụm “${words}” là cách viết của kế hoạch cấp tỉnh, không hợp với kế hoạch của ${ctx.plan.issuer.name}.`,
            `“${words}” is how a province plan is worded; it does not fit a plan of ${ctx.plan.issuer.name}.`,
          ),
        );
      }
      const district = twoTier && level !== "province" ? DISTRICT_WORDS.exec(text) : null;
      if (district) {
        const words = quote(t.text, district.index, district[0].length, 20);
        report(
          t.path,
          ctx.say(
            `Từ 01/7/2025 không còn cấp huyện và thị trấn: “${words}” có thể sao chép từ kế hoạch cũ.`,
            `Districts and townships no longer exist since 1/7/2025: “${words}” may have been copied from an old plan.`,
          ),
        );
      }
    }
  },
};

export const issuerAbolished: Rule = {
  id: "issuer-district-after-reform",
  spec: 0,
  title: "Cơ quan cấp huyện ban hành văn bản từ 01/7/2025",
  titleEn: "A district body issuing a document after 1/7/2025",
  severity: E,
  check(ctx, report) {
    const date =
      ctx.issueDate ??
      (ctx.plan.issuedOn.month
        ? `${ctx.plan.issuedOn.year}-${String(ctx.plan.issuedOn.month).padStart(2, "0")}-01`
        : undefined);
    if (!date || date < "2025-07-01") return;
    if (issuerLevel(ctx) === "district") {
      const day = date.split("-").reverse().join("/");
      report(
        ["issuer", "name"],
        ctx.say(
          `${ctx.plan.issuer.name} là cơ quan cấp huyện, đã kết thúc hoạt động từ 01/7/2025; văn bản ngày ${day} không thể do cơ quan này ban hành.`,
          `${ctx.plan.issuer.name} is a district body, which ceased to exist on 1/7/2025; a document dated ${day} cannot be issued by it.`,
        ),
      );
    }
  },
};

export const agencyNotInDirectory: Rule = {
  id: "agency-not-in-directory",
  spec: 25,
  title: "Tên cơ quan không có trong danh mục của địa phương",
  titleEn: "Agency name not in the locality's directory",
  // A hint while drafting; when issuing, a name printed as typed ("Hội nong dan") must be looked at.
  severity: { draft: "info", issued: "warning" },
  check(ctx, report) {
    if (!ctx.directory) return;
    const seen = new Set<string>();
    for (const { ref, path } of agencyRefs(ctx)) {
      if (seen.has(ref.name)) continue;
      seen.add(ref.name);
      const m = ctx.matcher.resolve(ref);
      if (m.status === "unmatched") {
        const names = m.suggestions.map((a) => `“${a.name}”`).join(", ");
        const hint =
          m.suggestions.length > 0 ? ctx.say(` Có phải: ${names}?`, ` Did you mean ${names}?`) : "";
        report(
          path,
          ctx.say(
            `“${ref.name}” không khớp với cơ quan nào trong danh mục của địa phương.${hint}`,
            `“${ref.name}” matches no agency in the locality's directory.${hint}`,
          ),
        );
      } else if (m.status === "ambiguous") {
        const names = m.candidates.map((a) => `“${a.name}”`).join(", ");
        report(
          path,
          ctx.say(
            `“${ref.name}” khớp với nhiều cơ quan: ${names}; hãy chọn một.`,
            `“${ref.name}” matches several agencies: ${names}; choose one.`,
          ),
        );
      }
    }
  },
};
