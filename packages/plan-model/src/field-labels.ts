// Officials read problems in their own words: "Nhiệm vụ 3 › Cơ quan chủ trì", not "tasks[2].leads".

const LABELS: Record<string, string> = {
  schemaVersion: "Phiên bản định dạng",
  id: "Mã",
  issuer: "Cơ quan ban hành",
  parentBody: "Cơ quan chủ quản",
  name: "Tên",
  headerLines: "Các dòng tên ở tiêu đề",
  number: "Số văn bản",
  symbol: "Ký hiệu",
  place: "Địa danh",
  issuedOn: "Ngày ban hành",
  year: "Năm",
  month: "Tháng",
  day: "Ngày",
  planYear: "Năm kế hoạch",
  title: "Trích yếu",
  bases: "Căn cứ",
  text: "Nội dung",
  intro: "Đoạn mở đầu",
  sections: "Mục",
  heading: "Tiêu đề",
  content: "Nội dung",
  tasks: "Nhiệm vụ",
  product: "Sản phẩm",
  leads: "Cơ quan chủ trì",
  supports: "Cơ quan phối hợp",
  time: "Thời gian thực hiện",
  closing: "Đoạn kết",
  recipients: "Nơi nhận",
  items: "Danh sách",
  archive: "Lưu",
  signer: "Người ký",
  collective: "Tập thể (TM.)",
  delegation: "Hình thức ký thay",
  headTitle: "Chức vụ người đứng đầu",
};

const ITEM_NOUN: Record<string, string> = {
  tasks: "Nhiệm vụ",
  sections: "Mục",
  bases: "Căn cứ",
  content: "Khối",
  items: "Dòng",
  leads: "Cơ quan chủ trì",
  supports: "Cơ quan phối hợp",
  headerLines: "Dòng",
};

export type PathSegment = string | number;

/** "tasks.2.leads.0" → "Nhiệm vụ 3 › Cơ quan chủ trì 1"; machine form kept alongside for tools. */
export function describePath(path: readonly PathSegment[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next = path[i + 1];
    if (typeof seg === "string" && typeof next === "number") {
      parts.push(`${ITEM_NOUN[seg] ?? LABELS[seg] ?? seg} ${next + 1}`);
      i++;
    } else if (typeof seg === "string") {
      parts.push(LABELS[seg] ?? seg);
    } else if (seg !== undefined) {
      parts.push(String(seg + 1));
    }
  }
  return parts.length > 0 ? parts.join(" › ") : "Toàn bộ tệp";
}

/** "tasks[2].leads[0]": the path in the form developers and JSON tools expect. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (out, seg) => (typeof seg === "number" ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg),
    "",
  );
}
