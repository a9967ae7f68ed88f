import { PAR_AREAS, type Plan, toBasis } from "../index.js";
import { issuerFields, type LocalityContext, signersFor, toSigner } from "./locality.js";
import { communicationOutline } from "./outline.js";

// The two starting points of a new plan. Both take the issuer, its symbol, place and signer from
// the locality, so the header is right from the first keystroke. The communication plan carries
// the outline officials write every year (purposes, requirements, contents, forms, audiences, the
// task table, budget, organisation, reporting) with wording to adapt; its task table starts
// empty, because the tasks are what each year's plan is about.

export type TemplateId = "blank" | "cchc";

export interface TemplateInput {
  id: string;
  year: number;
  /** The issuing agency in the locality directory. */
  issuerId: string;
}

function header(ctx: LocalityContext, input: TemplateInput) {
  const agency = ctx.directory.agencies.get(input.issuerId) ?? ctx.issuers[0];
  const fields = agency ? issuerFields(agency) : undefined;
  const signer = agency ? signersFor(ctx, agency.id)[0] : undefined;
  return {
    issuer: fields?.issuer ?? { name: "" },
    symbol: fields?.symbol ?? "KH",
    place: fields?.place ?? "",
    signer: signer ? toSigner(signer) : undefined,
    issuerName: agency?.name ?? "",
  };
}

export function blankPlan(ctx: LocalityContext, input: TemplateInput): Plan {
  const h = header(ctx, input);
  return {
    schemaVersion: 2,
    id: input.id,
    locality: ctx.locality.slug,
    issuer: h.issuer,
    symbol: h.symbol,
    place: h.place,
    issuedOn: { year: input.year },
    planYear: input.year,
    title: "",
    bases: [],
    abbreviations: [],
    purposes: [],
    requirements: [],
    audiences: [],
    themes: [],
    indices: [],
    forms: [],
    sections: [],
    tasks: [],
    targets: [],
    implementation: [],
    reporting: [],
    recipients: { items: [], archive: { vt: true, units: [] } },
    ...(h.signer ? { signer: h.signer } : {}),
    appendices: [],
    waivers: [],
  };
}

export function cchcCommunicationPlan(ctx: LocalityContext, input: TemplateInput): Plan {
  const { year } = input;
  const h = header(ctx, input);
  const blank = blankPlan(ctx, input);
  const committee = h.issuerName || "Ủy ban nhân dân";
  return {
    ...blank,
    title: `Tuyên truyền cải cách hành chính năm ${year} trên địa bàn ${ctx.unitName}`,
    // The programme of Nghị quyết 76/NQ-CP runs to 2030; after that the basis is left to the author.
    bases:
      year <= 2030
        ? [
            toBasis(
              "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
            ),
          ]
        : [],
    intro: `Để đẩy mạnh công tác thông tin, tuyên truyền cải cách hành chính năm ${year}, ${committee} ban hành Kế hoạch tuyên truyền cải cách hành chính năm ${year} như sau:`,
    purposes: [
      "Nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức và người lao động về vai trò, ý nghĩa của cải cách hành chính trong xây dựng nền hành chính phục vụ Nhân dân.",
      "Giúp người dân, doanh nghiệp nắm được thủ tục hành chính, dịch vụ công trực tuyến và kết quả cải cách hành chính; tạo sự đồng thuận và tham gia giám sát việc thực hiện.",
    ],
    requirements: [
      "Tuyên truyền kịp thời, thường xuyên, có trọng tâm, trọng điểm; nội dung ngắn gọn, dễ hiểu, phù hợp với từng nhóm đối tượng.",
      "Phân công rõ cơ quan chủ trì, cơ quan phối hợp, sản phẩm và thời gian thực hiện từng nhiệm vụ.",
    ],
    audiences: [
      { tag: "officials", text: "Cán bộ, công chức, viên chức và người lao động" },
      { tag: "massOrganisations", text: "đoàn viên, hội viên các tổ chức chính trị - xã hội" },
      { tag: "citizens", text: "người dân và doanh nghiệp trên địa bàn" },
    ],
    themes: [...PAR_AREAS],
    forms: [
      { code: "portal", text: "Tuyên truyền trên trang thông tin điện tử và hệ thống truyền thanh cơ sở" },
      { code: "print", text: "tờ gấp, băng rôn, pa nô, khẩu hiệu" },
      { code: "conference", text: "hội nghị, tập huấn, hội thi" },
      {
        code: "integrated",
        text: "lồng ghép trong các cuộc họp, sinh hoạt của cơ quan, đơn vị và khu dân cư",
      },
    ],
    sections: communicationOutline({
      contents: [
        "- Chủ trương của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính; các nhiệm vụ cải cách thể chế, thủ tục hành chính, tổ chức bộ máy, chế độ công vụ, tài chính công và xây dựng chính quyền điện tử, chính quyền số.",
        "- Thủ tục hành chính thuộc thẩm quyền giải quyết; cách nộp hồ sơ, thanh toán phí, lệ phí và nhận kết quả trực tuyến.",
      ],
      reportingUnderOrganisation: true,
    }),
    budget: {
      sources: ["ngân sách nhà nước theo phân cấp", "các nguồn kinh phí hợp pháp khác"],
      text: "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo phân cấp hiện hành và các nguồn kinh phí hợp pháp khác theo quy định.",
    },
    reporting: [
      {
        id: "bao-cao-dinh-ky",
        reporter: { name: "Các cơ quan, đơn vị được giao nhiệm vụ" },
        recipient: { name: committee, ...(h.issuer.agencyId ? { id: h.issuer.agencyId } : {}) },
        cadences: ["quarter", "halfYear", "year"],
        embeddedIn: "báo cáo cải cách hành chính",
        text: `Các cơ quan, đơn vị được giao nhiệm vụ định kỳ hằng quý, 6 tháng, năm báo cáo kết quả thực hiện Kế hoạch (lồng ghép trong báo cáo cải cách hành chính) về ${committee} để tổng hợp.`,
      },
    ],
    closing: `Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm ${year} trên địa bàn ${ctx.unitName}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về ${committee} để xem xét, giải quyết./.`,
  };
}

export function planFromTemplate(template: TemplateId, ctx: LocalityContext, input: TemplateInput): Plan {
  return template === "cchc" ? cchcCommunicationPlan(ctx, input) : blankPlan(ctx, input);
}
