import { foldKey } from "../../text/fold.js";
import type { Rule } from "../engine.js";

// Plan-domain §2, rules 8–12: what an issued plan must carry (number, date, place, signature,
// recipients), what its bases cite, and the slots every plan should fill.

const ISSUED_ERROR = { draft: "info", issued: "error" } as const;
const W = { draft: "warning", issued: "warning" } as const;
const I = { draft: "info", issued: "info" } as const;

export const numberMissing: Rule = {
  id: "number-missing",
  spec: 8,
  title: "Thiếu số hoặc ký hiệu văn bản",
  severity: ISSUED_ERROR,
  check(ctx, report) {
    if (!ctx.plan.number)
      report(["number"], "Kế hoạch chưa có số (Số: …/KH-…); số được cấp khi văn bản được ban hành.");
    if (!ctx.plan.symbol) report(["symbol"], "Kế hoạch chưa có ký hiệu (ví dụ KH-UBND).");
  },
};

export const dateIncomplete: Rule = {
  id: "date-incomplete",
  spec: 8,
  title: "Thiếu ngày, tháng ban hành",
  severity: ISSUED_ERROR,
  check(ctx, report) {
    const d = ctx.plan.issuedOn;
    if (d.day === undefined || d.month === undefined) {
      const missing = d.month === undefined ? "ngày và tháng" : "ngày";
      report(["issuedOn"], `Ngày ban hành còn thiếu ${missing} (“ngày … tháng … năm ${d.year}”).`);
    }
  },
};

export const placeMissing: Rule = {
  id: "place-missing",
  spec: 8,
  title: "Thiếu địa danh",
  severity: ISSUED_ERROR,
  check(ctx, report) {
    if (!ctx.plan.place.trim())
      report(["place"], "Thiếu địa danh ở dòng ngày tháng (ví dụ “Kim Liên, ngày …”).");
  },
};

const COLLECTIVE = /^(uy ban nhan dan|hoi dong nhan dan|ban thuong vu|ban chap hanh|thuong truc)/;

export const signatureIncomplete: Rule = {
  id: "signature-incomplete",
  spec: 9,
  title: "Thiếu hoặc sai thể thức chữ ký",
  severity: ISSUED_ERROR,
  check(ctx, report) {
    const signer = ctx.plan.signer;
    if (!signer) {
      report(["signer"], "Kế hoạch chưa có phần chữ ký (quyền hạn, chức vụ, họ tên người ký).");
      return;
    }
    if (!signer.name?.trim()) report(["signer", "name"], "Phần chữ ký chưa có họ tên người ký.");
    const issuerIsCollective = COLLECTIVE.test(foldKey(ctx.plan.issuer.name));
    const headTitle = foldKey(signer.delegation ? (signer.headTitle ?? "") : signer.title);
    if (issuerIsCollective && !signer.collective && /^chu tich/.test(headTitle)) {
      report(
        ["signer", "collective"],
        `Chủ tịch ký thay mặt tập thể ${ctx.plan.issuer.name}: cần dòng “TM. ${collectiveOf(ctx.plan.issuer.name)}” trên chức vụ.`,
      );
    }
    if (signer.delegation === "KT" && !/^pho /.test(foldKey(signer.title))) {
      report(
        ["signer", "title"],
        `Ký thay (KT.) phải là cấp phó; chức vụ “${signer.title}” không phải chức vụ cấp phó.`,
      );
    }
    if (signer.delegation === "KT" && !signer.headTitle) {
      report(["signer", "headTitle"], "Ký thay (KT.) cần chức vụ của người đứng đầu (ví dụ “KT. Chủ tịch”).");
    }
    if (signer.collective && !COLLECTIVE.test(foldKey(signer.collective))) {
      report(
        ["signer", "collective"],
        `“TM.” chỉ dùng khi ký thay mặt tập thể (Ủy ban nhân dân, Hội đồng nhân dân…); “${signer.collective}” không phải tập thể.`,
      );
    }
  },
};

function collectiveOf(issuer: string): string {
  const key = foldKey(issuer);
  if (key.startsWith("hoi dong nhan dan")) return "Hội đồng nhân dân";
  return "Ủy ban nhân dân";
}

export const recipientsMissing: Rule = {
  id: "recipients-missing",
  spec: 10,
  title: "Thiếu nơi nhận hoặc “Lưu: VT”",
  severity: W,
  check(ctx, report) {
    const r = ctx.plan.recipients;
    if (r.items.length === 0) report(["recipients", "items"], "Kế hoạch chưa có nơi nhận.");
    if (!r.archive.vt) report(["recipients", "archive"], "Nơi nhận thiếu dòng “Lưu: VT”.");
  },
};

export const recipientsSuperior: Rule = {
  id: "recipients-superior-missing",
  spec: 10,
  title: "Chưa gửi cơ quan cấp trên khi thực hiện kế hoạch cấp trên",
  severity: I,
  check(ctx, report) {
    const superior = [
      ...ctx.plan.bases.flatMap((b) => b.refs),
      ...(ctx.plan.parentPlan ? [ctx.plan.parentPlan] : []),
    ].find((ref) => ref.type === "Kế hoạch" && ref.issuer && /\btinh\b|^so /.test(foldKey(ref.issuer)));
    if (!superior) return;
    const sent = ctx.plan.recipients.items.some((item) =>
      /\b(so noi vu|ubnd tinh|uy ban nhan dan tinh)\b/.test(foldKey(item.text)),
    );
    if (!sent) {
      report(
        ["recipients", "items"],
        `Kế hoạch thực hiện ${superior.text ?? "kế hoạch cấp trên"} nhưng nơi nhận chưa có cơ quan cấp trên (Sở Nội vụ hoặc UBND tỉnh, “để báo cáo”).`,
      );
    }
  },
};

export const basisWithoutDocument: Rule = {
  id: "basis-without-document",
  spec: 11,
  title: "Căn cứ không dẫn văn bản nào",
  severity: W,
  check(ctx, report) {
    ctx.plan.bases.forEach((basis, i) => {
      if (basis.refs.length === 0 && basis.kind !== "de_nghi") {
        report(["bases", i], `Dòng “${basis.text}” không dẫn văn bản nào (số, ký hiệu, ngày ban hành).`);
      }
    });
  },
};

export const basisPlanAsCanCu: Rule = {
  id: "basis-plan-as-can-cu",
  spec: 11,
  title: "Dùng “Căn cứ” cho một kế hoạch",
  severity: I,
  check(ctx, report) {
    ctx.plan.bases.forEach((basis, i) => {
      if (basis.kind !== "can_cu") return;
      const plans = basis.refs.filter((r) => r.type === "Kế hoạch");
      if (plans.length > 0 && plans.length === basis.refs.filter((r) => r.type !== "Quyết định").length) {
        report(
          ["bases", i],
          `${plans.map((p) => p.text ?? "Kế hoạch").join("; ")} là kế hoạch, không phải văn bản quy phạm: nên viết “Thực hiện …” thay cho “Căn cứ …”.`,
        );
      }
    });
  },
};

export const budgetMissing: Rule = {
  id: "budget-missing",
  spec: 12,
  title: "Không có mục kinh phí",
  severity: W,
  check(ctx, report) {
    if (ctx.plan.budget) return;
    const section = ctx.plan.sections.some(
      (s) =>
        /kinh phi/.test(foldKey(s.heading)) ||
        s.content.some((b) => b.kind === "heading" && /kinh phi/.test(foldKey(b.text))),
    );
    if (!section) report(["budget"], "Kế hoạch không có mục kinh phí (nguồn kinh phí thực hiện).");
  },
};

export const reportingMissing: Rule = {
  id: "reporting-duty-missing",
  spec: 12,
  title: "Không quy định chế độ báo cáo",
  severity: W,
  check(ctx, report) {
    if (ctx.plan.reporting.length > 0) return;
    report(
      ["reporting"],
      "Kế hoạch không quy định ai báo cáo kết quả, gửi ai và theo kỳ nào (quý, 6 tháng, năm).",
    );
  },
};

export const monitorMissing: Rule = {
  id: "monitor-missing",
  spec: 12,
  title: "Không có cơ quan theo dõi, đôn đốc",
  severity: W,
  check(ctx, report) {
    const inTasks = ctx.nodes.some((n) => n.task.roles.some((r) => r.role === "monitor"));
    const inDuties = ctx.plan.implementation.some((d) =>
      d.items.some((item) => item.roles?.includes("monitor")),
    );
    if (!inTasks && !inDuties) {
      report(
        ["implementation"],
        "Kế hoạch chưa giao cơ quan nào theo dõi, kiểm tra, đôn đốc việc thực hiện.",
      );
    }
  },
};
