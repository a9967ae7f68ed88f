import { type Fragment, fmtPt } from "./reading.js";
import type { ComplianceCheck } from "./types.js";

/** Collects the measured items; every item names the element and both values. */
export class CheckList {
  readonly checks: ComplianceCheck[] = [];

  add(
    rule: number,
    element: string,
    ok: boolean,
    measured: string,
    expected: string,
    page?: number,
  ): boolean {
    this.checks.push({ rule, element, ok, measured, expected, ...(page !== undefined ? { page } : {}) });
    return ok;
  }

  /** The element is present; later checks on it are skipped when it is not. */
  present<T>(rule: number, element: string, value: T | undefined, page?: number): value is T {
    return this.add(
      rule,
      element,
      value !== undefined,
      value === undefined ? "không thấy" : "có",
      "có",
      page,
    );
  }

  size(rule: number, element: string, f: Fragment, expected: number | number[]): boolean {
    const allowed = Array.isArray(expected) ? expected : [expected];
    const ok = allowed.some((e) => Math.abs(f.size - e) < 0.1);
    return this.add(rule, `${element}: cỡ chữ`, ok, fmtPt(f.size), allowed.map(fmtPt).join(" hoặc "), f.page);
  }

  style(
    rule: number,
    element: string,
    f: Fragment,
    want: { bold?: boolean; italic?: boolean; upper?: boolean },
  ): boolean {
    const upper = f.text === f.text.toLocaleUpperCase("vi");
    const props: [boolean | undefined, boolean, string, string][] = [
      [want.bold, f.bold, "đậm", "không đậm"],
      [want.italic, f.italic, "nghiêng", "không nghiêng"],
      [want.upper, upper, "in hoa", "không in hoa"],
    ];
    const asked = props.filter(([wanted]) => wanted !== undefined);
    const ok = asked.every(([wanted, has]) => wanted === has);
    const measured = asked.map(([, has, yes, no]) => (has ? yes : no)).join(", ");
    const expected = asked.map(([wanted, , yes, no]) => (wanted ? yes : no)).join(", ");
    return this.add(rule, `${element}: kiểu chữ`, ok, `${measured} ("${f.text}")`, expected, f.page);
  }

  near(
    rule: number,
    element: string,
    measured: number,
    expected: number,
    tolerance: number,
    format: (n: number) => string,
    page?: number,
  ): boolean {
    const ok = Math.abs(measured - expected) <= tolerance;
    return this.add(rule, element, ok, format(measured), `${format(expected)} ± ${format(tolerance)}`, page);
  }

  between(
    rule: number,
    element: string,
    measured: number,
    min: number,
    max: number,
    format: (n: number) => string,
    page?: number,
  ): boolean {
    const ok = measured >= min - 1e-6 && measured <= max + 1e-6;
    return this.add(rule, element, ok, format(measured), `${format(min)} – ${format(max)}`, page);
  }
}
