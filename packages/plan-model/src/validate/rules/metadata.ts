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
  titleEn: "Document number or symbol missing",
  severity: ISSUED_ERROR,
  check(ctx, report) {
    if (!ctx.plan.number)
      report(
        ["number"],
        ctx.say(
          "Kế hoạch chưa có số (Số: …/KH-…); số được cấp khi văn bản được ban hành.",
          "The plan has no number yet; it is given when the document is issued.",
        ),
      );
    if (!ctx.plan.symbol)
      report(
        ["symbol"],
        ctx.say(
          "Kế hoạch chưa có ký hiệu (ví dụ KH-UBND).",
          "The plan has no symbol yet (for example KH-UBND).",
        ),
      );
  },
};

export const dateIncomplete: Rule = {
  id: "date-incomplete",
  spec: 8,
  title: "Thiếu ngày, tháng ban hành",
  titleEn: "Day or month of issue missing",
  severity: ISSUED_ERROR,
  check(ctx, report) {
    const d = ctx.plan.issuedOn;
    if (d.day === undefined || d.month === undefined) {
      const missing =
        d.month === undefined ? ctx.say("ngày và tháng", "day and month") : ctx.say("ngày", "day");
      report(
        ["issuedOn"],
        ctx.say(
          `Ngày ban hành còn thiếu ${missing} (“ngày … tháng … năm ${d.year}”).`,
          `The date of issue still lacks its ${missing} (… / … / ${d.year}).`,
        ),
      );
    }
  },
};

export const placeMissing: Rule = {
  id: "place-missing",
  spec: 8,
  title: "Thiếu địa danh",
  titleEn: "Place name missing",
  severity: ISSUED_ERROR,
  check(ctx, report) {
    if (!ctx.plan.place.trim())
      report(
        ["place"],
        ctx.say(
          "Thiếu địa danh ở dòng ngày tháng (ví dụ “Kim Liên, ngày …”).",
          "The line of the date has no place name (the locality, before the date).",
        ),
      );
  },
};

const COLLECTIVE = /^(uy ban nhan dan|hoi dong nhan dan|ban thuong vu|ban chap hanh|thuong truc)/;

export const signatureIncomplete: Rule = {
  id: "signature-incomplete",
  spec: 9,
  title: "Thiếu hoặc sai thể thức chữ ký",
  titleEn: "Signature block missing or wrongly laid out",
  severity: ISSUED_ERROR,
  check(ctx, report) {
    const signer = ctx.plan.signer;
    if (!signer) {
      report(
        ["signer"],
        ctx.say(
          "Kế hoạch chưa có phần chữ ký (quyền hạn, chức vụ, họ tên người ký).",
          "The plan has no signature block yet (authority, title and name of the signer).",
        ),
      );
      return;
    }
    if (!signer.name?.trim())
      report(
        ["signer", "name"],
        ctx.say("Phần chữ ký chưa có họ tên người ký.", "The signature block has no signer's name."),
      );
    const issuerIsCollective = COLLECTIVE.test(foldKey(ctx.plan.issuer.name));
    const headTitle = foldKey(signer.delegation ? (signer.headTitle ?? "") : signer.title);
    if (issuerIsCollective && !signer.collective && /^chu tich/.test(headTitle)) {
      report(
        ["signer", "collective"],
        ctx.say(
          `Chủ tịch ký thay mặt tập thể ${ctx.plan.issuer.name}: cần dòng “TM. ${collectiveOf(ctx.plan.issuer.name)}” trên chức vụ.`,
          `The chair signs on behalf of ${ctx.plan.issuer.name} as a body: a “TM.” line naming the body is needed above the title.`,
        ),
      );
    }
    if (signer.delegation === "KT" && !/^pho /.test(foldKey(signer.title))) {
      report(
        ["signer", "title"],
        ctx.say(
          `Ký thay (KT.) phải là cấp phó; chức vụ “${signer.title}” không phải chức vụ cấp phó.`,
          `Signing for the head (KT.) is done by a deputy; “${signer.title}” is not a deputy's title.`,
        ),
      );
    }
    if (signer.delegation === "KT" && !signer.headTitle) {
      report(
        ["signer", "headTitle"],
        ctx.say(
          "Ký thay (KT.) cần chức vụ của người đứng đầu (ví dụ “KT. Chủ tịch”).",
          "Signing for the head (KT.) needs the title of the head.",
        ),
      );
    }
    if (signer.collective && !COLLECTIVE.test(foldKey(signer.collective))) {
      report(
        ["signer", "collective"],
        ctx.say(
          `“TM.” chỉ dùng khi ký thay mặt tập thể (Ủy ban nhân dân, Hội đồng nhân dân…); “${signer.collective}” không phải tập thể.`,
          `“TM.” is used only when signing on behalf of a collective body (a people's committee or council); “${signer.collective}” is not one.`,
        ),
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
  titleEn: "Recipients or the clerical archive line missing",
  severity: W,
  check(ctx, report) {
    const r = ctx.plan.recipients;
    if (r.items.length === 0)
      report(
        ["recipients", "items"],
        ctx.say("Kế hoạch chưa có nơi nhận.", "The plan has no recipients yet."),
      );
    if (!r.archive.vt)
      report(
        ["recipients", "archive"],
        ctx.say("Nơi nhận thiếu dòng “Lưu: VT”.", "The recipients lack the clerical archive line (VT)."),
      );
  },
};

export const recipientsSuperior: Rule = {
  id: "recipients-superior-missing",
  spec: 10,
  title: "Chưa gửi cơ quan cấp trên khi thực hiện kế hoạch cấp trên",
  titleEn: "Carrying out a superior plan without sending it up",
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
        ctx.say(
          `Kế hoạch thực hiện ${superior.text ?? "kế hoạch cấp trên"} nhưng nơi nhận chưa có cơ quan cấp trên (Sở Nội vụ hoặc UBND tỉnh, “để báo cáo”).`,
          `The plan carries out ${superior.text ?? "a superior plan"} but no superior body is among the recipients (the provincial Department of Home Affairs or People's Committee, for reporting).`,
        ),
      );
    }
  },
};

export const basisWithoutDocument: Rule = {
  id: "basis-without-document",
  spec: 11,
  title: "Căn cứ không dẫn văn bản nào",
  titleEn: "A legal basis citing no document",
  severity: W,
  check(ctx, report) {
    ctx.plan.bases.forEach((basis, i) => {
      if (basis.refs.length === 0 && basis.kind !== "de_nghi") {
        report(
          ["bases", i],
          ctx.say(
            `Dòng “${basis.text}” không dẫn văn bản nào (số, ký hiệu, ngày ban hành).`,
            `The line “${basis.text}” cites no document (number, symbol, date of issue).`,
          ),
        );
      }
    });
  },
};

export const basisPlanAsCanCu: Rule = {
  id: "basis-plan-as-can-cu",
  spec: 11,
  title: "Dùng “Căn cứ” cho một kế hoạch",
  titleEn: "A plan cited as a legal basis",
  severity: I,
  check(ctx, report) {
    ctx.plan.bases.forEach((basis, i) => {
      if (basis.kind !== "can_cu") return;
      const plans = basis.refs.filter((r) => r.type === "Kế hoạch");
      if (plans.length > 0 && plans.length === basis.refs.filter((r) => r.type !== "Quyết định").length) {
        const cited = plans.map((p) => p.text ?? ctx.say("Kế hoạch", "A plan")).join("; ");
        report(
          ["bases", i],
          ctx.say(
            `${cited} là kế hoạch, không phải văn bản quy phạm: nên viết “Thực hiện …” thay cho “Căn cứ …”.`,
            `${cited}: a plan, not a legal document; the line should say the plan is being carried out rather than cite it as a legal basis.`,
          ),
        );
      }
    });
  },
};

export const budgetMissing: Rule = {
  id: "budget-missing",
  spec: 12,
  title: "Không có mục kinh phí",
  titleEn: "No budget section",
  severity: W,
  check(ctx, report) {
    if (ctx.plan.budget) return;
    const section = ctx.plan.sections.some(
      (s) =>
        /kinh phi/.test(foldKey(s.heading)) ||
        s.content.some((b) => b.kind === "heading" && /kinh phi/.test(foldKey(b.text))),
    );
    if (!section)
      report(
        ["budget"],
        ctx.say(
          "Kế hoạch không có mục kinh phí (nguồn kinh phí thực hiện).",
          "The plan has no budget section (where the funding comes from).",
        ),
      );
  },
};

export const reportingMissing: Rule = {
  id: "reporting-duty-missing",
  spec: 12,
  title: "Không quy định chế độ báo cáo",
  titleEn: "No reporting duty",
  severity: W,
  check(ctx, report) {
    if (ctx.plan.reporting.length > 0) return;
    report(
      ["reporting"],
      ctx.say(
        "Kế hoạch không quy định ai báo cáo kết quả, gửi ai và theo kỳ nào (quý, 6 tháng, năm).",
        "The plan does not say who reports the results, to whom, and how often (quarterly, half-yearly, yearly).",
      ),
    );
  },
};

export const monitorMissing: Rule = {
  id: "monitor-missing",
  spec: 12,
  title: "Không có cơ quan theo dõi, đôn đốc",
  titleEn: "No agency following up",
  severity: W,
  check(ctx, report) {
    const inTasks = ctx.nodes.some((n) => n.task.roles.some((r) => r.role === "monitor"));
    const inDuties = ctx.plan.implementation.some((d) =>
      d.items.some((item) => item.roles?.includes("monitor")),
    );
    if (!inTasks && !inDuties) {
      report(
        ["implementation"],
        ctx.say(
          "Kế hoạch chưa giao cơ quan nào theo dõi, kiểm tra, đôn đốc việc thực hiện.",
          "The plan gives no agency the duty to follow up, check and urge its implementation.",
        ),
      );
    }
  },
};
