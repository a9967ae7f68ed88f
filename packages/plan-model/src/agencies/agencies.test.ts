import { describe, expect, it } from "vitest";
import { phuocLongLocality } from "../fixtures/localities.test-helpers.js";
import { LocalitySchema } from "../schema/locality.js";
import {
  agencyNameOn,
  agencyOn,
  createDirectory,
  groupMembers,
  unitDisplayName,
  unitOn,
  unitPlaceName,
} from "./directory.js";
import { type AgencyMatch, createAgencyMatcher, isGeneric } from "./match.js";

const dir = createDirectory(LocalitySchema.parse(phuocLongLocality));
const matcher = createAgencyMatcher(dir, { asOf: "2024-03-20" });
const idOf = (m: AgencyMatch) => (m.status === "matched" ? m.agency.id : m.status);

describe("matching the names plans write to the directory", () => {
  it.each([
    ["Phòng Văn hóa và Thông tin", "pvhtt"],
    ["phòng Văn hóa và Thông tin", "pvhtt"],
    ["Phòng VH&TT", "pvhtt"],
    ["Phòng VHTT TP", "unmatched"],
    ["Phòng Văn hóa - Thông tin", "pvhtt"],
    ["Phòng Văn hoá và Thông tin thị xã", "pvhtt"],
    ["Văn phòng HĐND&UBND thị xã", "vp-tx"],
    ["Văn phòng HĐND-UBND thị xã", "vp-tx"],
    ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã Phước Long", "vp-tx"],
    ["phòng Tài chính – Kế hoạch", "ptckh"],
    ["phòng TC-KH", "ptckh"],
    ["Phòng Tư Pháp", "ptp"],
    ["Thị Đoàn", "thi-doan"],
    ["Trung tâm VH-TT&Đài TT-TH thị xã", "ttvhtt"],
    ["UBND tx", "ubnd-tx"],
    ["Uỷ ban nhân dân thị xã Phước Long", "ubnd-tx"],
    ["UBND các xã, phường", "ubnd-xa-phuong"],
    ["UBND xã, phường", "ubnd-xa-phuong"],
    ["Các cơ quan chuyên môn", "cqcm"],
    ["Phòng Nội vụ thị xã", "pnv"],
  ])("%j → %s", (name, id) => {
    expect(idOf(matcher.match(name))).toBe(id);
  });

  it("calls a name with no single agency behind it ambiguous instead of picking one", () => {
    const result = matcher.match("Ủy ban nhân dân");
    expect(result.status).toBe("ambiguous");
    if (result.status === "ambiguous") expect(result.candidates.map((a) => a.id)).toContain("ubnd-tx");
  });

  it("reports what it cannot match, with the agencies it resembles", () => {
    const result = matcher.match("Phòng Văn hóa Thông tin Du lịch");
    expect(result).toMatchObject({ status: "unmatched", name: "Phòng Văn hóa Thông tin Du lịch" });
    if (result.status === "unmatched") expect(result.suggestions.map((a) => a.id)).toEqual(["pvhtt"]);
    expect(matcher.match("Báo Bình Phước")).toEqual({
      status: "unmatched",
      name: "Báo Bình Phước",
      suggestions: [],
    });
  });

  it("uses the plan's own abbreviations", () => {
    const withPlanAbbreviations = createAgencyMatcher(dir, {
      abbreviations: [{ short: "VP", long: "Văn phòng HĐND và UBND thị xã" }],
    });
    expect(idOf(withPlanAbbreviations.match("VP"))).toBe("vp-tx");
    expect(idOf(matcher.match("VP"))).toBe("unmatched");
  });

  it("recognises a designation of no one in particular", () => {
    for (const name of [
      "các cơ quan, đơn vị liên quan",
      "Các phòng, ban, đơn vị có liên quan.",
      "các cơ quan, đơn vị, địa phương có liên quan",
      "Các cơ quan, đơn vị được giao nhiệm vụ",
    ]) {
      expect(isGeneric(name)).toBe(true);
      expect(matcher.match(name).status).toBe("generic");
    }
    expect(isGeneric("Các cơ quan, đơn vị")).toBe(false);
  });

  it("follows a directory id before the name", () => {
    expect(idOf(matcher.resolve({ name: "Phòng bất kỳ", id: "pnv" }))).toBe("pnv");
  });
});

describe("names as of a document's date", () => {
  it("expands a group to the communes that existed then", () => {
    expect(groupMembers(dir, "ubnd-xa-phuong", "2024-03-20").map((a) => a.id)).toEqual([
      "ubnd-long-thuy",
      "ubnd-thac-mo",
      "ubnd-long-giang",
    ]);
    expect(groupMembers(dir, "cqcm", "2024-03-20").map((a) => a.id)).toEqual([
      "pnv",
      "pvhtt",
      "ptckh",
      "ptp",
      "pkt",
      "vp-tx",
    ]);
  });

  it("resolves a unit and an agency after the reform to their successors", () => {
    expect(unitOn(dir, "p-long-thuy", "2025-08-01")?.id).toBe("p-phuoc-long");
    expect(unitOn(dir, "p-phuoc-long", "2024-01-01")?.id).toBe("tx-phuoc-long");
    expect(agencyOn(dir, "pnv", "2024-03-20")?.name).toBe("Phòng Nội vụ");
    expect(unitDisplayName(dir.units.get("tx-phuoc-long")!)).toBe("thị xã Phước Long");
    expect(unitPlaceName(dir.units.get("tx-phuoc-long")!)).toBe("Phước Long");
    expect(unitDisplayName({ ...dir.units.get("p-long-thuy")!, name: "1", type: "quan" })).toBe("Quận 1");
  });

  it("gives an agency the name it carried on the date", () => {
    const renamed = {
      ...dir.agencies.get("pvhtt")!,
      names: [
        { name: "Phòng Văn hóa, Khoa học và Thông tin", validFrom: "2025-03-01", validTo: "2025-06-30" },
      ],
    };
    expect(agencyNameOn(renamed, "2024-06-01")).toBe("Phòng Văn hóa và Thông tin");
    expect(agencyNameOn(renamed, "2025-04-01")).toBe("Phòng Văn hóa, Khoa học và Thông tin");
  });

  it("leaves out agencies that did not exist on the date when choosing", () => {
    const after = createAgencyMatcher(dir, { asOf: "2025-08-01" });
    expect(idOf(after.match("Ủy ban nhân dân phường Phước Long"))).toBe("ubnd-p-phuoc-long");
  });
});
