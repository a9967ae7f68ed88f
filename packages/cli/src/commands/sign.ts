import type { SignatureAppearance } from "@kehoach/sign";
import { parseCommandArgs } from "../args.js";
import { readTextInput } from "../inputs.js";
import { CliError, type CliIo, formatSize } from "../io.js";
import { shown } from "../shown.js";

export const SIGN_USAGE =
  "kehoach sign <vb.pdf> --p12 <chứng-thư.p12> -o <vb-da-ky.pdf> [--password-file <tệp>] [--role signer|seal|attached]";

export const SIGN_HELP = `${SIGN_USAGE}

Ký số tệp PDF theo chuẩn PAdES (ETSI.CAdES.detached) bằng chứng thư số trong tệp PKCS#12 (.p12,
.pfx), hình ảnh chữ ký đặt đúng vị trí Phụ lục I Nghị định 30/2020/NĐ-CP. Tệp gốc không bị sửa:
chữ ký được thêm vào cuối tệp (cập nhật tăng dần), nên chữ ký trước đó (của lãnh đạo) vẫn hợp lệ
khi văn thư ký tiếp bằng chứng thư của cơ quan.

Mật khẩu của tệp .p12 lấy từ --password-file (dòng đầu của tệp) hoặc biến môi trường
KEHOACH_P12_PASSWORD; không bao giờ nhận mật khẩu trên dòng lệnh và không in ra.

      --p12 <tệp>            tệp chứng thư số PKCS#12 (bắt buộc)
  -o, --output <tệp>         tệp PDF đã ký (bắt buộc); không ghi đè tệp đã có nếu không có --force
      --password-file <tệp>  tệp chứa mật khẩu của tệp .p12
      --role <vai>           signer: chữ ký của người có thẩm quyền, giữa chức vụ và họ tên (ô 7c; mặc định)
                             seal: chữ ký số của cơ quan, hình con dấu trùm 1/3 chữ ký bên trái (ô 8)
                             attached: chữ ký số của cơ quan trên văn bản kèm theo gửi thành tệp riêng:
                             số, ký hiệu và thời gian ký, góc trên bên phải trang đầu (ô 14); khi
                             văn bản đã in sẵn khối này, chữ ký mang đúng thời gian in sẵn (trong
                             vòng một giờ) và không vẽ thêm gì
      --image <tệp>          ảnh chữ ký (signer) hoặc ảnh con dấu (seal; bắt buộc): PNG nền trong suốt
      --seal-mm <số>         đường kính con dấu (mm) khi ảnh không ghi độ phân giải; mặc định 36
      --name <họ tên>        họ tên người ký như in trên văn bản, khi khác tên trong chứng thư
      --number <số/ký hiệu>  số, ký hiệu cho --role attached khi trang đầu không có dòng "Số:"
      --page <n> --rect <x,y,rộng,cao>
                             tự đặt vị trí: trang (từ 1) và khung tính bằng mm từ góc trên bên trái
      --invisible            chữ ký không hiển thị trên trang
      --reason <lý do>       --location <nơi ký>
      --force                ghi đè tệp đầu ra nếu đã có

Mã thoát: 0 đã ký; 1 tệp, chứng thư hoặc mật khẩu không dùng được; 2 tham số sai.
`;

const MAX_PDF_BYTES = 100 * 1024 * 1024;
const MAX_SMALL_FILE = 5 * 1024 * 1024;
const MM = 72 / 25.4;
/** How long after a document is rendered with its signing time (ô 14) it may still be signed. */
const MAX_PRINTED_AGE_MS = 60 * 60_000;

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined; // an unreadable file is reported by signPdf, with its reason
  }
}

export async function signCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("sign", args, {
    p12: { type: "string" },
    output: { type: "string", short: "o" },
    "password-file": { type: "string" },
    role: { type: "string", default: "signer" },
    image: { type: "string" },
    "seal-mm": { type: "string" },
    name: { type: "string" },
    number: { type: "string" },
    page: { type: "string" },
    rect: { type: "string" },
    invisible: { type: "boolean", default: false },
    reason: { type: "string" },
    location: { type: "string" },
    force: { type: "boolean", default: false },
  });
  if (values.help) {
    io.out(SIGN_HELP);
    return 0;
  }
  const input = positionals[0];
  if (!input) throw new CliError(`Thiếu tệp PDF cần ký: ${SIGN_USAGE}`, 2);
  if (positionals.length > 1) throw new CliError("Chỉ ký một tệp mỗi lần.", 2);
  if (!values.p12) throw new CliError("Thiếu tệp chứng thư số: thêm --p12 <tệp.p12>.", 2);
  if (!values.output) throw new CliError("Thiếu tệp đầu ra: thêm -o <tệp-da-ky.pdf>.", 2);
  const role = values.role;
  if (role !== "signer" && role !== "seal" && role !== "attached") {
    throw new CliError(`Vai ký ${shown(role)} không có: chọn signer, seal hoặc attached.`, 2);
  }
  if (role === "seal" && !values.image && !values.invisible) {
    throw new CliError(
      "Ký bằng chứng thư của cơ quan (--role seal) cần ảnh con dấu: thêm --image <con-dau.png>.",
      2,
    );
  }
  if ((values.page === undefined) !== (values.rect === undefined)) {
    throw new CliError("--page và --rect đi cùng nhau: trang (từ 1) và khung x,y,rộng,cao (mm).", 2);
  }
  const sealMm = values["seal-mm"] === undefined ? undefined : Number(values["seal-mm"].replace(",", "."));
  if (sealMm !== undefined && !(sealMm >= 10 && sealMm <= 80)) {
    throw new CliError(`Đường kính con dấu ${shown(values["seal-mm"]!)} không hợp lệ: từ 10 đến 80 mm.`, 2);
  }

  const password = await readPassword(io, values["password-file"]);
  const [pdf, p12, image] = await Promise.all([
    io.readFile(input, MAX_PDF_BYTES),
    io.readFile(values.p12, MAX_SMALL_FILE),
    values.image ? io.readFile(values.image, MAX_SMALL_FILE) : undefined,
  ]);

  // The signing code loads only for this command: `kehoach render` never pays for it.
  const sign = await import("@kehoach/sign");
  const { loadP12, P12Error } = await import("@kehoach/sign/node");
  let signer: Awaited<ReturnType<typeof loadP12>>;
  try {
    signer = await loadP12(p12, password);
  } catch (error) {
    if (error instanceof P12Error) throw new CliError(`${shown(values.p12)}: ${error.message}`);
    throw error;
  }
  if (signer.notAfter && signer.notAfter.getTime() < Date.now()) {
    throw new CliError(
      `Chứng thư số trong ${shown(values.p12)} đã hết hạn (${signer.notAfter.toISOString().slice(0, 10)}): không ký được.`,
    );
  }
  let signingTime = new Date();
  // A document rendered with its ô 14 text already printed: the signature carries that time, and
  // draws nothing over it.
  const printed = role === "attached" ? safely(() => sign.printedStampTime(pdf)) : undefined;
  if (printed) {
    const ageMs = signingTime.getTime() - printed.date.getTime();
    if (ageMs < -5 * 60_000 || ageMs > MAX_PRINTED_AGE_MS) {
      throw new CliError(
        `Trang đầu đã in sẵn thời gian ký ${printed.text} (ô 14), ${ageMs < 0 ? "chưa tới" : "đã qua quá một giờ"}: dựng lại văn bản với thời gian ký mới rồi ký ngay.`,
      );
    }
    signingTime = printed.date;
  }
  try {
    const appearance =
      values.invisible || printed
        ? undefined
        : await placeAppearance(sign, pdf, {
            role,
            image,
            sealMm,
            name: values.name ?? signer.subjectCommonName,
            number: values.number,
            page: values.page,
            rect: values.rect,
          });
    const signed = await sign.signPdf(pdf, {
      signer,
      signingTime,
      appearance,
      reason: values.reason,
      location: values.location,
    });
    await io.writeFile(values.output, signed.bytes, { overwrite: values.force, inputs: [input, values.p12] });
    io.out(
      `Đã ký ${shown(values.output)} (${formatSize(signed.bytes.length)}): ${signed.signerName ?? "người ký"}, lúc ${signed.signingTime}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const known = [
      sign.SignError,
      sign.PdfReadError,
      sign.PlacementError,
      sign.FontError,
      sign.ImageError,
      sign.CertificateError,
    ];
    if (known.some((k) => error instanceof k))
      throw new CliError(`${shown(input)}: ${(error as Error).message}`);
    throw error;
  }
}

async function readPassword(io: CliIo, file: string | undefined): Promise<string> {
  if (file) {
    const text = await readTextInput(io, file, 4096);
    return text.split(/\r?\n/u)[0] ?? "";
  }
  const fromEnv = process.env.KEHOACH_P12_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  throw new CliError(
    "Thiếu mật khẩu của tệp .p12: ghi nó vào một tệp và thêm --password-file <tệp>, hoặc đặt biến môi trường KEHOACH_P12_PASSWORD.",
    2,
  );
}

type SignModule = typeof import("@kehoach/sign");

async function placeAppearance(
  sign: SignModule,
  pdf: Uint8Array,
  o: {
    role: "signer" | "seal" | "attached";
    image: Uint8Array | undefined;
    sealMm: number | undefined;
    name: string | undefined;
    number: string | undefined;
    page: string | undefined;
    rect: string | undefined;
  },
): Promise<SignatureAppearance> {
  const { loadTinosFor } = await import("@kehoach/vanban/fonts/node");
  const explicit =
    o.page !== undefined && o.rect !== undefined ? manualBox(pdf, sign, o.page, o.rect) : undefined;

  if (o.role === "attached") {
    const number = o.number ?? sign.numberAndSymbolOf(pdf);
    if (!number) {
      throw new CliError(
        'Trang đầu không có dòng "Số: …": thêm --number <số/ký hiệu> cho chữ ký của văn bản kèm theo.',
        2,
      );
    }
    const sample = `${number} 2026-01-01T00:00:00+07:00`;
    const font = (await loadTinosFor(sample)).normal;
    const lines = (t: string) => [number, t];
    const textWidth = Math.max(...lines("0000-00-00T00:00:00+07:00").map((l) => sign.textWidth(font, l, 10)));
    const page = sign.textLines(pdf)[0]!;
    const box = explicit ?? sign.topRightBox(page.width, page.height, textWidth, 2);
    return { ...box, text: { lines, font, size: 10, align: "right" } };
  }

  const findBox = (name: string | undefined) => {
    if (explicit) return explicit;
    if (!name)
      throw new CliError("Chứng thư số không ghi họ tên (CN): thêm --name <họ tên như in trên văn bản>.", 2);
    return sign.signatureBox(pdf, name);
  };

  if (o.role === "seal") {
    // The seal stands over the left third of the individual's signature: find that one first.
    const earlier = sign
      .existingSignatures(pdf)
      .map((s) => s.name)
      .filter((n): n is string => !!n);
    let personal: ReturnType<typeof sign.signatureBox> | undefined = explicit;
    for (const name of [o.name, ...earlier]) {
      if (personal || !name) continue;
      try {
        personal = sign.signatureBox(pdf, name);
      } catch {
        // try the next name
      }
    }
    if (!personal) {
      throw new CliError(
        "Không tìm thấy khối chữ ký của người có thẩm quyền để đặt con dấu: thêm --name <họ tên người ký> hoặc --page và --rect.",
        2,
      );
    }
    const diameter = o.sealMm ?? sign.imageWidthMm(o.image!) ?? 36;
    const box = explicit ?? sign.sealBox(personal, diameter);
    return { ...box, image: o.image };
  }

  const box = findBox(o.name);
  if (o.image) return { ...box, image: o.image };
  const name = o.name ?? "";
  const font = (await loadTinosFor(`${name} 2026-01-01T00:00:00+07:00`)).normal;
  return { ...box, text: { lines: (t: string) => [name, t], font, size: 10 } };
}

function manualBox(pdf: Uint8Array, sign: SignModule, page: string, rect: string) {
  const pageNumber = Number(page);
  const parts = rect.split(",").map((p) => Number(p.trim()));
  if (!Number.isInteger(pageNumber) || pageNumber < 1)
    throw new CliError(`Trang ${shown(page)} không hợp lệ.`, 2);
  if (
    parts.length !== 4 ||
    parts.some((n) => !Number.isFinite(n) || n < 0) ||
    parts[2] === 0 ||
    parts[3] === 0
  ) {
    throw new CliError(
      `Khung ${shown(rect)} không hợp lệ: cần x,y,rộng,cao tính bằng mm, ví dụ 110,200,60,28.`,
      2,
    );
  }
  const pages = sign.textLines(pdf);
  const target = pages[pageNumber - 1];
  if (!target) throw new CliError(`Tệp chỉ có ${pages.length} trang.`, 2);
  const [x, y, w, h] = parts as [number, number, number, number];
  return {
    page: pageNumber - 1,
    rect: { x: x * MM, y: target.height - (y + h) * MM, width: w * MM, height: h * MM },
  };
}
