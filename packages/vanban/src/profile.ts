// The Nghị định 30/2020 layout as data (nd30-layout §14.1). Sizes move together within one
// document ("set 13" or "set 14"); a few stay fixed whatever the set (Số 13, "Nơi nhận:" 12,
// its items 11, "Phụ lục" 14). A locality may override a few values, but only inside the ranges
// the decree allows: a profile outside them is refused, never silently clamped.

export type SizeSet = 13 | 14;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface LayoutProfile {
  sizeSet: SizeSet;
  /** Page margins in millimetres; landscape pages keep the same values on the turned page. */
  marginsMm: Margins;
  /** Distance from the top edge to the top of the page number's line, millimetres. */
  headerDistanceMm: number;
  sizes: {
    quocHieu: number;
    tieuNgu: number;
    parentBody: number;
    issuingBody: number;
    soKyHieu: number;
    placeDate: number;
    typeName: number;
    subject: number;
    /** Công văn "V/v …" (ô 5b). */
    congVanSubject: number;
    body: number;
    signer: number;
    noiNhanLabel: number;
    noiNhanItem: number;
    pageNumber: number;
    table: number;
    appendixLabel: number;
    appendixTitle: number;
    /** "(Kèm theo …)" under an appendix title (13 in the official sample, both sets). */
    appendixReference: number;
    /** Mật, khẩn and phạm vi lưu hành marks. */
    stamp: number;
    /** Ký hiệu người soạn thảo and số bản phát hành (ô 12). */
    drafter: number;
    /** Address and contact line at the foot of page 1 (ô 13). */
    contact: number;
    /** The organisation's signature text at the top right of page 1 (ô 14): 10, fixed. */
    organisationSignature: number;
  };
  body: {
    firstLineIndentCm: number;
    spaceBeforePt: number;
    /** Multiple of single spacing (Word "Multiple"); the decree allows 1 to 1.5. */
    lineSpacing: number;
  };
  header: {
    leftColumnMm: number;
    rightColumnMm: number;
    /** How far the header table reaches into the left margin, as the official samples do. */
    extendLeftMm: number;
  };
  rules: {
    strokePt: number;
    /** Agency and subject rules as a share of their text line (the decree allows 1/3 to 1/2). */
    shortRuleRatio: number;
  };
  signature: {
    /** Space left for the wet signature and seal between the title and the name. */
    gapMm: number;
    /** Share of the text width given to the signer column (the rest holds "Nơi nhận"). */
    columnRatio: number;
  };
  kinhGui: {
    /** Where "Kính gửi:" starts, from the left text edge (Mẫu 1.5 uses 3.5 cm). */
    leftIndentCm: number;
  };
  /** "Kèm theo" (the decree's wording) or the older "Ban hành kèm theo". */
  attachmentReferencePrefix: string;
  /** House style for a titled điểm "a) Title" (the decree sets it upright). */
  diemTitleStyle: "upright" | "italic" | "boldItalic";
  /** Ink of the mật and khẩn marks (red, as the pre-made stamps). */
  stampColor: string;
}

export const MARGIN_PRESETS = {
  /** The largest text block the decree allows (165 × 257 mm). */
  default: { top: 20, bottom: 20, left: 30, right: 15 },
  /** As in the official Phụ lục files. */
  conservative: { top: 25, bottom: 20, left: 35, right: 20 },
} as const satisfies Record<string, Margins>;

export type MarginPreset = keyof typeof MARGIN_PRESETS;

/** What a locality may change, each value checked against the decree's range. */
export interface ProfileOverrides {
  marginsMm?: Partial<Margins>;
  headerDistanceMm?: number;
  body?: Partial<LayoutProfile["body"]>;
  signatureGapMm?: number;
  tableSize?: number;
  kinhGuiLeftIndentCm?: number;
  attachmentReferencePrefix?: string;
  diemTitleStyle?: LayoutProfile["diemTitleStyle"];
}

export function nd30Profile(
  sizeSet: SizeSet = 14,
  margins: MarginPreset = "default",
  overrides: ProfileOverrides = {},
): LayoutProfile {
  if (sizeSet !== 13 && sizeSet !== 14) {
    throw new ProfileError([
      {
        field: "sizeSet",
        label: "bộ cỡ chữ",
        value: String(sizeSet),
        allowed: "13 hoặc 14",
      },
    ]);
  }
  const preset = MARGIN_PRESETS[margins];
  if (!preset) {
    throw new ProfileError([
      {
        field: "margins",
        label: "bộ lề",
        value: String(margins),
        allowed: Object.keys(MARGIN_PRESETS).join(", "),
      },
    ]);
  }
  const big = sizeSet;
  const small = sizeSet - 1;
  const profile: LayoutProfile = {
    sizeSet,
    marginsMm: { ...preset, ...overrides.marginsMm },
    headerDistanceMm: overrides.headerDistanceMm ?? 10,
    sizes: {
      quocHieu: small,
      tieuNgu: big,
      parentBody: small,
      issuingBody: small,
      soKyHieu: 13,
      placeDate: big,
      typeName: big,
      subject: big,
      congVanSubject: small,
      body: big,
      signer: big,
      noiNhanLabel: 12,
      noiNhanItem: 11,
      pageNumber: big,
      table: overrides.tableSize ?? 12,
      appendixLabel: 14,
      appendixTitle: big,
      appendixReference: 13,
      stamp: big,
      drafter: 11,
      contact: small - 1,
      organisationSignature: 10,
    },
    body: { firstLineIndentCm: 1, spaceBeforePt: 6, lineSpacing: 1.15, ...overrides.body },
    header: { leftColumnMm: 68, rightColumnMm: 102, extendLeftMm: 5 },
    rules: { strokePt: 0.6, shortRuleRatio: 0.4 },
    signature: { gapMm: overrides.signatureGapMm ?? 28, columnRatio: 0.6 },
    kinhGui: { leftIndentCm: overrides.kinhGuiLeftIndentCm ?? 3.5 },
    attachmentReferencePrefix: overrides.attachmentReferencePrefix ?? "Kèm theo",
    diemTitleStyle: overrides.diemTitleStyle ?? "upright",
    stampColor: "#d0021b",
  };
  const problems = validateProfile(profile);
  if (problems.length > 0) throw new ProfileError(problems);
  return profile;
}

export interface ProfileProblem {
  /** Path of the value in the profile ("marginsMm.top"). */
  field: string;
  /** Its Vietnamese name ("lề trên"). */
  label: string;
  value: string;
  /** The allowed range, as written in the message ("20–25 mm"). */
  allowed: string;
}

/** A profile outside the decree's ranges; the message names every bad field, value and range. */
export class ProfileError extends Error {
  readonly problems: ProfileProblem[];
  constructor(problems: ProfileProblem[]) {
    super(
      `Thông số trình bày không hợp lệ: ${problems
        .map((p) => `${p.label} (${p.field}) = ${p.value}, cho phép ${p.allowed}`)
        .join("; ")}.`,
    );
    this.name = "ProfileError";
    this.problems = problems;
  }
}

interface Range {
  field: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  get: (p: LayoutProfile) => number;
}

const fmt = (n: number) => String(n).replace(".", ",");

// [V] ranges of Phụ lục I unless marked; the others keep a profile printable.
const RANGES: Range[] = [
  { field: "marginsMm.top", label: "lề trên", unit: "mm", min: 20, max: 25, get: (p) => p.marginsMm.top },
  {
    field: "marginsMm.bottom",
    label: "lề dưới",
    unit: "mm",
    min: 20,
    max: 25,
    get: (p) => p.marginsMm.bottom,
  },
  { field: "marginsMm.left", label: "lề trái", unit: "mm", min: 30, max: 35, get: (p) => p.marginsMm.left },
  {
    field: "marginsMm.right",
    label: "lề phải",
    unit: "mm",
    min: 15,
    max: 20,
    get: (p) => p.marginsMm.right,
  },
  {
    field: "body.lineSpacing",
    label: "giãn dòng",
    unit: "lần dòng đơn",
    min: 1,
    max: 1.5,
    get: (p) => p.body.lineSpacing,
  },
  {
    field: "body.firstLineIndentCm",
    label: "lùi đầu dòng",
    unit: "cm",
    min: 1,
    max: 1.27,
    get: (p) => p.body.firstLineIndentCm,
  },
  {
    field: "body.spaceBeforePt",
    label: "khoảng cách giữa các đoạn",
    unit: "pt",
    min: 6,
    max: 24,
    get: (p) => p.body.spaceBeforePt,
  },
  // Not set by the decree: keep the page number inside the top margin and the table legible.
  {
    field: "headerDistanceMm",
    label: "khoảng cách số trang tới mép trên",
    unit: "mm",
    min: 5,
    max: 15,
    get: (p) => p.headerDistanceMm,
  },
  {
    field: "sizes.table",
    label: "cỡ chữ trong bảng",
    unit: "pt",
    min: 10,
    max: 14,
    get: (p) => p.sizes.table,
  },
  {
    field: "signature.gapMm",
    label: "khoảng ký",
    unit: "mm",
    min: 15,
    max: 50,
    get: (p) => p.signature.gapMm,
  },
  {
    field: "kinhGui.leftIndentCm",
    label: "lề trái của Kính gửi",
    unit: "cm",
    min: 0,
    max: 8,
    get: (p) => p.kinhGui.leftIndentCm,
  },
  {
    field: "rules.shortRuleRatio",
    label: "tỷ lệ đường kẻ ngắn",
    unit: "",
    min: 1 / 3,
    max: 0.5,
    get: (p) => p.rules.shortRuleRatio,
  },
];

const ATTACHMENT_PREFIXES = ["Kèm theo", "Ban hành kèm theo"];

/** Every value of the profile outside the decree's ranges (empty when the profile is valid). */
export function validateProfile(profile: LayoutProfile): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  if (profile.sizeSet !== 13 && profile.sizeSet !== 14) {
    problems.push({
      field: "sizeSet",
      label: "bộ cỡ chữ",
      value: String(profile.sizeSet),
      allowed: "13 hoặc 14",
    });
  }
  for (const range of RANGES) {
    const value = range.get(profile);
    const ok = Number.isFinite(value) && value >= range.min - 1e-9 && value <= range.max + 1e-9;
    if (!ok) {
      const unit = range.unit ? ` ${range.unit}` : "";
      const min = range.field === "rules.shortRuleRatio" ? "1/3" : fmt(range.min);
      const max = range.field === "rules.shortRuleRatio" ? "1/2" : fmt(range.max);
      problems.push({
        field: range.field,
        label: range.label,
        value: `${Number.isFinite(value) ? fmt(value) : String(value)}${unit}`,
        allowed: `${min}–${max}${unit}`,
      });
    }
  }
  if (!ATTACHMENT_PREFIXES.includes(profile.attachmentReferencePrefix.normalize("NFC"))) {
    problems.push({
      field: "attachmentReferencePrefix",
      label: "lời dẫn văn bản kèm theo",
      value: `"${profile.attachmentReferencePrefix}"`,
      allowed: ATTACHMENT_PREFIXES.map((p) => `"${p}"`).join(" hoặc "),
    });
  }
  return problems;
}

export const MM_TO_PT = 72 / 25.4;
export const mm = (value: number) => value * MM_TO_PT;
export const cm = (value: number) => value * 10 * MM_TO_PT;
