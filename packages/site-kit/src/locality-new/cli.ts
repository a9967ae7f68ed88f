import { cp, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { validateLocalityData } from "@kehoach/plan-model";
import { asciiKey } from "@kehoach/text-vi";
import { loadLocality } from "../locality-files.js";
import {
  capitalise,
  createLocality,
  levelOf,
  NEW_LOCALITY_TYPES,
  type NewLocalityInput,
  type NewLocalityType,
  slugFromName,
  TYPE_WORDS,
  unitTitle,
} from "./create.js";

// `pnpm locality:new <slug> [--name "Kim Liên" --type xa --province "Nghệ An"]`: copies the template
// (localities/example: theme and logo), writes a valid locality.json for the unit, and says what
// to do next. Asks for what the flags do not give when run in a terminal; refuses otherwise.

export interface NewLocalityIo {
  repoRoot: string;
  /** Where localities live; the repository's localities/ unless a test says otherwise. */
  localitiesDir?: string;
  interactive: boolean;
  ask?: (question: string) => Promise<string>;
  print: (line: string) => void;
}

export interface NewLocalityResult {
  dir: string;
  slug: string;
  name: string;
}

const USAGE = `Cách dùng: pnpm locality:new <slug> --name "<tên riêng>" --type <loại> [--province "<tên tỉnh>"] [--province-type tinh|thanh_pho_truc_thuoc_tw]
  <loại>: ${NEW_LOCALITY_TYPES.join(", ")}
  Ví dụ:  pnpm locality:new xa-hoa-binh --name "Hòa Bình" --type xa --province "Nghệ An"`;

const TYPE_SYNONYMS: Record<string, NewLocalityType> = {
  xa: "xa",
  phuong: "phuong",
  "dac khu": "dac_khu",
  tinh: "tinh",
  "thanh pho truc thuoc trung uong": "thanh_pho_truc_thuoc_tw",
  "thanh pho truc thuoc tw": "thanh_pho_truc_thuoc_tw",
  huyen: "huyen",
  quan: "quan",
  "thi xa": "thi_xa",
  "thanh pho thuoc tinh": "thanh_pho_thuoc_tinh",
  "thanh pho thuoc thanh pho truc thuoc trung uong": "thanh_pho_thuoc_tp_tw",
};

export function parseType(value: string): NewLocalityType | null {
  if ((NEW_LOCALITY_TYPES as readonly string[]).includes(value)) return value as NewLocalityType;
  return TYPE_SYNONYMS[asciiKey(value.replace(/[_-]/g, " "))] ?? null;
}

export async function newLocality(argv: string[], io: NewLocalityIo): Promise<NewLocalityResult> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: "string" },
      type: { type: "string" },
      level: { type: "string" },
      province: { type: "string" },
      "province-type": { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    io.print(USAGE);
    throw new UsageError("");
  }
  const localitiesDir = io.localitiesDir ?? join(io.repoRoot, "localities");
  const ask = async (question: string, current: string | undefined): Promise<string | undefined> => {
    if (current !== undefined && current.trim() !== "") return current.trim();
    if (!io.interactive || !io.ask) return undefined;
    const answer = (await io.ask(question)).trim();
    return answer === "" ? undefined : answer;
  };

  const name = await ask("Tên riêng của đơn vị (ví dụ: Kim Liên): ", values.name);
  if (!name) throw new UsageError(`Thiếu tên đơn vị (--name).\n${USAGE}`);
  const typeText = await ask(`Loại đơn vị (${NEW_LOCALITY_TYPES.join(", ")}): `, values.type);
  if (!typeText) throw new UsageError(`Thiếu loại đơn vị (--type).\n${USAGE}`);
  const type = parseType(typeText);
  if (!type) {
    throw new UsageError(
      typeText === "thi_tran" || asciiKey(typeText) === "thi tran"
        ? "Thị trấn không còn từ 01/7/2025 (Luật Tổ chức chính quyền địa phương 72/2025/QH15); địa phương cấp xã mới là xã, phường hoặc đặc khu."
        : `Không biết loại đơn vị "${typeText}". Chọn một trong: ${NEW_LOCALITY_TYPES.join(", ")}.`,
    );
  }
  const level = levelOf(type);
  if (values.level && values.level !== level) {
    throw new UsageError(`--level ${values.level} không khớp loại ${type} (cấp ${level}).`);
  }
  let province: NewLocalityInput["province"];
  if (level !== "province") {
    const provinceText = await ask(
      "Thuộc tỉnh hoặc thành phố trực thuộc trung ương (ví dụ: Nghệ An): ",
      values.province,
    );
    if (!provinceText) throw new UsageError(`Thiếu tên tỉnh (--province).\n${USAGE}`);
    province = parseProvince(provinceText, values["province-type"]);
  }

  const slug =
    positionals[0] ??
    (await ask(`Tên thư mục (slug) [${slugFromName(name)}]: `, undefined)) ??
    slugFromName(name);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    throw new UsageError(
      `Tên thư mục "${slug}" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ: ${slugFromName(name)}).`,
    );
  }
  const dir = join(localitiesDir, slug);
  if (await stat(dir).catch(() => null)) {
    throw new UsageError(
      `Đã có thư mục ${relative(io.repoRoot, dir)}; chọn tên khác hoặc sửa trực tiếp thư mục đó.`,
    );
  }

  const locality = createLocality({ slug, name, type, ...(province ? { province } : {}) });
  const checked = validateLocalityData(locality);
  if (!checked.ok) {
    throw new Error(
      `Lỗi của công cụ: tệp tạo ra không hợp lệ (${checked.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}).`,
    );
  }

  const template = join(localitiesDir, "example");
  await mkdir(dir, { recursive: true });
  const theme = JSON.parse(await readFile(join(template, "theme.json"), "utf8")) as Record<string, unknown>;
  // The theme's name and description where the design-tokens format keeps them (DTCG).
  theme.$extensions = { "vn.kehoach": { name: capitalise(unitTitle(type, name)) } };
  theme.$description = `Chủ đề của ${locality.name}: kế thừa chủ đề mặc định; thêm vào phần brand những màu của địa phương.`;
  delete theme.name;
  delete theme.description;
  await writeFile(join(dir, "theme.json"), `${JSON.stringify(theme, null, 2)}\n`);
  if (await stat(join(template, "logo.svg")).catch(() => null)) {
    await cp(join(template, "logo.svg"), join(dir, "logo.svg"));
  }
  // The $schema line gives editors completion and checking (packages/plan-model/schema).
  const file = { $schema: "../../packages/plan-model/schema/locality-1.schema.json", ...locality };
  await writeFile(join(dir, "locality.json"), `${JSON.stringify(file, null, 2)}\n`);

  await loadLocality(localitiesDir, slug);

  const where = relative(io.repoRoot, dir) || dir;
  io.print(`Đã tạo ${where}/ cho ${locality.name} (${TYPE_WORDS[type]}, cấp ${levelName(level)}).`);
  io.print("");
  // The same steps, in the same words, as docs/forking.md §3–§6 (a test compares the two).
  io.print("Bước tiếp theo (docs/forking.md):");
  io.print(`  1. Mô tả địa phương: ${where}/locality.json — tên gọi khác (aliases), người ký (signers),`);
  io.print("     các cơ quan, đơn vị riêng; giải thích từng trường: localities/example/README.md.");
  io.print(`  2. Kiểm tra:    pnpm locality:check ${slug}`);
  io.print(`  3. Màu và biểu trưng: phần brand của ${where}/theme.json và ${where}/logo.svg`);
  io.print("     (CSS của chủ đề được tạo khi dựng).");
  io.print(`  4. Dựng trang:  LOCALITY=${slug} pnpm build`);
  io.print(`  5. Chạy thử:    LOCALITY=${slug} pnpm start   (mở http://127.0.0.1:4173/)`);
  io.print("  6. Triển khai:  docs/deploying.md");
  return { dir, slug, name: locality.name };
}

function parseProvince(
  text: string,
  typeFlag: string | undefined,
): NonNullable<NewLocalityInput["province"]> {
  const key = asciiKey(text);
  if (typeFlag && typeFlag !== "tinh" && typeFlag !== "thanh_pho_truc_thuoc_tw") {
    throw new UsageError(
      `--province-type chỉ nhận tinh hoặc thanh_pho_truc_thuoc_tw (đang là "${typeFlag}").`,
    );
  }
  if (key.startsWith("thanh pho ")) {
    return { name: text.trim().replace(/^thành phố\s+/i, ""), type: "thanh_pho_truc_thuoc_tw" };
  }
  const name = text.trim().replace(/^tỉnh\s+/i, "");
  return { name, type: (typeFlag as "tinh" | "thanh_pho_truc_thuoc_tw" | undefined) ?? "tinh" };
}

function levelName(level: "province" | "district" | "commune"): string {
  return level === "province" ? "tỉnh" : level === "district" ? "huyện, đến 30/6/2025" : "xã";
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Prompts on the terminal, one question at a time. */
export function terminalAsk(): { ask: (question: string) => Promise<string>; close: () => void } {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return { ask: (question) => rl.question(question), close: () => rl.close() };
}
