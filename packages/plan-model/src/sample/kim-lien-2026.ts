import type { Plan } from "../plan.js";

/**
 * A plan written for this toolkit: the 2026 administrative-reform communication plan of a commune
 * under the two-tier local government (from 1 July 2025). The commune, its agencies and the cited
 * national acts are real; the plan's own number, date, the commune decision it implements and the
 * signer are illustrative.
 */
export const samplePlan: Plan = {
  schemaVersion: 1,
  id: "mau-kim-lien-2026-tuyen-truyen-cchc",
  issuer: {
    name: "Ủy ban nhân dân xã Kim Liên",
    headerLines: ["Ủy ban nhân dân", "xã Kim Liên"],
  },
  number: "15",
  symbol: "KH-UBND",
  place: "Kim Liên",
  issuedOn: { year: 2026, month: 1, day: 20 },
  planYear: 2026,
  title: "Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên",
  bases: [
    {
      text: "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
    },
    {
      text: "Thực hiện Kế hoạch số 08/KH-UBND ngày 09/01/2026 của Ủy ban nhân dân xã Kim Liên về cải cách hành chính năm 2026;",
    },
  ],
  intro:
    "Để người dân, doanh nghiệp và đội ngũ cán bộ, công chức nắm rõ các nhiệm vụ cải cách hành chính trong năm đầu tiên vận hành trọn năm mô hình chính quyền địa phương hai cấp, Ủy ban nhân dân xã ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 như sau:",
  sections: [
    {
      id: "muc-dich-yeu-cau",
      heading: "Mục đích, yêu cầu",
      content: [
        { kind: "heading", text: "Mục đích" },
        {
          kind: "paragraph",
          text: "Nâng cao nhận thức và trách nhiệm của cán bộ, công chức, người hoạt động không chuyên trách ở thôn về vai trò của cải cách hành chính đối với việc xây dựng chính quyền xã phục vụ Nhân dân; tạo sự đồng thuận của người dân, doanh nghiệp khi thực hiện thủ tục hành chính theo mô hình chính quyền địa phương hai cấp.",
        },
        {
          kind: "paragraph",
          text: "Đưa thông tin về thủ tục hành chính, dịch vụ công trực tuyến và kết quả cải cách hành chính của xã đến với mọi tầng lớp Nhân dân, góp phần nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS).",
        },
        { kind: "heading", text: "Yêu cầu" },
        {
          kind: "paragraph",
          text: "Công tác tuyên truyền phải kịp thời, thường xuyên, có trọng tâm, trọng điểm; nội dung ngắn gọn, dễ hiểu, phù hợp với từng nhóm đối tượng, đặc biệt là người cao tuổi và người chưa quen sử dụng dịch vụ công trực tuyến.",
        },
        {
          kind: "paragraph",
          text: "Gắn tuyên truyền cải cách hành chính với phổ biến, giáo dục pháp luật và chuyển đổi số; phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện từng nhiệm vụ.",
        },
      ],
    },
    {
      id: "noi-dung-hinh-thuc",
      heading: "Nội dung, hình thức và đối tượng tuyên truyền",
      content: [
        { kind: "heading", text: "Nội dung tuyên truyền" },
        {
          kind: "paragraph",
          text: "- Chủ trương của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính; Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và Kế hoạch cải cách hành chính năm 2026 của xã.",
        },
        {
          kind: "paragraph",
          text: "- Tổ chức bộ máy, chức năng, nhiệm vụ của chính quyền xã và của Trung tâm Phục vụ hành chính công xã sau khi sắp xếp đơn vị hành chính.",
        },
        {
          kind: "paragraph",
          text: "- Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của xã; cách nộp hồ sơ, thanh toán phí, lệ phí và nhận kết quả trực tuyến trên Cổng Dịch vụ công quốc gia.",
        },
        { kind: "heading", text: "Hình thức tuyên truyền" },
        {
          kind: "paragraph",
          text: "Tuyên truyền trên Trang thông tin điện tử xã và hệ thống truyền thanh cơ sở; tờ gấp, băng rôn, pa nô; hội nghị, tập huấn, hội thi; lồng ghép trong sinh hoạt của thôn và các tổ chức chính trị - xã hội; hướng dẫn trực tiếp tại Trung tâm Phục vụ hành chính công xã.",
        },
        { kind: "heading", text: "Đối tượng tuyên truyền" },
        {
          kind: "paragraph",
          text: "Cán bộ, công chức xã; người hoạt động không chuyên trách ở thôn; đoàn viên, hội viên các tổ chức chính trị - xã hội; người dân và doanh nghiệp trên địa bàn xã.",
        },
      ],
    },
    {
      id: "nhiem-vu",
      heading: "Nhiệm vụ cụ thể",
      content: [
        {
          kind: "paragraph",
          text: "Các nhiệm vụ, sản phẩm, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện như sau:",
        },
        { kind: "tasks" },
      ],
    },
    {
      id: "kinh-phi",
      heading: "Kinh phí thực hiện",
      content: [
        {
          kind: "paragraph",
          text: "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách xã năm 2026 giao cho các cơ quan, đơn vị và các nguồn kinh phí hợp pháp khác theo quy định.",
        },
      ],
    },
    {
      id: "to-chuc-thuc-hien",
      heading: "Tổ chức thực hiện",
      content: [
        { kind: "heading", text: "Phòng Văn hóa - Xã hội" },
        {
          kind: "paragraph",
          text: "Chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; định kỳ hằng quý, 6 tháng, năm tổng hợp kết quả, tham mưu Ủy ban nhân dân xã báo cáo Sở Nội vụ theo quy định.",
        },
        { kind: "heading", text: "Văn phòng HĐND và UBND xã" },
        {
          kind: "paragraph",
          text: "Duy trì chuyên mục cải cách hành chính trên Trang thông tin điện tử xã; phối hợp tổ chức đối thoại và tuyên truyền, phổ biến pháp luật gắn với cải cách hành chính.",
        },
        { kind: "heading", text: "Trung tâm Phục vụ hành chính công xã" },
        {
          kind: "paragraph",
          text: "Niêm yết đầy đủ, đúng quy định thủ tục hành chính; hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến; phối hợp khảo sát sự hài lòng của người dân, tổ chức.",
        },
        { kind: "heading", text: "Các cơ quan, đơn vị thuộc Ủy ban nhân dân xã" },
        {
          kind: "paragraph",
          text: "Căn cứ nhiệm vụ được giao, chủ động triển khai và báo cáo kết quả về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) trước ngày 14 của tháng cuối quý.",
        },
        {
          kind: "heading",
          text: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội",
        },
        {
          kind: "paragraph",
          text: "Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia, giám sát việc thực hiện cải cách hành chính trên địa bàn xã.",
        },
      ],
    },
  ],
  tasks: [
    {
      id: "t01",
      content: "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 và hướng dẫn các thôn triển khai",
      product: "Kế hoạch, văn bản hướng dẫn",
      leads: ["Phòng Văn hóa - Xã hội"],
      supports: ["Văn phòng HĐND và UBND xã"],
      time: "Quý I/2026",
    },
    {
      id: "t02",
      content:
        "Đăng tải tin, bài, ảnh về cải cách hành chính trên chuyên mục Cải cách hành chính của Trang thông tin điện tử xã",
      product: "Tin, bài, ảnh",
      leads: ["Văn phòng HĐND và UBND xã"],
      supports: ["Phòng Văn hóa - Xã hội", "Các cơ quan, đơn vị thuộc UBND xã"],
      time: "Thường xuyên",
    },
    {
      id: "t03",
      content:
        "Phát sóng chuyên mục cải cách hành chính trên hệ thống truyền thanh cơ sở, mỗi lần từ 10 đến 15 phút",
      product: "Chuyên mục phát thanh",
      leads: ["Phòng Văn hóa - Xã hội"],
      supports: ["Trưởng các thôn"],
      time: "Hàng tháng",
    },
    {
      id: "t04",
      content:
        "Niêm yết công khai thủ tục hành chính, quy trình giải quyết, phí và lệ phí tại Trung tâm Phục vụ hành chính công xã và trên Trang thông tin điện tử xã",
      product: "Bảng niêm yết, trang thông tin",
      leads: ["Trung tâm Phục vụ hành chính công xã"],
      supports: ["Văn phòng HĐND và UBND xã"],
      time: "Thường xuyên",
    },
    {
      id: "t05",
      content:
        "Hướng dẫn người dân, doanh nghiệp nộp hồ sơ, thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia",
      product: "Lượt hướng dẫn",
      leads: ["Trung tâm Phục vụ hành chính công xã"],
      supports: ["Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Tổ công nghệ số cộng đồng các thôn"],
      time: "Thường xuyên",
    },
    {
      id: "t06",
      content:
        "Biên soạn, in và phát hành tờ gấp về thủ tục hành chính thường gặp và cách nộp hồ sơ trực tuyến",
      product: "Tờ gấp",
      leads: ["Phòng Văn hóa - Xã hội"],
      supports: ["Trung tâm Phục vụ hành chính công xã"],
      time: "Quý II/2026",
    },
    {
      id: "t07",
      content:
        "Treo băng rôn, khẩu hiệu, pa nô tuyên truyền cải cách hành chính tại trụ sở xã, Trung tâm Phục vụ hành chính công xã và nhà văn hóa các thôn",
      product: "Băng rôn, pa nô",
      leads: ["Phòng Văn hóa - Xã hội"],
      supports: ["Văn phòng HĐND và UBND xã", "Trưởng các thôn"],
      time: "Quý II/2026",
    },
    {
      id: "t08",
      content:
        "Tổ chức hội nghị tập huấn nghiệp vụ cải cách hành chính và chuyển đổi số cho cán bộ, công chức xã và người hoạt động không chuyên trách ở thôn",
      product: "Hội nghị tập huấn",
      leads: ["Phòng Văn hóa - Xã hội"],
      supports: ["Văn phòng HĐND và UBND xã", "Trung tâm Phục vụ hành chính công xã"],
      time: "Quý II/2026",
    },
    {
      id: "t09",
      content:
        "Tổ chức Hội thi “Tìm hiểu cải cách hành chính và chính quyền địa phương hai cấp” trên địa bàn xã",
      product: "Hội thi",
      leads: ["Phòng Văn hóa - Xã hội"],
      supports: [
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
        "Hội Liên hiệp Phụ nữ xã",
      ],
      time: "Quý III/2026",
    },
    {
      id: "t10",
      content:
        "Lồng ghép tuyên truyền cải cách hành chính trong sinh hoạt của thôn và của các tổ chức chính trị - xã hội",
      product: "Buổi sinh hoạt có nội dung cải cách hành chính",
      leads: ["Phòng Văn hóa - Xã hội"],
      supports: ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trưởng các thôn"],
      time: "Thường xuyên",
    },
    {
      id: "t11",
      content:
        "Tổ chức đối thoại giữa Chủ tịch Ủy ban nhân dân xã với người dân, doanh nghiệp về giải quyết thủ tục hành chính",
      product: "Hội nghị đối thoại",
      leads: ["Văn phòng HĐND và UBND xã"],
      supports: ["Phòng Kinh tế", "Trung tâm Phục vụ hành chính công xã"],
      time: "Quý III/2026",
    },
    {
      id: "t12",
      content:
        "Tuyên truyền hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11) gắn với cải cách hành chính",
      product: "Tin, bài; buổi tuyên truyền",
      leads: ["Văn phòng HĐND và UBND xã"],
      supports: ["Phòng Văn hóa - Xã hội"],
      time: "Tháng 11/2026",
    },
    {
      id: "t13",
      content:
        "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn xã",
      product: "Phiếu khảo sát, báo cáo kết quả",
      leads: ["Phòng Văn hóa - Xã hội"],
      supports: ["Trung tâm Phục vụ hành chính công xã"],
      time: "Quý IV/2026",
    },
    {
      id: "t14",
      content: "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý, 6 tháng và năm",
      product: "Báo cáo",
      leads: ["Phòng Văn hóa - Xã hội"],
      supports: ["Các cơ quan, đơn vị thuộc UBND xã"],
      time: "Hàng quý",
    },
  ],
  closing:
    "Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) để xem xét, giải quyết./.",
  recipients: {
    items: [
      "Sở Nội vụ tỉnh Nghệ An (để b/c)",
      "TT Đảng ủy, TT HĐND xã (để b/c)",
      "Chủ tịch, các PCT UBND xã",
      "Ủy ban MTTQ Việt Nam xã",
      "Các cơ quan, đơn vị thuộc UBND xã",
      "Trưởng các thôn",
      "Trang thông tin điện tử xã",
    ],
    archive: "VT, VHXH",
  },
  signer: {
    collective: "Ủy ban nhân dân",
    delegation: "KT",
    headTitle: "Chủ tịch",
    title: "Phó Chủ tịch",
    name: "Trần Thị Minh Hương",
  },
};
