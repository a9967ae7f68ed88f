import type { Block, TableBlock, TableRow } from "../model.js";

// Shared wording of the specimens: a commune's administrative-reform work in 2026, written for
// these specimens (names, numbers and dates are illustrative).

export const COMMUNE = {
  header: ["Ủy ban nhân dân", "xã Đông Sơn"],
  name: "Ủy ban nhân dân xã Đông Sơn",
  place: "Đông Sơn",
  chairman: "Chủ tịch Ủy ban nhân dân xã Đông Sơn",
  contact:
    "Địa chỉ: thôn Trung Tâm, xã Đông Sơn, tỉnh Thanh Hóa; Điện thoại: 0237 3861 245; Thư điện tử: ubnd.dongson@thanhhoa.gov.vn",
};

export const PROVINCE_PLAN =
  "Kế hoạch số 214/KH-UBND ngày 26 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Thanh Hóa về cải cách hành chính năm 2026";

const p = (content: string): Block => ({ type: "paragraph", content });
const dash = (content: string): Block => ({ type: "item", marker: "dash", content });
const muc = (number: string, text: string): Block => ({ type: "heading", level: "muc", number, text });
const khoan = (number: string, text: string): Block => ({ type: "heading", level: "khoan", number, text });
const diem = (number: string, content: string): Block => ({ type: "item", marker: "diem", number, content });

/** I. MỤC ĐÍCH, YÊU CẦU of the plan. */
export const planPurpose: Block[] = [
  muc("I", "Mục đích, yêu cầu"),
  khoan("1", "Mục đích"),
  dash(
    "Tiếp tục đẩy mạnh cải cách hành chính trên tất cả các lĩnh vực, lấy người dân, doanh nghiệp làm trung tâm; nâng cao chất lượng phục vụ của cán bộ, công chức và mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn xã.",
  ),
  dash(
    "Cụ thể hóa các nhiệm vụ của tỉnh tại địa phương, gắn trách nhiệm của người đứng đầu từng cơ quan, đơn vị với kết quả cải cách hành chính; phấn đấu cải thiện thứ hạng Chỉ số cải cách hành chính của xã năm 2026.",
  ),
  khoan("2", "Yêu cầu"),
  dash(
    "Các nhiệm vụ phải cụ thể, có sản phẩm, thời hạn hoàn thành và cơ quan chủ trì rõ ràng; bảo đảm tính khả thi, phù hợp với nguồn lực của địa phương.",
  ),
  dash(
    "Thường xuyên theo dõi, đôn đốc, kiểm tra; kịp thời tháo gỡ khó khăn, vướng mắc và báo cáo kết quả thực hiện theo định kỳ quý, 6 tháng và năm.",
  ),
];

/** II. NHIỆM VỤ, GIẢI PHÁP of the plan, the six reform areas. */
export const planTasks: Block[] = [
  muc("II", "Nhiệm vụ, giải pháp"),
  khoan("1", "Cải cách thể chế"),
  diem(
    "a",
    "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân xã ban hành; kịp thời đề xuất sửa đổi, bổ sung, thay thế hoặc bãi bỏ văn bản không còn phù hợp.",
  ),
  diem(
    "b",
    "Nâng cao chất lượng công tác phổ biến, giáo dục pháp luật, nhất là các quy định mới về tổ chức chính quyền địa phương hai cấp.",
  ),
  khoan("2", "Cải cách thủ tục hành chính"),
  diem(
    "a",
    "Công khai đầy đủ, kịp thời thủ tục hành chính thuộc thẩm quyền giải quyết của xã tại Trung tâm Phục vụ hành chính công và trên Cổng Dịch vụ công quốc gia.",
  ),
  diem(
    "b",
    "Phấn đấu 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn; tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 80% trở lên trên tổng số hồ sơ tiếp nhận.",
  ),
  diem(
    "c",
    "Tiếp nhận, xử lý kịp thời phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính.",
  ),
  diem("d", "Thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định."),
  diem(
    "đ",
    "Duy trì việc đánh giá mức độ hài lòng của người dân đối với việc giải quyết thủ tục hành chính.",
  ),
  khoan("3", "Cải cách tổ chức bộ máy hành chính nhà nước"),
  p(
    "Tiếp tục kiện toàn tổ chức, hoàn thiện quy chế làm việc của các cơ quan chuyên môn thuộc Ủy ban nhân dân xã theo Nghị định số 150/2025/NĐ-CP; xác định rõ chức năng, nhiệm vụ, không để chồng chéo, bỏ sót nhiệm vụ.",
  ),
  khoan("4", "Cải cách chế độ công vụ"),
  p(
    "Xây dựng đội ngũ cán bộ, công chức chuyên nghiệp, có năng lực và phẩm chất; tăng cường kỷ luật, kỷ cương hành chính; thực hiện nghiêm quy tắc ứng xử của cán bộ, công chức khi thi hành công vụ.",
  ),
  khoan("5", "Cải cách tài chính công"),
  p(
    "Quản lý, sử dụng ngân sách tiết kiệm, hiệu quả; thực hiện công khai ngân sách theo quy định; tiếp tục thực hiện cơ chế tự chủ tài chính đối với đơn vị sự nghiệp công lập trên địa bàn.",
  ),
  khoan("6", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
  p(
    "Sử dụng hiệu quả hệ thống quản lý văn bản và điều hành; phấn đấu 100% văn bản trao đổi giữa các cơ quan hành chính (trừ văn bản mật) dưới dạng điện tử, có chữ ký số theo quy định.",
  ),
];

/** III and IV, and the closing of the plan. */
export const planClosing: Block[] = [
  muc("III", "Kinh phí thực hiện"),
  p(
    "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách xã năm 2026 giao cho các cơ quan, đơn vị và các nguồn kinh phí hợp pháp khác theo quy định của pháp luật.",
  ),
  muc("IV", "Tổ chức thực hiện"),
  khoan("1", "Phòng Văn hóa - Xã hội"),
  p(
    "Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp báo cáo cải cách hành chính định kỳ quý, 6 tháng và năm gửi Ủy ban nhân dân tỉnh, Sở Nội vụ trước ngày 20 của tháng cuối kỳ báo cáo.",
  ),
  khoan("2", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"),
  p(
    "Chủ trì thực hiện nhiệm vụ cải cách thủ tục hành chính, kiểm soát thủ tục hành chính và vận hành Trung tâm Phục vụ hành chính công xã.",
  ),
  khoan("3", "Các cơ quan, đơn vị thuộc Ủy ban nhân dân xã"),
  p(
    "Căn cứ nhiệm vụ được giao, xây dựng kế hoạch triển khai tại cơ quan, đơn vị; báo cáo kết quả thực hiện về Phòng Văn hóa - Xã hội đúng thời hạn.",
  ),
  p(
    "Trên đây là Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân xã Đông Sơn. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) để được hướng dẫn, giải quyết./.",
  ),
];

const task = (
  n: number,
  content: string,
  product: string,
  lead: string,
  support: string,
  time: string,
): TableRow => ({
  cells: [String(n), content, product, lead, support, time],
});

/** The landscape task table of the plan's phụ lục. */
export function taskTable(): TableBlock {
  return {
    type: "table",
    columns: [
      { header: "STT", weight: 12, align: "center" },
      { header: "Nội dung nhiệm vụ", weight: 85 },
      { header: "Sản phẩm", weight: 38 },
      { header: "Cơ quan chủ trì", weight: 35 },
      { header: "Cơ quan phối hợp", weight: 45 },
      { header: "Thời gian hoàn thành", weight: 37, align: "center" },
    ],
    rows: [
      { label: "I", group: "Cải cách thể chế" },
      task(
        1,
        "Rà soát văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân xã ban hành",
        "Báo cáo kết quả rà soát",
        "Văn phòng HĐND và UBND",
        "Các cơ quan chuyên môn",
        "Quý II/2026",
      ),
      task(
        2,
        "Tuyên truyền, phổ biến quy định mới về tổ chức chính quyền địa phương hai cấp",
        "Hội nghị, tin bài",
        "Phòng Văn hóa - Xã hội",
        "Các thôn, khu dân cư",
        "Cả năm",
      ),
      { label: "II", group: "Cải cách thủ tục hành chính" },
      task(
        3,
        "Công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công và trên Cổng Dịch vụ công quốc gia",
        "Danh mục thủ tục được công khai",
        "Văn phòng HĐND và UBND",
        "Trung tâm Phục vụ hành chính công",
        "Trước 31/3/2026",
      ),
      task(
        4,
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        "Hồ sơ điện tử",
        "Trung tâm Phục vụ hành chính công",
        "Các cơ quan chuyên môn",
        "Cả năm",
      ),
      { label: "III", group: "Cải cách tổ chức bộ máy" },
      task(
        5,
        "Hoàn thiện quy chế làm việc của các cơ quan chuyên môn thuộc Ủy ban nhân dân xã",
        "Quyết định ban hành quy chế",
        "Phòng Văn hóa - Xã hội",
        "Văn phòng HĐND và UBND",
        "Quý I/2026",
      ),
      { label: "IV", group: "Cải cách chế độ công vụ" },
      task(
        6,
        "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính",
        "Thông báo kết quả kiểm tra",
        "Phòng Văn hóa - Xã hội",
        "Văn phòng HĐND và UBND",
        "Quý III/2026",
      ),
      { label: "V", group: "Cải cách tài chính công" },
      task(
        7,
        "Công khai dự toán và quyết toán ngân sách xã",
        "Báo cáo công khai",
        "Phòng Kinh tế",
        "Văn phòng HĐND và UBND",
        "Theo quy định",
      ),
      { label: "VI", group: "Chính quyền điện tử, chính quyền số" },
      task(
        8,
        "Gửi, nhận văn bản điện tử có chữ ký số qua hệ thống quản lý văn bản và điều hành",
        "Tỷ lệ văn bản điện tử",
        "Văn phòng HĐND và UBND",
        "Các cơ quan, đơn vị",
        "Cả năm",
      ),
    ],
  };
}

/** A portrait table of reform indicators. */
export function indicatorTable(): TableBlock {
  const row = (n: number, name: string, unit: string, value: string): TableRow => ({
    cells: [String(n), name, unit, value],
  });
  return {
    type: "table",
    columns: [
      { header: "STT", weight: 8, align: "center" },
      { header: "Chỉ tiêu", weight: 60 },
      { header: "Đơn vị tính", weight: 16, align: "center" },
      { header: "Kết quả", weight: 16, align: "center" },
    ],
    rows: [
      row(1, "Hồ sơ thủ tục hành chính tiếp nhận", "Hồ sơ", "1.248"),
      row(2, "Hồ sơ giải quyết đúng hạn", "Hồ sơ", "1.236"),
      row(3, "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "99,0"),
      row(4, "Hồ sơ tiếp nhận trực tuyến toàn trình", "Hồ sơ", "1.017"),
      row(5, "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "81,5"),
      row(6, "Phản ánh, kiến nghị được xử lý", "Phản ánh", "6"),
    ],
  };
}
