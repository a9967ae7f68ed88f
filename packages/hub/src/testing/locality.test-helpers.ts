import { randomBytes } from "node:crypto";
import { type Locality, validateLocalityData } from "@kehoach/plan-model";

// A small province made for the tests: two communes and a department with databases on the hub,
// one agency without one, and the group "UBND các xã, phường". Each call gets its own slug, so
// test files never share databases (which matters against a real CouchDB).

export function testLocality(slug = `t${randomBytes(4).toString("hex")}`): Locality {
  const result = validateLocalityData({
    schemaVersion: 1,
    slug,
    name: "Tỉnh Thử",
    unitId: "tinh",
    units: [
      { id: "tinh", name: "Thử", type: "tinh", level: "province" },
      { id: "xa-an", name: "An Hòa", type: "xa", level: "commune", parentId: "tinh", hubCode: "xa-an" },
      {
        id: "phuong-binh",
        name: "Bình Minh",
        type: "phuong",
        level: "commune",
        parentId: "tinh",
        hubCode: "phuong-binh",
      },
    ],
    agencies: [
      { id: "ubnd-tinh", name: "Ủy ban nhân dân tỉnh Thử", kind: "ubnd", unitId: "tinh" },
      {
        id: "so-noi-vu",
        name: "Sở Nội vụ",
        kind: "co_quan_chuyen_mon",
        unitId: "tinh",
        parentId: "ubnd-tinh",
        hubCode: "so-noi-vu",
      },
      {
        id: "phong-cchc",
        name: "Phòng Cải cách hành chính",
        kind: "to_chuc_khac",
        unitId: "tinh",
        parentId: "so-noi-vu",
      },
      { id: "cong-an-tinh", name: "Công an tỉnh", kind: "to_chuc_khac", unitId: "tinh" },
      { id: "ubnd-xa-an", name: "Ủy ban nhân dân xã An Hòa", kind: "ubnd", unitId: "xa-an" },
      {
        id: "ubnd-phuong-binh",
        name: "Ủy ban nhân dân phường Bình Minh",
        kind: "ubnd",
        unitId: "phuong-binh",
      },
      {
        id: "ubnd-cac-xa",
        name: "UBND các xã, phường",
        kind: "group",
        memberRule: { kinds: ["ubnd"], parentUnitId: "tinh" },
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.locality;
}
