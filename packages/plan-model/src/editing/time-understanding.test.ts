import { describe, expect, it } from "vitest";
import { parseTime } from "../index.js";
import { describeTime } from "./time-understanding.js";

const understood = (text: string, year = 2026) => describeTime(parseTime(text, { planYear: year }), year);

describe("how a typed time was understood", () => {
  it("gives a quarter as its first and last day", () => {
    expect(understood("Quý III/2026")).toMatchObject({
      state: "understood",
      formatted: "Quý III/2026",
      start: "01/07/2026",
      end: "30/09/2026",
      outsideYear: false,
    });
  });

  it("counts the occurrences of a recurring time in the plan year", () => {
    expect(understood("Hàng tháng")).toMatchObject({ state: "understood", count: 12, start: "01/01/2026" });
  });

  it("gives the due day of a deadline", () => {
    expect(understood("Trước ngày 15/02/2026")).toMatchObject({ state: "understood", due: "15/02/2026" });
  });

  it("says when the dates fall outside the plan year", () => {
    expect(understood("Trong năm 2020")).toMatchObject({ start: "01/01/2020", outsideYear: true });
  });

  it("tells an empty field, an unreadable text and a reference to another document apart", () => {
    expect(understood("")).toEqual({ state: "empty" });
    expect(understood("lúc thuận tiện")).toEqual({ state: "unknown" });
    expect(understood("Theo thời hạn tại Kế hoạch của UBND tỉnh")).toMatchObject({ state: "reference" });
  });
});
