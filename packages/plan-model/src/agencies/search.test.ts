import { describe, expect, it } from "vitest";
import { LocalitySchema } from "../schema/locality.js";
import { createDirectory } from "./directory.js";
import { createAgencyMatcher } from "./match.js";

// A commune's directory as officials type its names: some words accented, some not, some slips.
const commune = LocalitySchema.parse({
  schemaVersion: 1,
  slug: "dong-son",
  name: "xã Đông Sơn",
  unitId: "xa",
  units: [{ id: "xa", name: "Đông Sơn", type: "xa", level: "commune" }],
  agencies: [
    { id: "ubnd", name: "Ủy ban nhân dân xã Đông Sơn", kind: "ubnd", shortNames: ["UBND xã"] },
    {
      id: "vhxh",
      name: "Phòng Văn hóa - Xã hội",
      kind: "co_quan_chuyen_mon",
      shortNames: ["Phòng VH-XH", "VHXH"],
    },
    { id: "kinh-te", name: "Phòng Kinh tế", kind: "co_quan_chuyen_mon" },
    {
      id: "phu-nu",
      name: "Hội Liên hiệp Phụ nữ xã",
      kind: "doan_the",
      shortNames: ["Hội LHPN xã", "Hội Phụ nữ xã"],
    },
    { id: "nong-dan", name: "Hội Nông dân xã", kind: "doan_the" },
    { id: "ccb", name: "Hội Cựu chiến binh xã", kind: "doan_the", shortNames: ["Hội CCB xã"] },
    { id: "cong-an", name: "Công an xã Đông Sơn", kind: "to_chuc_khac", shortNames: ["Công an xã"] },
  ],
});
const matcher = createAgencyMatcher(createDirectory(commune));
const ids = (query: string) => matcher.search(query).map((hit) => `${hit.agency.id}:${hit.kind}`);

describe("finding agencies however their names are typed", () => {
  it("finds a name typed with some accents and not others", () => {
    expect(ids("Hội nong dan")).toEqual(["nong-dan:match"]);
    expect(ids("Hội Phụ nu")).toEqual(["phu-nu:match"]);
    expect(ids("hoi nong dan")).toEqual(["nong-dan:match"]);
    expect(ids("Hội Nông dân")).toEqual(["nong-dan:match"]);
  });

  it("offers the nearest names, aliases included, when a slip matches nothing", () => {
    expect(ids("Hội nong dna")).toEqual(["nong-dan:near"]);
    expect(ids("Hoi phu nuu")).toEqual(["phu-nu:near"]);
    expect(ids("Phong Van hao")).toEqual(["vhxh:near"]);
    const hit = matcher.search("Cogn an xa")[0];
    expect(hit).toMatchObject({ kind: "near", distance: 1 });
    expect(hit?.agency.id).toBe("cong-an");
  });

  it("lists what the name resolves to first, then the other names that hold the words", () => {
    // "Xã hội" holds the word too.
    expect(ids("Hội")).toEqual(["vhxh:match", "phu-nu:match", "nong-dan:match", "ccb:match"]);
    expect(ids("UBND xã")).toEqual(["ubnd:match"]);
    expect(ids("VHXH")[0]).toBe("vhxh:match");
    expect(ids("Phòng VH&XH")[0]).toBe("vhxh:match");
  });

  it("offers nothing near for a name far from every agency, nor for a few letters", () => {
    expect(ids("Báo Nghệ An")).toEqual([]);
    expect(ids("Hx")).toEqual([]);
  });

  it("lists every agency when nothing is typed, and never throws on hostile text", () => {
    expect(matcher.search("")).toHaveLength(commune.agencies.length);
    expect(() => matcher.search("\u202e\u0000".repeat(2000))).not.toThrow();
  });
});

describe("a name the directory does not hold", () => {
  it("stays unmatched (never guessed), with the nearest agencies as suggestions", () => {
    const result = matcher.match("Hội nong dan");
    expect(result.status).toBe("unmatched");
    if (result.status === "unmatched") expect(result.suggestions.map((a) => a.id)).toEqual(["nong-dan"]);
    const slip = matcher.match("Hội Phụ nu");
    if (slip.status === "unmatched") expect(slip.suggestions.map((a) => a.id)).toEqual(["phu-nu"]);
  });
});
