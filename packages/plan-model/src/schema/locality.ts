import { z } from "zod";
import { IdSchema, IsoDateSchema, LIMITS, line, list, requiredLine } from "./common.js";
import { AbbreviationSchema, SignerSchema } from "./plan-v2.js";

// A locality (localities/<slug>/locality.json) is data, not code: its administrative units with
// their history, its agencies with the names plans write for them, its default signers and its
// report cut-off rule. Both the three-tier structure (until 30/6/2025) and the two-tier one (from
// 1/7/2025, nd30-layout §12) are expressible, so a name is resolved as of a document's date.

export const ADMIN_LEVELS = ["province", "district", "commune", "hamlet"] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

/** Unit types of nd30-layout §12.3; district types and "thi_tran" end on 30/6/2025, "dac_khu" starts on 1/7/2025. */
export const UNIT_TYPES = [
  "tinh",
  "thanh_pho_truc_thuoc_tw",
  "huyen",
  "quan",
  "thi_xa",
  "thanh_pho_thuoc_tinh",
  "thanh_pho_thuoc_tp_tw",
  "xa",
  "phuong",
  "thi_tran",
  "dac_khu",
  "thon",
  "ban",
  "ap",
  "to_dan_pho",
  "khu_pho",
  "tieu_khu",
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/**
 * The name a unit or agency has on the province hub (docs/hub.md): its database, user and role are
 * named from it, so it is set once and never changed. Plain lowercase ASCII, as CouchDB database
 * names require; only the units and agencies that report through the hub carry one.
 */
export const HubCodeSchema = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "invalid_hub_code" });

/**
 * The agency's electronic identifier for document exchange (mã định danh điện tử, Quyết định
 * 20/2020/QĐ-TTg): four levels LV4.LV3.LV2.LV1, "000.00.00.H40" for a provincial UBND,
 * "000.00.04.G14" for a ministry's unit. edXML packages name the sender and recipients by it.
 */
export const EdocCodeSchema = z
  .string()
  .regex(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/u, { message: "invalid_edoc_code" });

export const AdministrativeUnitSchema = z.object({
  id: IdSchema,
  /** Code of the national list of administrative units, when known. */
  code: z.string().max(20).optional(),
  /** Its database on the province hub, when the unit reports through one. */
  hubCode: HubCodeSchema.optional(),
  /** Proper name only: "Kim Liên", "Phước Long", "1" for "Quận 1". */
  name: requiredLine,
  type: z.enum(UNIT_TYPES),
  level: z.enum(ADMIN_LEVELS),
  /** The unit above: a commune's district before 1/7/2025, its province after. */
  parentId: IdSchema.optional(),
  validFrom: IsoDateSchema.optional(),
  validTo: IsoDateSchema.optional(),
  /** Units merged or renamed into this one. */
  predecessors: list(IdSchema).default([]),
  /** Units this one was merged or renamed into. */
  successors: list(IdSchema).default([]),
});
export type AdministrativeUnit = z.infer<typeof AdministrativeUnitSchema>;

export const AGENCY_KINDS = [
  "ubnd",
  "hdnd",
  "van_phong",
  "co_quan_chuyen_mon",
  "don_vi_su_nghiep",
  "trung_tam_pvhcc",
  "mttq",
  "doan_the",
  "dang",
  "co_quan_cap_tren",
  "bao_chi",
  "chuc_danh",
  "to_chuc_khac",
  "group",
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** Members of a group named by a rule: "UBND các xã, phường" is every UBND of a commune of the thị xã. */
export const MemberRuleSchema = z.object({
  kinds: list(z.enum(AGENCY_KINDS)).optional(),
  /** Agencies of units of these types (xa, phuong, thi_tran, …). */
  unitTypes: list(z.enum(UNIT_TYPES)).optional(),
  /** Agencies of units directly under this unit. */
  parentUnitId: IdSchema.optional(),
  /** Agencies directly under this agency ("các phòng, ban thuộc UBND thành phố"). */
  parentAgencyId: IdSchema.optional(),
});
export type MemberRule = z.infer<typeof MemberRuleSchema>;

/** A name an agency carried for a while (renames of the 2025 reform). */
export const DatedNameSchema = z.object({
  name: requiredLine,
  validFrom: IsoDateSchema.optional(),
  validTo: IsoDateSchema.optional(),
});

export const IssuingSchema = z.object({
  /** The header lines of the issuing body, as printed (in capitals by the renderer): ["Ủy ban nhân dân", "xã Kim Liên"]. */
  headerLines: z.array(requiredLine).min(1).max(4),
  /** Tên cơ quan chủ quản trực tiếp above it, when there is one: ["UBND xã Kim Liên"]. */
  parentBodyLines: z.array(requiredLine).max(4).optional(),
  /** The issuer part of ký hiệu: "UBND" in "KH-UBND", "VHXH" in "KH-VHXH". Configured, never derived. */
  symbol: z.string().regex(/^[A-ZĐ][A-ZĐ0-9]*(-[A-ZĐ0-9]+)*$/u, { message: "invalid_symbol_part" }),
  /** Địa danh of its documents: "Kim Liên". */
  place: requiredLine,
});

export const AgencySchema = z.object({
  id: IdSchema,
  /** The canonical name: "Phòng Văn hóa - Xã hội". */
  name: requiredLine,
  /** Names the agency is known by in short: "Phòng VH-XH", "VHXH". */
  shortNames: list(requiredLine).default([]),
  /** Other spellings seen in plans: "Phòng Văn hóa – Xã hội xã", "phòng VHXH". */
  aliases: list(requiredLine).default([]),
  kind: z.enum(AGENCY_KINDS),
  /** Its own database on the province hub (a department that reports directly), when it has one. */
  hubCode: HubCodeSchema.optional(),
  /** Its code for the national document exchange (QĐ 20/2020/QĐ-TTg), when the locality knows it. */
  edocCode: EdocCodeSchema.optional(),
  /** The administrative unit the agency belongs to. */
  unitId: IdSchema.optional(),
  /** The agency it is part of (a phòng of the UBND). */
  parentId: IdSchema.optional(),
  /** Holds collective authority: signs "TM. Ủy ban nhân dân". */
  collective: z.boolean().optional(),
  validFrom: IsoDateSchema.optional(),
  validTo: IsoDateSchema.optional(),
  predecessors: list(IdSchema).default([]),
  successors: list(IdSchema).default([]),
  /** Earlier or later names, each with the dates it was used. */
  names: list(DatedNameSchema).default([]),
  /** When the agency issues documents of its own. */
  issuing: IssuingSchema.optional(),
  /** For a group: the member ids, or the rule that finds them. */
  members: list(IdSchema).optional(),
  memberRule: MemberRuleSchema.optional(),
});
export type Agency = z.infer<typeof AgencySchema>;

export const DefaultSignerSchema = SignerSchema.extend({
  /** The issuing agency the signer signs for. */
  agencyId: IdSchema,
  validFrom: IsoDateSchema.optional(),
  validTo: IsoDateSchema.optional(),
});
export type DefaultSigner = z.infer<typeof DefaultSignerSchema>;

/**
 * Thời gian chốt số liệu: a period's data window ends on `closingDay` of its last month and starts
 * the day after `closingDay` of the month before its first month. 14 is the NĐ 09/2019 rule
 * (15/12 → 14/3 for the first quarter); 31 gives calendar periods.
 */
export const CutoffRuleSchema = z.object({
  closingDay: z.number().int().min(1).max(31).default(14),
  /** The day of the period's last month by which the report is due (20 in Văn bản 581/BNV-CCHC). */
  reportDueDay: z.number().int().min(1).max(31).optional(),
});
export type CutoffRule = z.infer<typeof CutoffRuleSchema>;

export const DEFAULT_CUTOFF_RULE: CutoffRule = { closingDay: 14, reportDueDay: 20 };

export const LocalitySchema = z.object({
  schemaVersion: z.literal(1),
  /** The folder name: "kim-lien". */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "invalid_slug" }),
  /** "xã Kim Liên, tỉnh Nghệ An": how people name the locality. */
  name: requiredLine,
  /** The unit this locality is. */
  unitId: IdSchema,
  units: z.array(AdministrativeUnitSchema).min(1).max(LIMITS.tasks),
  agencies: z.array(AgencySchema).max(LIMITS.tasks),
  signers: list(DefaultSignerSchema).default([]),
  /** Abbreviations every plan of the locality may use without defining them. */
  abbreviations: list(AbbreviationSchema).default([]),
  reportCutoff: CutoffRuleSchema.default(DEFAULT_CUTOFF_RULE),
  /** Free notes for the people who maintain the file. */
  notes: line.optional(),
});
export type Locality = z.infer<typeof LocalitySchema>;
export type LocalityInput = z.input<typeof LocalitySchema>;
