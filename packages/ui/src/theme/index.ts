export { type ContrastAdvice, contrastAdvice, fieldChain, formatContrastAdvice } from "./advice.js";
export { type ContrastFailure, checkThemeContrast } from "./check.js";
export {
  COMPONENT_DEFAULTS,
  CONTRAST_PAIRS,
  type ComponentToken,
  type ContrastPair,
  FOCUS_RING_BACKGROUNDS,
  REQUIRED_COLOR_TOKENS,
  SEMANTIC_DEFAULTS,
  type SemanticToken,
  TOKEN_PREFIX,
} from "./contract.js";
export { contrastRatio, relativeLuminance } from "./contrast.js";
export { themeClassName, themeSelector, themeToCss } from "./css.js";
export { isDtcg } from "./dtcg.js";
export {
  defaultTheme,
  isHexColor,
  type ParseThemeOptions,
  parseTheme,
  type ThemeData,
  type ThemeParseResult,
  type ThemeProblem,
} from "./parse.js";
export { propertyName, type ResolvedToken, resolvedValues, resolveTheme, type TokenName } from "./resolve.js";
