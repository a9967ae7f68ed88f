import { describe, expect, it } from "vitest";
import { splitAgencies } from "./agencies.js";
import { withKnownNames } from "./known-agencies.js";

const names = (text: string) => splitAgencies(text).names;

describe("splitAgencies", () => {
  it("keeps commas that belong to a group's name", () => {
    expect(names("Các phòng, ban, đơn vị thuộc UBND thành phố; UBND cấp xã.")).toEqual([
      "Các phòng, ban, đơn vị thuộc UBND thành phố",
      "UBND cấp xã",
    ]);
    expect(names("UBND các xã, phường và các cơ quan, đơn vị liên quan")).toEqual([
      "UBND các xã, phường",
      "các cơ quan, đơn vị liên quan",
    ]);
    expect(names("Phòng Nội vụ, các cơ quan, đơn vị, UBND các xã, thị trấn")).toEqual([
      "Phòng Nội vụ",
      "các cơ quan, đơn vị",
      "UBND các xã, thị trấn",
    ]);
  });

  it("keeps commas inside ministry-style names", () => {
    expect(names("Sở Văn hóa, Thể thao và Du lịch, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh")).toEqual([
      "Sở Văn hóa, Thể thao và Du lịch",
      "Tỉnh đoàn",
      "Hội Liên hiệp Phụ nữ tỉnh",
    ]);
    expect(names("Phòng Lao động - Thương binh và Xã hội, Phòng Tư pháp")).toEqual([
      "Phòng Lao động - Thương binh và Xã hội",
      "Phòng Tư pháp",
    ]);
  });

  it("splits at 'và' only between two bodies, not inside a name", () => {
    expect(names("Văn phòng HĐND và UBND thị xã, Phòng Văn hóa và Thông tin")).toEqual([
      "Văn phòng HĐND và UBND thị xã",
      "Phòng Văn hóa và Thông tin",
    ]);
    expect(names("Trung tâm VH-TT và Đài TT-TH thị xã")).toEqual(["Trung tâm VH-TT và Đài TT-TH thị xã"]);
    expect(names("Phòng Nội vụ và Phòng Tư pháp")).toEqual(["Phòng Nội vụ", "Phòng Tư pháp"]);
    expect(names("Sở Nội vụ và Cục Thống kê tỉnh")).toEqual(["Sở Nội vụ", "Cục Thống kê tỉnh"]);
  });

  it("splits sentences but not abbreviations with a full stop", () => {
    expect(names("Trung tâm Văn hóa và Truyền thanh thành phố. UBND các phường, xã")).toEqual([
      "Trung tâm Văn hóa và Truyền thanh thành phố",
      "UBND các phường, xã",
    ]);
    expect(names("Phòng Văn hóa và Thông tin TP. Hưng Yên")).toEqual([
      "Phòng Văn hóa và Thông tin TP. Hưng Yên",
    ]);
  });

  it("treats line breaks in a cell as separators only before a new body", () => {
    expect(names("Các phòng, ban, đơn vị thuộc UBND xã\nCông an xã")).toEqual([
      "Các phòng, ban, đơn vị thuộc UBND xã",
      "Công an xã",
    ]);
    expect(names("Phòng Văn hóa và Thông tin\nthành phố")).toEqual(["Phòng Văn hóa và Thông tin thành phố"]);
  });

  it("does not split inside parentheses or quotes", () => {
    expect(names("Phòng Nội vụ (cơ quan thường trực, tổng hợp), Phòng Tư pháp")).toEqual([
      "Phòng Nội vụ (cơ quan thường trực, tổng hợp)",
      "Phòng Tư pháp",
    ]);
  });

  it("flags a capitalised fragment it had to join, because two agencies may have been meant", () => {
    const split = splitAgencies("Phòng Nội vụ, Tư pháp");
    expect(split.names).toEqual(["Phòng Nội vụ, Tư pháp"]);
    expect(split.doubtful).toEqual(["Tư pháp"]);
  });

  it("drops a bracket left open or closed where a sentence was cut", () => {
    expect(names("Phòng Nội vụ (")).toEqual(["Phòng Nội vụ"]);
    expect(names("(Phòng Nội vụ")).toEqual(["Phòng Nội vụ"]);
    expect(names("Phòng Tư pháp, Công an huyện)")).toEqual(["Phòng Tư pháp", "Công an huyện"]);
  });

  it("reads 'Không' or a dash as no agency", () => {
    expect(names("Không")).toEqual([]);
    expect(names("-")).toEqual([]);
    expect(names("x")).toEqual([]);
  });

  it("returns nothing for empty or punctuation-only text", () => {
    expect(names("")).toEqual([]);
    expect(names(" ; , . ")).toEqual([]);
  });

  it("never cuts the compound offices of two-tier and three-tier local government", () => {
    expect(
      names("Sở Nội vụ; Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh"),
    ).toEqual(["Sở Nội vụ", "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh"]);
    expect(names("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh, Sở Tài chính")).toEqual([
      "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh",
      "Sở Tài chính",
    ]);
    expect(names("Văn phòng HĐND và UBND huyện Mường Tè, Phòng Nội vụ")).toEqual([
      "Văn phòng HĐND và UBND huyện Mường Tè",
      "Phòng Nội vụ",
    ]);
  });

  it("keeps the Front with its member organisations as one body, and fields joined by 'và' in a department", () => {
    expect(names("Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã; Công an xã")).toEqual([
      "Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã",
      "Công an xã",
    ]);
    expect(names("Sở Nông nghiệp và Môi trường và Sở Dân tộc và Tôn giáo")).toEqual([
      "Sở Nông nghiệp và Môi trường",
      "Sở Dân tộc và Tôn giáo",
    ]);
    expect(names("Báo và Phát thanh, Truyền hình Quảng Trị; Sở Y tế")).toEqual([
      "Báo và Phát thanh, Truyền hình Quảng Trị",
      "Sở Y tế",
    ]);
  });

  it("keeps a known name whole across a line break in a cell", () => {
    expect(names("Sở Khoa học và\nCông nghệ\nSở Tư pháp")).toEqual([
      "Sở Khoa học và Công nghệ",
      "Sở Tư pháp",
    ]);
  });

  it("takes the locality directory's names, the longest known name winning", () => {
    const split = withKnownNames(["Phòng Kinh tế, Hạ tầng, Đô thị và Môi trường", "Phòng Kinh tế"], () =>
      splitAgencies("Phòng Kinh tế, Hạ tầng, Đô thị và Môi trường; Phòng Kinh tế, Trạm Y tế xã"),
    );
    expect(split.names).toEqual([
      "Phòng Kinh tế, Hạ tầng, Đô thị và Môi trường",
      "Phòng Kinh tế",
      "Trạm Y tế xã",
    ]);
  });

  it("goes on after a line that ends on a joining word ('thuộc', 'của')", () => {
    expect(names("Các phòng, ban, đơn vị thuộc\nUBND thành phố\nUBND cấp xã")).toEqual([
      "Các phòng, ban, đơn vị thuộc UBND thành phố",
      "UBND cấp xã",
    ]);
  });
});
