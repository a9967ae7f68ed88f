import { mm } from "../profile.js";
import { toRoman } from "../roman.js";
import { KINH_GUI_LABEL, NOI_NHAN_LABEL } from "../text-lines.js";
import { ACADEMIC_TITLE } from "../validate.js";
import type { AppendixAnatomy, DocumentAnatomy } from "./anatomy.js";
import type { CheckList } from "./check-list.js";
import { type Fragment, fmtPt, segCentre, segLength, segY } from "./reading.js";

// Rules 11 (signer), 12 (Kính gửi and Nơi nhận) and 14 (phụ lục) of nd30-layout §14.2.

const PREFIX = /^([\p{Lu}]+)\.\s/u;
const ALLOWED_PREFIXES = ["TM", "KT", "Q", "TL", "TUQ"];
const SLASH_PREFIX = /^(K\/T|T\/M|T\/L|TU\/Q)\b/u;

export function checkSigner(list: CheckList, a: DocumentAnatomy, set: number | undefined): void {
  const s = a.signature;
  const page = s?.page.page.number ?? a.section.pages[a.section.pages.length - 1]?.page.number;
  if (a.attached && !s) return;
  if (
    !list.present(
      11,
      "Khối chữ ký (quyền hạn, chức vụ, họ tên)",
      s && s.titles.length > 0 ? s : undefined,
      page,
    )
  ) {
    return;
  }
  if (!s) return;
  const centre = (s.titles[0] as Fragment).centre;
  for (const f of s.titles) {
    if (set) list.size(11, "Quyền hạn, chức vụ người ký", f, set);
    list.style(11, "Quyền hạn, chức vụ người ký", f, { bold: true, upper: true });
    list.near(11, "Quyền hạn, chức vụ canh giữa", f.centre, centre, 1.5, fmtPt, f.page);
    const prefix = PREFIX.exec(f.text)?.[1];
    if (SLASH_PREFIX.test(f.text)) {
      list.add(
        11,
        "Chữ viết tắt quyền hạn",
        false,
        `"${f.text}"`,
        "TM., KT., Q., TL., TUQ. (không viết K/T, T/M, T/L)",
        f.page,
      );
    } else if (prefix) {
      list.add(
        11,
        "Chữ viết tắt quyền hạn",
        ALLOWED_PREFIXES.includes(prefix),
        `"${prefix}."`,
        ALLOWED_PREFIXES.map((p) => `${p}.`).join(", "),
        f.page,
      );
    }
  }
  if (list.present(11, "Họ tên người ký", s.name, page)) {
    if (set) list.size(11, "Họ tên người ký", s.name, set);
    list.style(11, "Họ tên người ký", s.name, { bold: true, upper: false });
    list.add(
      11,
      "Họ tên: không ghi học hàm, học vị",
      !ACADEMIC_TITLE.test(s.name.text),
      `"${s.name.text}"`,
      "chỉ họ và tên",
      s.name.page,
    );
    list.near(11, "Họ tên canh giữa dưới chức vụ", s.name.centre, centre, 1.5, fmtPt, s.name.page);
    const gap = ((s.titles[s.titles.length - 1] as Fragment).y - s.name.y) / (72 / 25.4);
    list.between(
      11,
      "Khoảng trống để ký (giữa chức vụ và họ tên)",
      gap,
      15,
      45,
      (n) => `${n.toFixed(1).replace(".", ",")} mm`,
      page,
    );
  }
}

export function checkRecipients(
  list: CheckList,
  a: DocumentAnatomy,
  set: number | undefined,
  sentUpward: boolean,
): void {
  const page = a.section.pages[0]?.page.number;
  const needsKinhGui =
    a.documentKind === "TTr" || a.documentKind === "CV" || (a.documentKind === "BC" && sentUpward);
  const label = a.kinhGui[0];
  if (needsKinhGui && !a.attached) list.present(12, '"Kính gửi"', label, page);
  if (label) {
    if (set) for (const f of a.kinhGui) list.size(12, "Kính gửi", f, set);
    list.style(12, "Kính gửi", label, { bold: false, italic: false });
    const items = a.kinhGui.slice(1);
    const several = label.text === KINH_GUI_LABEL && items.length > 0;
    if (several) {
      const entries = groupItems(items);
      entries.forEach((entry, i) => {
        const text = entry.map((f) => f.text).join(" ");
        const end = i === entries.length - 1 ? "." : ";";
        list.add(
          12,
          `Kính gửi: nơi nhận ${i + 1}`,
          text.startsWith("- ") && text.endsWith(end),
          `"${text}"`,
          `"- …${end}"`,
          entry[0]?.page,
        );
      });
    } else {
      const text = a.kinhGui.map((f) => f.text).join(" ");
      list.add(
        12,
        "Kính gửi: một nơi nhận trên cùng dòng",
        text.endsWith("."),
        `"${text}"`,
        '"Kính gửi: ….", kết thúc bằng "."',
        page,
      );
    }
  }

  const s = a.signature;
  if (a.attached && !s) return;
  if (!list.present(12, '"Nơi nhận:"', s?.label, s?.page.page.number)) return;
  const noiNhan = s.label;
  list.add(
    12,
    '"Nơi nhận:" cách viết',
    noiNhan.text === NOI_NHAN_LABEL,
    `"${noiNhan.text}"`,
    `"${NOI_NHAN_LABEL}"`,
    noiNhan.page,
  );
  list.size(12, '"Nơi nhận:"', noiNhan, 12);
  list.style(12, '"Nơi nhận:"', noiNhan, { bold: true, italic: true });
  list.near(12, '"Nơi nhận:" sát lề trái', noiNhan.x, a.leftEdge, 1, fmtPt, noiNhan.page);
  const firstTitle = s.titles[0];
  if (firstTitle) {
    list.near(
      12,
      '"Nơi nhận:" ngang dòng quyền hạn, chức vụ (đường chân chữ)',
      noiNhan.y,
      firstTitle.y,
      0.5,
      fmtPt,
      noiNhan.page,
    );
  }
  const drafter = s.items.filter((f) => /^[\p{Lu}]{1,8}\.(\(\d+\))?$/u.test(f.text));
  const entries = groupItems(s.items.filter((f) => !drafter.includes(f)));
  list.add(
    12,
    "Nơi nhận: các mục",
    entries.length >= 1,
    `${entries.length} mục`,
    "ít nhất dòng Lưu",
    noiNhan.page,
  );
  entries.forEach((entry, i) => {
    const text = entry.map((f) => f.text).join(" ");
    const last = i === entries.length - 1;
    for (const f of entry) {
      list.size(12, "Nơi nhận: mục", f, 11);
      list.style(12, "Nơi nhận: mục", f, { bold: false, italic: false });
    }
    list.add(
      12,
      `Nơi nhận: mục ${i + 1}`,
      text.startsWith("- ") && text.endsWith(last ? "." : ";"),
      `"${text}"`,
      last ? '"- Lưu: VT, …."' : '"- …;"',
      entry[0]?.page,
    );
    if (last)
      list.add(
        12,
        "Nơi nhận: dòng lưu",
        /^- Lưu: VT\b/u.test(text),
        `"${text}"`,
        '"- Lưu: VT, <đơn vị soạn thảo>."',
        entry[0]?.page,
      );
  });
  if (label) {
    const first = entries[0]?.map((f) => f.text).join(" ");
    list.add(
      12,
      'Nơi nhận: "Như trên" đứng đầu khi có Kính gửi',
      first === "- Như trên;",
      `"${first}"`,
      '"- Như trên;"',
      noiNhan.page,
    );
  }
  for (const f of drafter) list.size(12, "Ký hiệu người soạn thảo", f, 11);
}

/** "- …" lines, with the lines that continue each one. */
function groupItems(fragments: Fragment[]): Fragment[][] {
  const entries: Fragment[][] = [];
  for (const f of fragments) {
    if (f.text.startsWith("- ") || entries.length === 0) entries.push([f]);
    else entries[entries.length - 1]?.push(f);
  }
  return entries;
}

export function checkAppendix(
  list: CheckList,
  a: AppendixAnatomy,
  index: number,
  count: number,
  set: number | undefined,
): void {
  const page = a.section.pages[0]?.page.number;
  const centre = (a.leftEdge + a.rightEdge) / 2;
  if (!list.present(14, "Phụ lục: nhãn", a.label, page)) return;
  const wanted = count >= 2 ? `Phụ lục ${toRoman(index + 1)}` : "Phụ lục";
  list.add(
    14,
    "Phụ lục: đánh số",
    a.label.text === wanted,
    `"${a.label.text}"`,
    `"${wanted}"${count >= 2 ? " (số La Mã khi có từ hai phụ lục)" : ""}`,
    page,
  );
  list.size(14, "Phụ lục: nhãn", a.label, 14);
  list.style(14, "Phụ lục: nhãn", a.label, { bold: true, italic: false });
  list.near(14, "Phụ lục: nhãn canh giữa", a.label.centre, centre, 1.5, fmtPt, page);
  list.add(14, "Phụ lục: tên", a.title.length > 0, a.title.length ? "có" : "không thấy", "có", page);
  for (const f of a.title) {
    if (set) list.size(14, "Phụ lục: tên", f, set);
    list.style(14, "Phụ lục: tên", f, { bold: true, upper: true });
  }
  const reference = a.reference.map((f) => f.text).join(" ");
  list.add(
    14,
    "Phụ lục: dòng (Kèm theo …)",
    /^\((Ban hành )?[Kk]èm theo .+\)$/u.test(reference),
    reference ? `"${reference}"` : "không thấy",
    '"(Kèm theo <loại văn bản> số … ngày … của …)"',
    page,
  );
  for (const f of a.reference) {
    list.size(14, "Phụ lục: dòng kèm theo", f, [13, 14]);
    list.style(14, "Phụ lục: dòng kèm theo", f, { italic: true, bold: false });
  }
  if (list.present(5, "Phụ lục: đường kẻ dưới dòng kèm theo", a.rule, page)) {
    list.between(
      5,
      "Phụ lục: đường kẻ ngắn",
      segLength(a.rule),
      mm(10),
      (a.rightEdge - a.leftEdge) * 0.6,
      fmtPt,
      page,
    );
    list.near(5, "Phụ lục: đường kẻ canh giữa", segCentre(a.rule), centre, 1.5, fmtPt, page);
    const last = a.reference[a.reference.length - 1];
    if (last)
      list.between(
        5,
        "Phụ lục: đường kẻ ngay dưới dòng kèm theo",
        last.y - segY(a.rule),
        0.5,
        last.size * 0.8,
        fmtPt,
        page,
      );
  }
}
