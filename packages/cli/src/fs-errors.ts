import { shown } from "./shown.js";

// What the operating system says, in the words of someone who saves files rather than of a
// system call: every code a user can meet when reading an input or writing an output.

export function describeFsError(error: unknown, path: string, op: "read" | "write"): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = shown(path);
  switch (code) {
    case "ENOENT":
      return op === "read"
        ? `Không tìm thấy tệp ${name}.`
        : `Không ghi được ${name}: thư mục chứa tệp không tồn tại.`;
    case "ENOTDIR":
      return `Đường dẫn ${name} đi qua một tệp như thể đó là thư mục.`;
    case "EACCES":
    case "EPERM":
      return op === "read"
        ? `Không có quyền đọc tệp ${name}.`
        : `Không có quyền ghi ${name}: chọn thư mục khác hoặc xin cấp quyền.`;
    case "EISDIR":
      return `${name} là một thư mục, không phải tệp.`;
    case "EEXIST":
      return `Tệp ${name} đã có: thêm --force để ghi đè, hoặc chọn một tên khác.`;
    case "EROFS":
      return `Không ghi được ${name}: ổ đĩa chỉ cho đọc.`;
    case "ENOSPC":
    case "EDQUOT":
      return `Không ghi được ${name}: ổ đĩa đã đầy (hoặc hết hạn mức). Giải phóng chỗ trống rồi chạy lại; không có tệp nào bị ghi dở.`;
    case "EFBIG":
      return `Không ghi được ${name}: tệp vượt quá giới hạn của ổ đĩa.`;
    case "ENAMETOOLONG":
      return `Tên tệp ${name} quá dài.`;
    case "ELOOP":
      return `Đường dẫn ${name} có liên kết vòng.`;
    case "EMFILE":
    case "ENFILE":
      return `Hệ thống đang mở quá nhiều tệp; không ${op === "read" ? "đọc" : "ghi"} được ${name}. Thử lại sau.`;
    case "EBUSY":
    case "ETXTBSY":
      return `Tệp ${name} đang được chương trình khác dùng.`;
    case "EIO":
      return `Lỗi đọc/ghi của ổ đĩa với ${name}.`;
    default:
      return `Không ${op === "read" ? "đọc" : "ghi"} được ${name}${code ? ` (mã lỗi ${code})` : ""}.`;
  }
}
