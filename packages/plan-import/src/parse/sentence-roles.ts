import { fold, trimValue } from "../text.js";
import { agencyHeading } from "./agency-tasks.js";
import { knownSpans } from "./known-agencies.js";
import { looksLikeTime } from "./table-tasks.js";

// Who and when, read from a task written as a sentence: "Chủ trì, phối hợp với Sở Tư pháp tổ
// chức tuyên truyền …; hoàn thành trước ngày 31/3/2026", "Giao Phòng Văn hóa - Xã hội chủ trì,
// phối hợp với Công an xã rà soát …", "Tổ chức hội nghị sơ kết (Quý II/2026)".

// Verbs that end a list of agencies after "phối hợp với": the work starts there.
const WORK_VERB =
  /\s+(?:to chuc|trien khai|thuc hien|xay dung|tuyen truyen|ra soat|huong dan|kiem tra|bien soan|theo doi|tham muu|danh gia|cap nhat|thong tin|pho bien|ban hanh|hoan thien|kien toan|tong hop|bao cao|dang tai|phat hanh|van dong|boi duong|tap huan|giam sat|don doc|de xuat|nghien cuu|lam tot|day manh|tiep tuc|duy tri|quan ly|dam bao|bao dam|cung cap|phat dong|long ghep|van hanh|chi dao|khao sat|so ket|tong ket|truyen thong|dua|mo|lap|co trach nhiem|chiu trach nhiem|chu dong)\b/;

/** The first work verb of a text that is not inside a known agency name ("Trung tâm Văn hóa, Thông tin và Thể thao"). */
function firstVerb(text: string, folded: string): { index: number } | undefined {
  const spans = knownSpans(text);
  const re = new RegExp(WORK_VERB.source, "g");
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const at = m.index;
    // "Sở Xây dựng", "Ban Tuyên giáo": a body's name, not its work.
    if (/\b(so|phong|bo|ban|cuc|chi cuc|vien|trung tam|hoi)$/.test(folded.slice(0, at).trimEnd())) continue;
    if (!spans.some((s) => at >= s.start && at < s.end)) return { index: at };
  }
  return undefined;
}

/** The agency a sentence opens with, before its work: "Ủy ban nhân dân các xã rà soát …" → "Ủy ban nhân dân các xã". */
export function leadingAgency(text: string): string | undefined {
  const verb = firstVerb(text, fold(text));
  if (!verb || verb.index < 3) return undefined;
  return agencyHeading(text.slice(0, verb.index));
}

/** "phối hợp với X, Y tổ chức …" → X, Y; the work after them stays. */
export function partnersIn(text: string): { partners: string; start: number; end: number } | undefined {
  const f = fold(text);
  const m = /\bphoi hop(?: chat che)?( voi| cung)?\s+/.exec(f);
  if (!m) return undefined;
  const from = m.index + m[0].length;
  const tail = f.slice(from);
  // "Phối hợp hướng dẫn …" names no partner: without "với", the partners must be bodies.
  if (!m[1] && !agencyHeading(text.slice(from, from + 60).split(/[,;]/)[0] ?? "")) return undefined;
  const verb = firstVerb(text.slice(from), tail);
  // "… phối hợp với Bộ Tài chính trong việc chỉ đạo …": the list ends where the work is named.
  const stop = /[;.:(]|\s(?:trong viec|ve viec|de|nham|khi)\s/.exec(tail);
  let end = tail.length;
  if (verb) end = Math.min(end, verb.index);
  if (stop) end = Math.min(end, stop.index);
  const partners = trimValue(text.slice(from, from + end));
  if (!partners || partners.length > 300) return undefined;
  return { partners, start: m.index, end: from + end };
}

// A time that ends a sentence or closes it in parentheses, and the words that introduce it.
const TIME_AT_END =
  /[,;.]?\s*\(?\s*(?:(?:thoi gian(?: thuc hien| hoan thanh)?\s*:?\s*)|(?:hoan thanh|thuc hien|xong|ket thuc|to chuc|trien khai)\s+)?((?:truoc|cham nhat|trong|tu|vao|den)\s+(?:ngay\s+\d{1,2}\/\d{1,2}\/\d{4}|ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}|thang\s+\d{1,2}(?:\/|\s+nam\s+)\d{4}|quy\s+[ivx1-4]+(?:\/|\s+nam\s+)\d{4}|nam\s+\d{4})(?:\s*(?:-|den)\s*[^,;.()]{3,30})?|quy\s+[ivx1-4]+(?:\s*,\s*quy\s+[ivx1-4]+)*\s*(?:\/|nam\s+)\d{4}|thang\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:\/|nam\s+)\d{4}|thuong xuyen(?: trong nam(?: \d{4})?)?|hang (?:nam|quy|thang|tuan)|dinh ky hang (?:nam|quy|thang))\s*\)?\s*[.;]?\s*$/;

/** A time at the end of a task sentence, and the sentence without it. */
export function trailingTime(text: string): { time: string; rest: string } | undefined {
  const f = fold(text);
  const m = TIME_AT_END.exec(f);
  if (!m) return undefined;
  const start = f.indexOf(m[1] as string, m.index);
  const time = trimValue(text.slice(start, start + (m[1] as string).length).replace(/\)$/, ""));
  // Only words that name a time: "năm 2025" inside "… Quốc hội thông qua năm 2025" is not one.
  const introduced = /hoan thanh|thoi gian|thuc hien|xong|ket thuc|\(|truoc|cham nhat|trong|tu|vao|den/.test(
    f.slice(m.index, start + 1),
  );
  if (!introduced && !looksLikeTime(time)) return undefined;
  if (/^nam\s+\d{4}$/.test(fold(time)) && !/\(|thoi gian|hoan thanh/.test(f.slice(m.index, start)))
    return undefined;
  // "(thực hiện) trong Quý III/2025", "vào tháng 9/2025": the time is what follows the preposition;
  // "trước", "từ … đến" change it and stay.
  return { time: time.replace(/^(trong|vào)\s+(?=\S)/iu, ""), rest: trimValue(text.slice(0, m.index)) };
}
