import { communicationOutline } from "../editing/outline.js";
import type { Plan } from "../plan.js";
import { SAMPLE_PLAN_ID } from "./id.js";

/**
 * A plan written for this toolkit: the 2026 administrative-reform communication plan of a commune
 * under the two-tier local government (from 1 July 2025). The commune, its agencies and the cited
 * national acts are real; the plan's own number, date, the commune decision it implements and the
 * signer are illustrative.
 */
export const samplePlan: Plan = {
  schemaVersion: 2,
  id: SAMPLE_PLAN_ID,
  locality: "kim-lien",
  issuer: {
    name: "Ủy ban nhân dân xã Kim Liên",
    headerLines: ["Ủy ban nhân dân", "xã Kim Liên"],
    agencyId: "ubnd-xa-kim-lien",
  },
  number: "15",
  symbol: "KH-UBND",
  place: "Kim Liên",
  issuedOn: { year: 2026, month: 1, day: 20 },
  planYear: 2026,
  title: "Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên",
  bases: [
    {
      kind: "can_cu",
      text: "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
      refs: [
        {
          text: "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
          type: "Nghị quyết",
          number: "76",
          symbol: "NQ-CP",
          date: { year: 2021, month: 7, day: 15 },
          issuer: "Chính phủ",
          summary: "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
        },
      ],
    },
    {
      kind: "thuc_hien",
      text: "Thực hiện Kế hoạch số 08/KH-UBND ngày 09/01/2026 của Ủy ban nhân dân xã Kim Liên về cải cách hành chính năm 2026;",
      refs: [
        {
          text: "Kế hoạch số 08/KH-UBND ngày 09/01/2026 của Ủy ban nhân dân xã Kim Liên về cải cách hành chính năm 2026",
          type: "Kế hoạch",
          number: "08",
          symbol: "KH-UBND",
          date: { year: 2026, month: 1, day: 9 },
          issuer: "Ủy ban nhân dân xã Kim Liên",
          summary: "cải cách hành chính năm 2026",
        },
      ],
    },
  ],
  abbreviations: [
    {
      short: "SIPAS",
      long: "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
    },
  ],
  intro:
    "Để người dân, doanh nghiệp và đội ngũ cán bộ, công chức nắm rõ các nhiệm vụ cải cách hành chính trong năm đầu tiên vận hành trọn năm mô hình chính quyền địa phương hai cấp, Ủy ban nhân dân xã ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 như sau:",
  purposes: [
    "Nâng cao nhận thức và trách nhiệm của cán bộ, công chức, người hoạt động không chuyên trách ở thôn về vai trò của cải cách hành chính đối với việc xây dựng chính quyền xã phục vụ Nhân dân; tạo sự đồng thuận của người dân, doanh nghiệp khi thực hiện thủ tục hành chính theo mô hình chính quyền địa phương hai cấp.",
    "Đưa thông tin về thủ tục hành chính, dịch vụ công trực tuyến và kết quả cải cách hành chính của xã đến với mọi tầng lớp Nhân dân, góp phần nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS).",
  ],
  requirements: [
    "Công tác tuyên truyền phải kịp thời, thường xuyên, có trọng tâm, trọng điểm; nội dung ngắn gọn, dễ hiểu, phù hợp với từng nhóm đối tượng, đặc biệt là người cao tuổi và người chưa quen sử dụng dịch vụ công trực tuyến.",
    "Gắn tuyên truyền cải cách hành chính với phổ biến, giáo dục pháp luật và chuyển đổi số; phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện từng nhiệm vụ.",
  ],
  audiences: [
    { tag: "officials", text: "Cán bộ, công chức xã" },
    { tag: "officials", text: "người hoạt động không chuyên trách ở thôn" },
    { tag: "massOrganisations", text: "đoàn viên, hội viên các tổ chức chính trị - xã hội" },
    { tag: "citizens", text: "người dân và doanh nghiệp trên địa bàn xã" },
  ],
  themes: ["institutions", "procedures", "organisation", "digitalGovernment"],
  indices: ["SIPAS"],
  forms: [
    { code: "portal", text: "Tuyên truyền trên Trang thông tin điện tử xã và hệ thống truyền thanh cơ sở" },
    { code: "print", text: "tờ gấp, băng rôn, pa nô" },
    { code: "conference", text: "hội nghị, tập huấn, hội thi" },
    { code: "integrated", text: "lồng ghép trong sinh hoạt của thôn và các tổ chức chính trị - xã hội" },
    { code: "publication", text: "hướng dẫn trực tiếp tại Trung tâm Phục vụ hành chính công xã" },
  ],
  sections: communicationOutline({
    contents: [
      "- Chủ trương của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính; Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và Kế hoạch cải cách hành chính năm 2026 của xã.",
      "- Tổ chức bộ máy, chức năng, nhiệm vụ của chính quyền xã và của Trung tâm Phục vụ hành chính công xã sau khi sắp xếp đơn vị hành chính.",
      "- Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của xã; cách nộp hồ sơ, thanh toán phí, lệ phí và nhận kết quả trực tuyến trên Cổng Dịch vụ công quốc gia.",
    ],
  }),
  tasks: [
    {
      id: "t01",
      title: "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 và hướng dẫn các thôn triển khai",
      product: "Kế hoạch, văn bản hướng dẫn",
      roles: [
        { role: "lead", agency: { name: "Phòng Văn hóa - Xã hội" } },
        { role: "support", agency: { name: "Văn phòng HĐND và UBND xã" } },
      ],
      time: { raw: "Quý I/2026", kind: "within", period: { unit: "quarter", year: 2026, quarter: 1 } },
    },
    {
      id: "t02",
      title:
        "Đăng tải tin, bài, ảnh về cải cách hành chính trên chuyên mục Cải cách hành chính của Trang thông tin điện tử xã",
      forms: [{ code: "portal", text: "Trang thông tin điện tử xã" }],
      product: "Tin, bài, ảnh",
      roles: [
        { role: "lead", agency: { name: "Văn phòng HĐND và UBND xã" } },
        { role: "support", agency: { name: "Phòng Văn hóa - Xã hội" } },
        { role: "support", agency: { name: "Các cơ quan, đơn vị thuộc UBND xã" } },
      ],
      time: { raw: "Thường xuyên", kind: "ongoing" },
    },
    {
      id: "t03",
      title:
        "Phát sóng chuyên mục cải cách hành chính trên hệ thống truyền thanh cơ sở, mỗi lần từ 10 đến 15 phút",
      forms: [{ code: "radio", text: "Hệ thống truyền thanh cơ sở" }],
      product: "Chuyên mục phát thanh",
      roles: [
        { role: "lead", agency: { name: "Phòng Văn hóa - Xã hội" } },
        { role: "support", agency: { name: "Trưởng các thôn" } },
      ],
      time: { raw: "Hàng tháng", kind: "recurring", every: "month" },
    },
    {
      id: "t04",
      title:
        "Niêm yết công khai thủ tục hành chính, quy trình giải quyết, phí và lệ phí tại Trung tâm Phục vụ hành chính công xã và trên Trang thông tin điện tử xã",
      forms: [{ code: "publication", text: "Niêm yết thủ tục hành chính" }],
      product: "Bảng niêm yết, trang thông tin",
      roles: [
        { role: "lead", agency: { name: "Trung tâm Phục vụ hành chính công xã" } },
        { role: "support", agency: { name: "Văn phòng HĐND và UBND xã" } },
      ],
      time: { raw: "Thường xuyên", kind: "ongoing" },
      indicators: [
        {
          id: "tthc-niem-yet",
          label: "Tỷ lệ thủ tục hành chính được niêm yết công khai",
          unit: "%",
          target: 100,
        },
      ],
    },
    {
      id: "t05",
      title:
        "Hướng dẫn người dân, doanh nghiệp nộp hồ sơ, thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia",
      product: "Lượt hướng dẫn",
      roles: [
        { role: "lead", agency: { name: "Trung tâm Phục vụ hành chính công xã" } },
        { role: "support", agency: { name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã" } },
        { role: "support", agency: { name: "Tổ công nghệ số cộng đồng các thôn" } },
      ],
      time: { raw: "Thường xuyên", kind: "ongoing" },
    },
    {
      id: "t06",
      title:
        "Biên soạn, in và phát hành tờ gấp về thủ tục hành chính thường gặp và cách nộp hồ sơ trực tuyến",
      forms: [{ code: "print", text: "Tờ gấp" }],
      product: "Tờ gấp",
      roles: [
        { role: "lead", agency: { name: "Phòng Văn hóa - Xã hội" } },
        { role: "support", agency: { name: "Trung tâm Phục vụ hành chính công xã" } },
      ],
      time: { raw: "Quý II/2026", kind: "within", period: { unit: "quarter", year: 2026, quarter: 2 } },
    },
    {
      id: "t07",
      title:
        "Treo băng rôn, khẩu hiệu, pa nô tuyên truyền cải cách hành chính tại trụ sở xã, Trung tâm Phục vụ hành chính công xã và nhà văn hóa các thôn",
      forms: [{ code: "visual", text: "Băng rôn, khẩu hiệu, pa nô" }],
      product: "Băng rôn, pa nô",
      roles: [
        { role: "lead", agency: { name: "Phòng Văn hóa - Xã hội" } },
        { role: "support", agency: { name: "Văn phòng HĐND và UBND xã" } },
        { role: "support", agency: { name: "Trưởng các thôn" } },
      ],
      time: { raw: "Quý II/2026", kind: "within", period: { unit: "quarter", year: 2026, quarter: 2 } },
    },
    {
      id: "t08",
      title:
        "Tổ chức hội nghị tập huấn nghiệp vụ cải cách hành chính và chuyển đổi số cho cán bộ, công chức xã và người hoạt động không chuyên trách ở thôn",
      forms: [{ code: "training", text: "Hội nghị tập huấn" }],
      product: "Hội nghị tập huấn",
      roles: [
        { role: "lead", agency: { name: "Phòng Văn hóa - Xã hội" } },
        { role: "support", agency: { name: "Văn phòng HĐND và UBND xã" } },
        { role: "support", agency: { name: "Trung tâm Phục vụ hành chính công xã" } },
      ],
      time: { raw: "Quý II/2026", kind: "within", period: { unit: "quarter", year: 2026, quarter: 2 } },
    },
    {
      id: "t09",
      title:
        "Tổ chức Hội thi “Tìm hiểu cải cách hành chính và chính quyền địa phương hai cấp” trên địa bàn xã",
      forms: [{ code: "contest", text: "Hội thi" }],
      product: "Hội thi",
      roles: [
        { role: "lead", agency: { name: "Phòng Văn hóa - Xã hội" } },
        { role: "support", agency: { name: "Ủy ban Mặt trận Tổ quốc Việt Nam xã" } },
        { role: "support", agency: { name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã" } },
        { role: "support", agency: { name: "Hội Liên hiệp Phụ nữ xã" } },
      ],
      time: { raw: "Quý III/2026", kind: "within", period: { unit: "quarter", year: 2026, quarter: 3 } },
    },
    {
      id: "t10",
      title:
        "Lồng ghép tuyên truyền cải cách hành chính trong sinh hoạt của thôn và của các tổ chức chính trị - xã hội",
      product: "Buổi sinh hoạt có nội dung cải cách hành chính",
      roles: [
        { role: "lead", agency: { name: "Phòng Văn hóa - Xã hội" } },
        { role: "support", agency: { name: "Ủy ban Mặt trận Tổ quốc Việt Nam xã" } },
        { role: "support", agency: { name: "Trưởng các thôn" } },
      ],
      time: { raw: "Thường xuyên", kind: "ongoing" },
    },
    {
      id: "t11",
      title:
        "Tổ chức đối thoại giữa Chủ tịch Ủy ban nhân dân xã với người dân, doanh nghiệp về giải quyết thủ tục hành chính",
      forms: [{ code: "dialogue", text: "Hội nghị đối thoại" }],
      product: "Hội nghị đối thoại",
      roles: [
        { role: "lead", agency: { name: "Văn phòng HĐND và UBND xã" } },
        { role: "support", agency: { name: "Phòng Kinh tế" } },
        { role: "support", agency: { name: "Trung tâm Phục vụ hành chính công xã" } },
      ],
      time: { raw: "Quý III/2026", kind: "within", period: { unit: "quarter", year: 2026, quarter: 3 } },
    },
    {
      id: "t12",
      title:
        "Tuyên truyền hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11) gắn với cải cách hành chính",
      product: "Tin, bài; buổi tuyên truyền",
      roles: [
        { role: "lead", agency: { name: "Văn phòng HĐND và UBND xã" } },
        { role: "support", agency: { name: "Phòng Văn hóa - Xã hội" } },
      ],
      time: { raw: "Tháng 11/2026", kind: "within", period: { unit: "month", year: 2026, month: 11 } },
    },
    {
      id: "t13",
      title:
        "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn xã",
      product: "Phiếu khảo sát, báo cáo kết quả",
      roles: [
        { role: "lead", agency: { name: "Phòng Văn hóa - Xã hội" } },
        { role: "support", agency: { name: "Trung tâm Phục vụ hành chính công xã" } },
      ],
      time: { raw: "Quý IV/2026", kind: "within", period: { unit: "quarter", year: 2026, quarter: 4 } },
    },
    {
      id: "t14",
      title: "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý, 6 tháng và năm",
      product: "Báo cáo",
      roles: [
        { role: "lead", agency: { name: "Phòng Văn hóa - Xã hội" } },
        { role: "support", agency: { name: "Các cơ quan, đơn vị thuộc UBND xã" } },
      ],
      time: { raw: "Hàng quý", kind: "recurring", every: "quarter" },
    },
  ],
  targets: [
    {
      id: "tthc-niem-yet",
      text: "100% thủ tục hành chính thuộc thẩm quyền giải quyết của xã được niêm yết công khai tại Trung tâm Phục vụ hành chính công xã và trên Trang thông tin điện tử xã",
      indicator: "tthc-niem-yet",
      value: 100,
      unit: "%",
      taskIds: ["t04"],
    },
  ],
  budget: {
    sources: ["dự toán ngân sách xã năm 2026", "các nguồn kinh phí hợp pháp khác"],
    text: "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách xã năm 2026 giao cho các cơ quan, đơn vị và các nguồn kinh phí hợp pháp khác theo quy định.",
  },
  implementation: [
    {
      id: "vhxh",
      agency: { name: "Phòng Văn hóa - Xã hội" },
      items: [
        {
          text: "Chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; định kỳ hằng quý, 6 tháng, năm tổng hợp kết quả, tham mưu Ủy ban nhân dân xã báo cáo Sở Nội vụ theo quy định.",
          roles: ["lead", "monitor", "advisor"],
        },
      ],
    },
    {
      id: "van-phong",
      agency: { name: "Văn phòng HĐND và UBND xã" },
      items: [
        {
          text: "Duy trì chuyên mục cải cách hành chính trên Trang thông tin điện tử xã; phối hợp tổ chức đối thoại và tuyên truyền, phổ biến pháp luật gắn với cải cách hành chính.",
          roles: ["lead", "support"],
        },
      ],
    },
    {
      id: "trung-tam-pvhcc",
      agency: { name: "Trung tâm Phục vụ hành chính công xã" },
      items: [
        {
          text: "Niêm yết đầy đủ, đúng quy định thủ tục hành chính; hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến; phối hợp khảo sát sự hài lòng của người dân, tổ chức.",
          roles: ["lead", "support"],
        },
      ],
    },
    {
      id: "cac-co-quan",
      agency: { name: "Các cơ quan, đơn vị thuộc UBND xã" },
      heading: "Các cơ quan, đơn vị thuộc Ủy ban nhân dân xã",
      items: [
        {
          text: "Căn cứ nhiệm vụ được giao, chủ động triển khai và báo cáo kết quả về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) trước ngày 14 của tháng cuối quý.",
        },
      ],
    },
    {
      id: "mttq",
      agency: { name: "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội" },
      heading: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội",
      requested: true,
      items: [
        {
          text: "Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia, giám sát việc thực hiện cải cách hành chính trên địa bàn xã.",
          roles: ["requested"],
        },
      ],
    },
  ],
  reporting: [
    {
      id: "bao-cao-don-vi",
      reporter: { name: "Các cơ quan, đơn vị thuộc UBND xã" },
      recipient: { name: "Ủy ban nhân dân xã" },
      via: { name: "Phòng Văn hóa - Xã hội" },
      cadences: ["quarter"],
      text: "Báo cáo kết quả về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) trước ngày 14 của tháng cuối quý.",
    },
    {
      id: "bao-cao-so-noi-vu",
      reporter: { name: "Ủy ban nhân dân xã" },
      recipient: { name: "Sở Nội vụ tỉnh Nghệ An" },
      via: { name: "Phòng Văn hóa - Xã hội" },
      cadences: ["quarter", "halfYear", "year"],
      embeddedIn: "báo cáo cải cách hành chính",
      text: "Định kỳ hằng quý, 6 tháng, năm tổng hợp kết quả, tham mưu Ủy ban nhân dân xã báo cáo Sở Nội vụ theo quy định.",
    },
  ],
  closing:
    "Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) để xem xét, giải quyết./.",
  recipients: {
    items: [
      { text: "Sở Nội vụ tỉnh Nghệ An (để b/c)" },
      { text: "TT Đảng ủy, TT HĐND xã (để b/c)" },
      { text: "Chủ tịch, các PCT UBND xã" },
      { text: "Ủy ban MTTQ Việt Nam xã" },
      { text: "Các cơ quan, đơn vị thuộc UBND xã" },
      { text: "Trưởng các thôn" },
      { text: "Trang thông tin điện tử xã" },
    ],
    archive: { vt: true, units: ["VHXH"] },
  },
  signer: {
    collective: "Ủy ban nhân dân",
    delegation: "KT",
    headTitle: "Chủ tịch",
    title: "Phó Chủ tịch",
    name: "Trần Thị Minh Hương",
  },
  appendices: [],
  waivers: [],
};
