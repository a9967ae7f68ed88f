import type { AdminLevel, LocalityInput, UnitType } from "@kehoach/plan-model";
import { asciiKey } from "@kehoach/text-vi";

// The locality.json that `pnpm locality:new` writes: the unit, its province, and the agencies that
// every unit of that type has under the law, named as plans write them. Commune types get the
// two-tier structure (from 1/7/2025, NĐ 150/2025/NĐ-CP); province types the sở of NĐ 45/2025/NĐ-CP
// that every province has; district types the three-tier structure that ended on 30/6/2025.
// The officer then adds what is particular to the place (aliases, other bodies, signers' names).

export const REFORM_DATE = "2025-07-01";
export const LAST_DISTRICT_DAY = "2025-06-30";

/** The unit types a new locality can be (thị trấn ended with the districts; hamlets are not localities). */
export const NEW_LOCALITY_TYPES = [
  "xa",
  "phuong",
  "dac_khu",
  "tinh",
  "thanh_pho_truc_thuoc_tw",
  "huyen",
  "quan",
  "thi_xa",
  "thanh_pho_thuoc_tinh",
  "thanh_pho_thuoc_tp_tw",
] as const satisfies readonly UnitType[];
export type NewLocalityType = (typeof NEW_LOCALITY_TYPES)[number];

export const TYPE_WORDS: Record<NewLocalityType, string> = {
  xa: "xã",
  phuong: "phường",
  dac_khu: "đặc khu",
  tinh: "tỉnh",
  thanh_pho_truc_thuoc_tw: "thành phố",
  huyen: "huyện",
  quan: "quận",
  thi_xa: "thị xã",
  thanh_pho_thuoc_tinh: "thành phố",
  thanh_pho_thuoc_tp_tw: "thành phố",
};

export function levelOf(type: NewLocalityType): Extract<AdminLevel, "province" | "district" | "commune"> {
  if (type === "tinh" || type === "thanh_pho_truc_thuoc_tw") return "province";
  if (type === "xa" || type === "phuong" || type === "dac_khu") return "commune";
  return "district";
}

export interface NewLocalityInput {
  slug: string;
  /** The proper name only: "Kim Liên", "1" (for Quận 1). */
  name: string;
  type: NewLocalityType;
  /** The province or centrally-run city the unit belongs to (not needed for a province). */
  province?: { name: string; type: "tinh" | "thanh_pho_truc_thuoc_tw" };
}

/** "xã Kim Liên", "Quận 1": the generic word stays capitalised when the name is a number. */
export function unitTitle(type: NewLocalityType, name: string): string {
  const word = TYPE_WORDS[type];
  return /^\d/.test(name) ? `${capitalise(word)} ${name}` : `${word} ${name}`;
}

/** Địa danh: "Kim Liên", "Quận 1". */
export function placeName(type: NewLocalityType, name: string): string {
  return /^\d/.test(name) ? `${capitalise(TYPE_WORDS[type])} ${name}` : name;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** "kim-lien" from "Kim Liên". */
export function slugFromName(name: string): string {
  return asciiKey(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function createLocality(input: NewLocalityInput): LocalityInput {
  const level = levelOf(input.type);
  if (level !== "province" && !input.province) {
    throw new Error(
      `Một ${TYPE_WORDS[input.type]} cần tên tỉnh hoặc thành phố trực thuộc trung ương (--province).`,
    );
  }
  const self = unitTitle(input.type, input.name);
  const unitId = `${input.type.replace(/_/g, "-")}-${slugFromName(input.name)}`;
  const place = placeName(input.type, input.name);
  const province = level === "province" ? { name: input.name, type: input.type } : input.province!;
  const provinceTitle = `${TYPE_WORDS[province.type as NewLocalityType]} ${province.name}`;
  const provinceId = `${province.type === "tinh" ? "tinh" : "thanh-pho"}-${slugFromName(province.name)}`;

  const units: LocalityInput["units"] = [];
  if (level !== "province") {
    units.push({ id: provinceId, name: province.name, type: province.type, level: "province" });
  }
  units.push({
    id: level === "province" ? provinceId : unitId,
    name: input.name,
    type: input.type,
    level,
    ...(level === "province" ? {} : { parentId: provinceId }),
    ...(level === "commune" ? { validFrom: REFORM_DATE } : {}),
    ...(level === "district" ? { validTo: LAST_DISTRICT_DAY } : {}),
  });
  const ownId = level === "province" ? provinceId : unitId;
  const agencies =
    level === "commune"
      ? communeAgencies(input.type, self, place, ownId)
      : level === "province"
        ? provinceAgencies(input.type, self, place, ownId)
        : districtAgencies(input.type, self, place, ownId);
  if (level !== "province") {
    agencies.push(
      {
        id: "ubnd-tinh",
        name: `Ủy ban nhân dân ${provinceTitle}`,
        shortNames: [`UBND ${TYPE_WORDS[province.type as NewLocalityType]}`],
        kind: "co_quan_cap_tren",
        unitId: provinceId,
      },
      {
        id: "so-noi-vu",
        name: `Sở Nội vụ ${provinceTitle}`,
        shortNames: ["Sở Nội vụ"],
        kind: "co_quan_cap_tren",
        unitId: provinceId,
      },
    );
  }
  const committee = "ubnd";
  const until = level === "district" ? { validTo: LAST_DISTRICT_DAY } : {};
  return {
    schemaVersion: 1,
    slug: input.slug,
    name: level === "province" ? capitalise(self) : `${capitalise(self)}, ${provinceTitle}`,
    unitId: ownId,
    units,
    agencies,
    signers: [
      { agencyId: committee, collective: "Ủy ban nhân dân", title: "Chủ tịch", ...until },
      {
        agencyId: committee,
        collective: "Ủy ban nhân dân",
        delegation: "KT",
        headTitle: "Chủ tịch",
        title: "Phó Chủ tịch",
        ...until,
      },
    ],
    abbreviations: [
      { short: "UBND", long: "Ủy ban nhân dân" },
      { short: "HĐND", long: "Hội đồng nhân dân" },
      { short: "MTTQ", long: "Mặt trận Tổ quốc" },
      { short: "CCHC", long: "cải cách hành chính" },
      { short: "TTHC", long: "thủ tục hành chính" },
    ],
    reportCutoff: { closingDay: 14, reportDueDay: 20 },
    notes: notesFor(level),
  };
}

type AgencyInput = LocalityInput["agencies"][number];

function committeeAndCouncil(
  type: NewLocalityType,
  self: string,
  place: string,
  unitId: string,
  dates: object,
): [AgencyInput, AgencyInput] {
  const word = TYPE_WORDS[type];
  return [
    {
      id: "ubnd",
      name: `Ủy ban nhân dân ${self}`,
      shortNames: [`UBND ${self}`, `UBND ${word}`],
      aliases: [`Uỷ ban nhân dân ${self}`],
      kind: "ubnd",
      unitId,
      collective: true,
      ...dates,
      issuing: { headerLines: ["Ủy ban nhân dân", self], symbol: "UBND", place },
    },
    {
      id: "hdnd",
      name: `Hội đồng nhân dân ${self}`,
      shortNames: [`HĐND ${self}`, `HĐND ${word}`],
      kind: "hdnd",
      unitId,
      collective: true,
      ...dates,
      issuing: { headerLines: ["Hội đồng nhân dân", self], symbol: "HĐND", place },
    },
  ];
}

function communeAgencies(type: NewLocalityType, self: string, place: string, unitId: string): AgencyInput[] {
  const word = TYPE_WORDS[type];
  const from = { validFrom: REFORM_DATE };
  const [committee, council] = committeeAndCouncil(type, self, place, unitId, from);
  const parent = committee.id;
  const parentLines = [`UBND ${self}`];
  const economy =
    type === "phuong"
      ? { name: "Phòng Kinh tế, Hạ tầng và Đô thị", shortNames: ["Phòng KT-HT-ĐT"] }
      : { name: "Phòng Kinh tế", shortNames: ["Phòng KT"] };
  return [
    committee,
    council,
    {
      id: "van-phong",
      name: `Văn phòng HĐND và UBND ${word}`,
      shortNames: [`Văn phòng HĐND-UBND ${word}`, `VP HĐND và UBND ${word}`],
      aliases: [`Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${word}`, `Văn phòng HĐND&UBND ${word}`],
      kind: "van_phong",
      unitId,
      parentId: parent,
      ...from,
      issuing: { parentBodyLines: parentLines, headerLines: ["Văn phòng HĐND và UBND"], symbol: "VP", place },
    },
    {
      id: "phong-kinh-te",
      ...economy,
      aliases: [`${economy.name} ${word}`],
      kind: "co_quan_chuyen_mon",
      unitId,
      parentId: parent,
      ...from,
    },
    {
      id: "phong-vhxh",
      name: "Phòng Văn hóa - Xã hội",
      shortNames: ["Phòng VH-XH", "VHXH"],
      aliases: ["Phòng Văn hoá - Xã hội", `Phòng Văn hóa - Xã hội ${word}`],
      kind: "co_quan_chuyen_mon",
      unitId,
      parentId: parent,
      ...from,
      issuing: {
        parentBodyLines: parentLines,
        headerLines: ["Phòng Văn hóa - Xã hội"],
        symbol: "VHXH",
        place,
      },
    },
    {
      id: "trung-tam-pvhcc",
      name: `Trung tâm Phục vụ hành chính công ${word}`,
      shortNames: [`Trung tâm PVHCC ${word}`, "Trung tâm PVHCC"],
      aliases: [`Trung tâm Phục vụ hành chính công ${self}`],
      kind: "trung_tam_pvhcc",
      unitId,
      parentId: parent,
      ...from,
    },
    {
      id: "cac-co-quan-thuoc-ubnd",
      name: `Các cơ quan, đơn vị thuộc UBND ${word}`,
      aliases: [`Các phòng, ban, đơn vị thuộc UBND ${word}`, `Các cơ quan chuyên môn thuộc UBND ${word}`],
      kind: "group",
      unitId,
      memberRule: { parentAgencyId: parent },
    },
    ...massOrganisations(word, unitId),
  ];
}

function provinceAgencies(type: NewLocalityType, self: string, place: string, unitId: string): AgencyInput[] {
  const word = TYPE_WORDS[type];
  const [committee, council] = committeeAndCouncil(type, self, place, unitId, {});
  const parent = committee.id;
  const department = (id: string, name: string, shortNames: string[] = []): AgencyInput => ({
    id,
    name,
    shortNames,
    aliases: [`${name} ${self}`],
    kind: "co_quan_chuyen_mon",
    unitId,
    parentId: parent,
  });
  return [
    committee,
    council,
    {
      id: "vp-ubnd",
      name: `Văn phòng Ủy ban nhân dân ${self}`,
      shortNames: [`Văn phòng UBND ${word}`],
      kind: "van_phong",
      unitId,
      parentId: parent,
    },
    {
      id: "vp-doan-dbqh-hdnd",
      name: `Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân ${self}`,
      shortNames: [`Văn phòng Đoàn ĐBQH và HĐND ${word}`],
      kind: "van_phong",
      unitId,
    },
    {
      ...department("so-noi-vu", "Sở Nội vụ", ["SNV"]),
      issuing: { parentBodyLines: [`UBND ${self}`], headerLines: ["Sở Nội vụ"], symbol: "SNV", place },
    },
    department("so-tai-chinh", "Sở Tài chính"),
    department("so-tu-phap", "Sở Tư pháp"),
    department("so-cong-thuong", "Sở Công Thương"),
    department("so-xay-dung", "Sở Xây dựng"),
    department("so-nn-mt", "Sở Nông nghiệp và Môi trường", ["Sở NN&MT"]),
    department("so-khcn", "Sở Khoa học và Công nghệ", ["Sở KH&CN"]),
    department("so-gd-dt", "Sở Giáo dục và Đào tạo", ["Sở GD&ĐT"]),
    department("so-y-te", "Sở Y tế"),
    department("thanh-tra", `Thanh tra ${word}`),
    {
      id: "cac-so-ban-nganh",
      name: "Các sở, ban, ngành cấp tỉnh",
      aliases: ["Các sở, ban, ngành", "Các cơ quan chuyên môn thuộc UBND tỉnh"],
      kind: "group",
      unitId,
      memberRule: { parentAgencyId: parent },
    },
    {
      id: "ubnd-cap-xa",
      name: "UBND các xã, phường",
      aliases: ["Ủy ban nhân dân các xã, phường", "UBND cấp xã"],
      kind: "group",
      unitId,
      memberRule: { kinds: ["ubnd"], parentUnitId: unitId },
    },
    ...massOrganisations(word, unitId),
  ];
}

function districtAgencies(type: NewLocalityType, self: string, place: string, unitId: string): AgencyInput[] {
  const until = { validTo: LAST_DISTRICT_DAY };
  const word = TYPE_WORDS[type];
  const [committee, council] = committeeAndCouncil(type, self, place, unitId, until);
  const parent = committee.id;
  const office = (id: string, name: string, shortNames: string[] = []): AgencyInput => ({
    id,
    name,
    shortNames,
    aliases: [`${name} ${word}`],
    kind: "co_quan_chuyen_mon",
    unitId,
    parentId: parent,
  });
  return [
    committee,
    council,
    {
      id: "van-phong",
      name: `Văn phòng HĐND và UBND ${word}`,
      shortNames: [`Văn phòng HĐND-UBND ${word}`],
      aliases: [`Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${word}`],
      kind: "van_phong",
      unitId,
      parentId: parent,
      ...until,
    },
    {
      ...office("phong-noi-vu", "Phòng Nội vụ", ["Phòng NV", "PNV"]),
      ...until,
      issuing: { parentBodyLines: [`UBND ${self}`], headerLines: ["Phòng Nội vụ"], symbol: "PNV", place },
    },
    office("phong-tc-kh", "Phòng Tài chính - Kế hoạch", ["Phòng TC-KH"]),
    office("phong-tu-phap", "Phòng Tư pháp"),
    office("phong-vh-tt", "Phòng Văn hóa và Thông tin", ["Phòng VH&TT"]),
    office("phong-gd-dt", "Phòng Giáo dục và Đào tạo", ["Phòng GD&ĐT"]),
    office("phong-y-te", "Phòng Y tế"),
    office("phong-tn-mt", "Phòng Tài nguyên và Môi trường", ["Phòng TN&MT"]),
    office("phong-ld-tbxh", "Phòng Lao động - Thương binh và Xã hội", ["Phòng LĐ-TB&XH"]),
    office("thanh-tra", `Thanh tra ${word}`),
    {
      id: "cac-co-quan-chuyen-mon",
      name: `Các cơ quan chuyên môn thuộc UBND ${word}`,
      aliases: [`Các phòng, ban chuyên môn thuộc UBND ${word}`],
      kind: "group",
      unitId,
      memberRule: { parentAgencyId: parent },
    },
    {
      id: "ubnd-cap-xa",
      name: "UBND các xã, thị trấn",
      aliases: ["Ủy ban nhân dân các xã, thị trấn", "UBND cấp xã"],
      kind: "group",
      unitId,
      memberRule: { kinds: ["ubnd"], parentUnitId: unitId },
    },
    ...massOrganisations(word, unitId),
  ];
}

function massOrganisations(word: string, unitId: string): AgencyInput[] {
  return [
    {
      id: "mttq",
      name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${word}`,
      shortNames: [`Ủy ban MTTQ Việt Nam ${word}`, `MTTQ ${word}`],
      kind: "mttq",
      unitId,
    },
    {
      id: "doan-thanh-nien",
      name: `Đoàn Thanh niên Cộng sản Hồ Chí Minh ${word}`,
      shortNames: [`Đoàn Thanh niên ${word}`],
      kind: "doan_the",
      unitId,
    },
    {
      id: "hoi-phu-nu",
      name: `Hội Liên hiệp Phụ nữ ${word}`,
      shortNames: [`Hội LHPN ${word}`],
      kind: "doan_the",
      unitId,
    },
    { id: "hoi-nong-dan", name: `Hội Nông dân ${word}`, kind: "doan_the", unitId },
    {
      id: "hoi-cuu-chien-binh",
      name: `Hội Cựu chiến binh ${word}`,
      shortNames: [`Hội CCB ${word}`],
      kind: "doan_the",
      unitId,
    },
    {
      id: "to-chuc-ctxh",
      name: `Các tổ chức chính trị - xã hội ${word}`,
      aliases: [`Các đoàn thể chính trị - xã hội ${word}`],
      kind: "group",
      unitId,
      members: ["doan-thanh-nien", "hoi-phu-nu", "hoi-nong-dan", "hoi-cuu-chien-binh"],
    },
  ];
}

function notesFor(level: "province" | "district" | "commune"): string {
  const common =
    "Tạo bằng pnpm locality:new. Cần bổ sung: tên gọi khác thường gặp trong văn bản (aliases), họ tên người ký (signers), các cơ quan, đơn vị riêng của địa phương; ghi các đơn vị hành chính cũ hợp thành (predecessors) khi đã đối chiếu với nghị quyết sắp xếp.";
  if (level === "commune") return `Cơ cấu cấp xã từ 01/7/2025 (NĐ 150/2025/NĐ-CP). ${common}`;
  if (level === "province")
    return `Các sở có ở mọi tỉnh theo NĐ 45/2025/NĐ-CP; thêm các sở riêng của tỉnh (Văn hóa, Thể thao và Du lịch hoặc Văn hóa và Thể thao, Du lịch; Dân tộc và Tôn giáo; Ngoại vụ…) và các xã, phường cần dùng. ${common}`;
  return `Cấp huyện như trước ngày 01/7/2025, cho văn bản cũ; kiểm tra các phòng đã hợp nhất hoặc đổi tên đầu năm 2025 và ghi validTo, names cho đúng. ${common}`;
}
