import { CONTRAST_PAIRS, FOCUS_RING_BACKGROUNDS } from "./contract.js";
import { contrastRatio } from "./contrast.js";
import type { ThemeData } from "./parse.js";
import { resolvedValues } from "./resolve.js";

export interface ContrastFailure {
  foreground: string;
  background: string;
  ratio: number;
  minimum: number;
}

/** Every contrast pair of the contract that a theme fails, with the ratio it reached. */
export function checkThemeContrast(theme: ThemeData): ContrastFailure[] {
  const values = resolvedValues(theme);
  const color = (token: string) => {
    const value = values.get(token);
    if (value === undefined) throw new Error(`Token "${token}" không có giá trị.`);
    return value;
  };
  const failures: ContrastFailure[] = [];
  for (const pair of CONTRAST_PAIRS) {
    const ratio = contrastRatio(color(pair.foreground), color(pair.background));
    if (ratio < pair.minimum) failures.push({ ...pair, ratio });
  }
  for (const background of FOCUS_RING_BACKGROUNDS) {
    const ratio = Math.max(
      contrastRatio(color("color-focus"), color(background)),
      contrastRatio(color("color-focus-text"), color(background)),
    );
    if (ratio < 3)
      failures.push({ foreground: "color-focus | color-focus-text", background, ratio, minimum: 3 });
  }
  return failures;
}
