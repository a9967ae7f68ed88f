import type { Block, VanBan } from "../model.js";
import {
  COMMUNE,
  indicatorTable,
  PROVINCE_PLAN,
  planClosing,
  planPurpose,
  planTasks,
  taskTable,
} from "./content.js";
import { specimenSealPng, specimenSignaturePng } from "./images.js";

// One realistic văn bản of each kind, for the designers' catalogue (Storybook "Documents"),
// the review sheet and the compliance suite. Each call returns a fresh document.

export { encodePng, specimenSealPng, specimenSignaturePng } from "./images.js";

export interface Specimen {
  id: string;
  /** Vietnamese name shown in catalogues. */
  title: string;
  /** What the specimen demonstrates. */
  description: string;
  doc: VanBan;
}

const p = (content: string): Block => ({ type: "paragraph", content });
const khoan = (number: string, text: string): Block => ({ type: "heading", level: "khoan", number, text });

const PLAN_RECIPIENTS = {
  items: [
    "Ủy ban nhân dân tỉnh Thanh Hóa (để báo cáo)",
    "Sở Nội vụ tỉnh Thanh Hóa (để báo cáo)",
    "Thường trực Đảng ủy xã",
    "Thường trực Hội đồng nhân dân xã",
    "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân xã",
    "Các cơ quan, đơn vị thuộc Ủy ban nhân dân xã",
  ],
  archive: "VT, VHXH",
};

const planOpening = p(
  `Thực hiện ${PROVINCE_PLAN}; căn cứ tình hình thực tế của địa phương, Ủy ban nhân dân xã Đông Sơn ban hành Kế hoạch cải cách hành chính năm 2026 như sau:`,
);

/** Kế hoạch, standalone, with a landscape task table as its only phụ lục. */
export function keHoachSpecimen(): VanBan {
  return {
    kind: "KH",
    issuingBody: COMMUNE.header,
    number: "18",
    symbol: "KH-UBND",
    place: COMMUNE.place,
    date: { year: 2026, month: 1, day: 9 },
    subject: "Cải cách hành chính năm 2026",
    body: [planOpening, ...planPurpose, ...planTasks, ...planClosing],
    signer: { lines: ["TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch"], name: "Lê Thị Thu Hà" },
    recipients: PLAN_RECIPIENTS,
    appendices: [
      {
        title: "Danh mục nhiệm vụ cải cách hành chính năm 2026",
        orientation: "landscape",
        body: [taskTable()],
      },
    ],
    metadata: { creationDate: "2026-01-09T08:00:00+07:00" },
  };
}

/** The same plan as a draft before registration: blanks for the number, the day and the month. */
export function keHoachDuThaoSpecimen(): VanBan {
  return { ...keHoachSpecimen(), number: undefined, date: { year: 2026 } };
}

/** Quyết định issuing the plan; the plan follows as an attached document with two phụ lục. */
export function quyetDinhBanHanhKeHoachSpecimen(): VanBan {
  const date = { year: 2026, month: 1, day: 8 };
  return {
    kind: "QD",
    issuingBody: COMMUNE.header,
    issuerName: COMMUNE.chairman,
    number: "25",
    symbol: "QĐ-UBND",
    place: COMMUNE.place,
    date,
    subject: "Ban hành Kế hoạch cải cách hành chính năm 2026",
    authority: COMMUNE.chairman,
    basis: [
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
      "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
      `Căn cứ ${PROVINCE_PLAN}`,
      "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội",
    ],
    body: [
      {
        type: "heading",
        level: "dieu",
        number: "1",
        text: "",
        content:
          "Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân xã Đông Sơn.",
      },
      {
        type: "heading",
        level: "dieu",
        number: "2",
        text: "",
        content: "Quyết định này có hiệu lực kể từ ngày ký.",
      },
      {
        type: "heading",
        level: "dieu",
        number: "3",
        text: "",
        content:
          "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Trưởng phòng Văn hóa - Xã hội, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
      },
    ],
    signer: {
      lines: ["Chủ tịch"],
      name: "Nguyễn Văn Hùng",
      signatureImage: { data: specimenSignaturePng() },
      sealImage: { data: specimenSealPng() },
    },
    recipients: {
      items: [
        "Như Điều 3",
        "Sở Nội vụ tỉnh Thanh Hóa (để báo cáo)",
        "Thường trực Đảng ủy xã",
        "Thường trực Hội đồng nhân dân xã",
      ],
      archive: "VT, VHXH",
    },
    attachments: [
      {
        kind: "KH",
        issuingBody: COMMUNE.header,
        symbol: "KH-UBND",
        place: COMMUNE.place,
        date,
        subject: "Cải cách hành chính năm 2026",
        body: [...planPurpose, ...planTasks, ...planClosing.slice(0, -1)],
        appendices: [
          {
            title: "Danh mục nhiệm vụ cải cách hành chính năm 2026",
            orientation: "landscape",
            body: [taskTable()],
          },
          {
            title: "Chỉ tiêu cải cách hành chính năm 2026",
            body: [
              p("Các chỉ tiêu dưới đây là mức tối thiểu mỗi cơ quan, đơn vị phải đạt trong năm 2026."),
              indicatorTable(),
            ],
          },
        ],
      },
    ],
    metadata: { creationDate: "2026-01-08T08:00:00+07:00" },
  };
}

/** Quyết định with its own articles, signed by a deputy for the chairman. */
export function quyetDinhSpecimen(): VanBan {
  const member = (n: string, text: string): Block => ({
    type: "item",
    marker: "khoan",
    number: n,
    content: text,
  });
  return {
    kind: "QD",
    issuingBody: COMMUNE.header,
    issuerName: COMMUNE.chairman,
    number: "7",
    symbol: "QĐ-UBND",
    place: COMMUNE.place,
    date: { year: 2026, month: 3, day: 5 },
    subject: "Về việc thành lập Tổ kiểm tra công tác cải cách hành chính năm 2026",
    authority: COMMUNE.chairman,
    basis: [
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
      "Căn cứ Quyết định số 25/QĐ-UBND ngày 08 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã ban hành Kế hoạch cải cách hành chính năm 2026",
      "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội",
    ],
    body: [
      {
        type: "heading",
        level: "dieu",
        number: "1",
        text: "",
        content:
          "Thành lập Tổ kiểm tra công tác cải cách hành chính năm 2026 của xã Đông Sơn, gồm các ông, bà có tên sau:",
      },
      member("1", "Ông Trần Quốc Bảo, Phó Chủ tịch Ủy ban nhân dân xã, Tổ trưởng;"),
      member("2", "Bà Đỗ Thị Lan, Trưởng phòng Văn hóa - Xã hội, Tổ phó;"),
      member("3", "Ông Vũ Đức Thắng, Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, thành viên;"),
      member("4", "Bà Hoàng Thị Mai, công chức Phòng Văn hóa - Xã hội, thành viên, thư ký."),
      { type: "heading", level: "dieu", number: "2", text: "Nhiệm vụ của Tổ kiểm tra" },
      {
        type: "heading",
        level: "khoan",
        number: "1",
        text: "Kiểm tra việc thực hiện kế hoạch cải cách hành chính",
      },
      {
        type: "item",
        marker: "diem",
        number: "a",
        content:
          "Kiểm tra việc ban hành và tổ chức thực hiện kế hoạch cải cách hành chính của các cơ quan, đơn vị;",
      },
      {
        type: "item",
        marker: "diem",
        number: "b",
        content:
          "Kiểm tra việc công khai, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã.",
      },
      {
        type: "heading",
        level: "khoan",
        number: "2",
        text: "Báo cáo kết quả",
        content:
          "Tổ kiểm tra báo cáo Chủ tịch Ủy ban nhân dân xã kết quả kiểm tra chậm nhất 05 ngày làm việc sau khi kết thúc đợt kiểm tra.",
      },
      {
        type: "heading",
        level: "dieu",
        number: "3",
        text: "",
        content:
          "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Trưởng phòng Văn hóa - Xã hội, các cơ quan, đơn vị và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
      },
    ],
    signer: { lines: ["KT. Chủ tịch", "Phó Chủ tịch"], name: "Trần Quốc Bảo" },
    recipients: {
      items: ["Như Điều 3", "Chủ tịch Ủy ban nhân dân xã", "Các cơ quan, đơn vị thuộc Ủy ban nhân dân xã"],
      archive: "VT, VHXH",
    },
    metadata: { creationDate: "2026-03-05T08:00:00+07:00" },
  };
}

/** Báo cáo sent upward, hence with "Kính gửi"; a table in the body and one phụ lục. */
export function baoCaoSpecimen(): VanBan {
  const muc = (number: string, text: string): Block => ({ type: "heading", level: "muc", number, text });
  const dash = (content: string): Block => ({ type: "item", marker: "dash", content });
  return {
    kind: "BC",
    issuingBody: COMMUNE.header,
    number: "45",
    symbol: "BC-UBND",
    place: COMMUNE.place,
    date: { year: 2026, month: 3, day: 18 },
    subject: "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026",
    addressees: ["Ủy ban nhân dân tỉnh Thanh Hóa", "Sở Nội vụ tỉnh Thanh Hóa"],
    body: [
      p(
        `Thực hiện ${PROVINCE_PLAN}, Ủy ban nhân dân xã Đông Sơn báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2026 như sau:`,
      ),
      muc("I", "Công tác chỉ đạo, điều hành"),
      p(
        "Ủy ban nhân dân xã ban hành Kế hoạch cải cách hành chính năm 2026 kèm theo Quyết định số 25/QĐ-UBND ngày 08/01/2026 và giao nhiệm vụ cụ thể cho từng cơ quan, đơn vị; tổ chức 02 hội nghị quán triệt, triển khai với sự tham gia của 65 cán bộ, công chức.",
      ),
      muc("II", "Kết quả thực hiện các nhiệm vụ"),
      khoan("1", "Cải cách thủ tục hành chính"),
      p(
        "Trong quý, Trung tâm Phục vụ hành chính công xã tiếp nhận 1.248 hồ sơ, đã giải quyết đúng hạn 1.236 hồ sơ, đạt 99,0%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 81,5%. Kết quả cụ thể như sau:",
      ),
      indicatorTable(),
      khoan("2", "Xây dựng chính quyền điện tử, chính quyền số"),
      p(
        "100% văn bản đi của Ủy ban nhân dân xã (trừ văn bản mật) được ký số và gửi qua hệ thống quản lý văn bản và điều hành; 100% hồ sơ công việc được xử lý trên môi trường điện tử.",
      ),
      muc("III", "Đánh giá chung"),
      khoan("1", "Ưu điểm"),
      p(
        "Công tác cải cách hành chính được quan tâm chỉ đạo thường xuyên; việc giải quyết thủ tục hành chính cơ bản đúng hạn, không để tồn đọng hồ sơ.",
      ),
      khoan("2", "Tồn tại, hạn chế và nguyên nhân"),
      dash("Một số thủ tục hành chính còn phát sinh hồ sơ phải bổ sung nhiều lần do hướng dẫn chưa đầy đủ."),
      dash(
        "Hạ tầng công nghệ thông tin tại một số thôn chưa đáp ứng yêu cầu thực hiện dịch vụ công trực tuyến.",
      ),
      muc("IV", "Phương hướng, nhiệm vụ quý II năm 2026"),
      p(
        "Tiếp tục thực hiện các nhiệm vụ theo Kế hoạch; tập trung hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình; kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị.",
      ),
      muc("V", "Đề xuất, kiến nghị"),
      p(
        "Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công chức cấp xã trong quý II năm 2026.",
      ),
      p(
        "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2026 của Ủy ban nhân dân xã Đông Sơn./.",
      ),
    ],
    signer: { lines: ["TM. Ủy ban nhân dân", "Chủ tịch"], name: "Nguyễn Văn Hùng" },
    recipients: {
      items: ["Thường trực Đảng ủy xã", "Thường trực Hội đồng nhân dân xã"],
      archive: "VT, VHXH",
    },
    appendices: [
      {
        title: "Tình hình tiếp nhận, giải quyết thủ tục hành chính quý I năm 2026",
        body: [indicatorTable()],
      },
    ],
    metadata: { creationDate: "2026-03-18T08:00:00+07:00" },
  };
}

/** Tờ trình of a commune office to the commune's people's committee. */
export function toTrinhSpecimen(): VanBan {
  return {
    kind: "TTr",
    parentBody: "UBND xã Đông Sơn",
    issuingBody: ["Phòng Văn hóa - Xã hội"],
    number: "3",
    symbol: "TTr-VHXH",
    place: COMMUNE.place,
    date: { year: 2026, month: 1, day: 5 },
    subject: "Về việc ban hành Kế hoạch cải cách hành chính năm 2026",
    addressees: ["Ủy ban nhân dân xã Đông Sơn"],
    body: [
      p(
        `Thực hiện ${PROVINCE_PLAN}, Phòng Văn hóa - Xã hội kính trình Ủy ban nhân dân xã ban hành Kế hoạch cải cách hành chính năm 2026 như sau:`,
      ),
      khoan("1", "Sự cần thiết ban hành Kế hoạch"),
      p(
        "Năm 2026 là năm đầu tiên xã thực hiện đầy đủ nhiệm vụ cải cách hành chính theo mô hình chính quyền địa phương hai cấp; việc ban hành Kế hoạch giúp xác định rõ nhiệm vụ, sản phẩm, thời hạn và trách nhiệm của từng cơ quan, đơn vị.",
      ),
      khoan("2", "Căn cứ xây dựng Kế hoạch"),
      p(
        "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Kế hoạch số 214/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân tỉnh Thanh Hóa và tình hình thực tế của địa phương.",
      ),
      khoan("3", "Quá trình xây dựng Kế hoạch"),
      p(
        "Phòng Văn hóa - Xã hội đã lấy ý kiến các cơ quan, đơn vị thuộc Ủy ban nhân dân xã; các ý kiến góp ý đã được tiếp thu, hoàn thiện trong dự thảo kèm theo.",
      ),
      khoan("4", "Bố cục và nội dung chính của Kế hoạch"),
      p(
        "Dự thảo Kế hoạch gồm 04 phần: mục đích, yêu cầu; nhiệm vụ, giải pháp trên 06 lĩnh vực cải cách hành chính; kinh phí thực hiện; tổ chức thực hiện, kèm theo phụ lục danh mục nhiệm vụ.",
      ),
      p(
        "Phòng Văn hóa - Xã hội kính trình Ủy ban nhân dân xã xem xét, ban hành Kế hoạch cải cách hành chính năm 2026./.",
      ),
    ],
    signer: { lines: ["Trưởng phòng"], name: "Phạm Minh Tuấn" },
    recipients: { items: ["Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân xã"], archive: "VT, VHXH" },
    metadata: { creationDate: "2026-01-05T08:00:00+07:00" },
  };
}

/** Công văn ("V/v …") marked urgent, to several recipients, with drafter initials and contacts. */
export function congVanSpecimen(): VanBan {
  const dash = (content: string): Block => ({ type: "item", marker: "dash", content });
  return {
    kind: "CV",
    issuingBody: COMMUNE.header,
    number: "112",
    symbol: "UBND-VHXH",
    place: COMMUNE.place,
    date: { year: 2026, month: 3, day: 10 },
    subject: "Đôn đốc báo cáo kết quả cải cách hành chính quý I năm 2026",
    urgency: "khan",
    addressees: [
      "Các cơ quan chuyên môn thuộc Ủy ban nhân dân xã",
      "Trung tâm Phục vụ hành chính công xã",
      "Trưởng các thôn",
    ],
    body: [
      p(
        "Để kịp thời tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Sở Nội vụ đúng thời hạn, Ủy ban nhân dân xã đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
      ),
      dash(
        "Báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính quý I năm 2026 theo đề cương và biểu mẫu gửi kèm Kế hoạch số 18/KH-UBND ngày 09/01/2026.",
      ),
      dash(
        "Thời hạn gửi báo cáo: trước ngày 14/3/2026, bằng văn bản điện tử qua hệ thống quản lý văn bản và điều hành, đồng thời gửi bản mềm về Phòng Văn hóa - Xã hội.",
      ),
      p(
        "Ủy ban nhân dân xã yêu cầu thủ trưởng các cơ quan, đơn vị quan tâm, chỉ đạo thực hiện nghiêm túc nội dung Công văn này./.",
      ),
    ],
    signer: { lines: ["KT. Chủ tịch", "Phó Chủ tịch"], name: "Trần Quốc Bảo" },
    recipients: { items: ["Chủ tịch Ủy ban nhân dân xã (để báo cáo)"], archive: "VT, VHXH" },
    drafter: { initials: "PL", copies: 25 },
    contact: COMMUNE.contact,
    metadata: { creationDate: "2026-03-10T08:00:00+07:00" },
  };
}

/** Every specimen, in catalogue order. */
export function allSpecimens(): Specimen[] {
  return [
    {
      id: "ke-hoach",
      title: "Kế hoạch",
      description: "Kế hoạch của UBND xã, phụ lục bảng nhiệm vụ khổ ngang",
      doc: keHoachSpecimen(),
    },
    {
      id: "ke-hoach-du-thao",
      title: "Kế hoạch (dự thảo)",
      description: "Kế hoạch chưa lấy số: để trống số, ngày và tháng",
      doc: keHoachDuThaoSpecimen(),
    },
    {
      id: "quyet-dinh-ban-hanh-ke-hoach",
      title: "Quyết định ban hành kế hoạch",
      description: "Quyết định kèm theo kế hoạch (không số, không ngày) có hai phụ lục; chữ ký và con dấu",
      doc: quyetDinhBanHanhKeHoachSpecimen(),
    },
    {
      id: "quyet-dinh",
      title: "Quyết định",
      description: "Quyết định quy định trực tiếp, ký thay (KT.)",
      doc: quyetDinhSpecimen(),
    },
    {
      id: "bao-cao",
      title: "Báo cáo",
      description: "Báo cáo gửi cấp trên (có Kính gửi), bảng số liệu và phụ lục",
      doc: baoCaoSpecimen(),
    },
    {
      id: "to-trinh",
      title: "Tờ trình",
      description: "Tờ trình của phòng chuyên môn (có cơ quan chủ quản) gửi UBND xã",
      doc: toTrinhSpecimen(),
    },
    {
      id: "cong-van",
      title: "Công văn",
      description: "Công văn khẩn (V/v), gửi nhiều nơi, ký hiệu người soạn thảo, địa chỉ liên hệ",
      doc: congVanSpecimen(),
    },
  ];
}
