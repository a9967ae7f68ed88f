import { cleanLine, matchesTyped, toneKey, typedDistance } from "@kehoach/text-vi";
import type { Agency } from "../schema/locality.js";
import type { Abbreviation, AgencyRef } from "../schema/plan-v2.js";
import { foldKey } from "../text/fold.js";
import { type AgencyDirectory, agencyOn, isValidOn, UNIT_WORDS } from "./directory.js";

// Names of agencies as real plans write them ("Phòng VH&TT", "Văn phòng HĐND-UBND TP", "phòng
// Tư Pháp", "Uỷ ban nhân dân") matched to the directory. Case, spacing, punctuation and tone
// placement never matter; "&", "và" and "-" are the same joint; "TP", "tx", "UBND", "HĐND",
// "MTTQ" and the plan's own abbreviations are expanded; an acronym may stand for the words it
// abbreviates ("VHTT" for "Văn hóa và Thông tin"). What cannot be matched to exactly one agency
// is reported with suggestions, never guessed.

export type MatchMethod = "id" | "exact" | "qualifier" | "acronym";

export type AgencyMatch =
  | { status: "matched"; name: string; agency: Agency; method: MatchMethod }
  | { status: "ambiguous"; name: string; candidates: Agency[] }
  /** "các cơ quan, đơn vị liên quan": a designation of no one in particular. */
  | { status: "generic"; name: string }
  | { status: "unmatched"; name: string; suggestions: Agency[] };

/** An agency found for what was typed in a picker. */
export interface AgencySearchHit {
  agency: Agency;
  /** "match": one of its names holds what was typed; "near": a slip away from one of them. */
  kind: "match" | "near";
  /** Edits between what was typed and the closest of its names (tone-free form); 0 for a match. */
  distance: number;
}

export interface MatcherOptions {
  /** The plan's own abbreviations ("CCHC", "VHXH"), added to the standard ones. */
  abbreviations?: readonly Abbreviation[] | undefined;
  /** ISO date: agencies that did not exist then are not candidates. */
  asOf?: string | undefined;
}

const STANDARD_EXPANSIONS: Record<string, string> = {
  ubnd: "Ủy ban nhân dân",
  hdnd: "Hội đồng nhân dân",
  hđnd: "Hội đồng nhân dân",
  mttq: "Mặt trận Tổ quốc",
  ubmttq: "Ủy ban Mặt trận Tổ quốc",
  tp: "thành phố",
  tx: "thị xã",
};

// Words that carry no identity: "Phòng Văn hóa và Thông tin" and "Phòng Văn hóa - Thông tin" are one.
const NOISE = new Set(["va", "cac", "cua"]); // toneKey of "và", "các", "của"
const QUALIFIER_WORDS = [...new Set(Object.values(UNIT_WORDS))]
  .map((w) => w.split(" ").map((x) => toneKey(x)))
  .sort((a, b) => b.length - a.length);

interface Token {
  key: string;
  acronym: boolean;
}

export interface AgencyMatcher {
  match(name: string): AgencyMatch;
  /** Match a reference: its directory id when it has one, else its name. */
  resolve(ref: AgencyRef): AgencyMatch;
  /** The comparison key of a name: what two spellings of one agency share. */
  key(name: string): string;
  /** Whether two written names can be the same agency, one abbreviating the other ("Phòng VHTT TP"). */
  equivalent(a: string, b: string): boolean;
  /**
   * The agencies a picker offers for what was typed, however it was typed: first the one the
   * name resolves to, then every agency one of whose names holds the typed words (accents read as
   * typed, tones ignored, text-vi's `matchesTyped`), in directory order; when none does, the
   * nearest names (edit distance over the tone-free form, aliases included), nearest first.
   */
  search(query: string, options?: { near?: number }): AgencySearchHit[];
}

/** Edits allowed for a name to count as near what was typed: one per five letters, at most 3. */
function nearLimit(query: string): number {
  const letters = [...cleanLine(query).replace(/\s+/g, "")].length;
  return Math.min(3, Math.floor(letters / 5));
}

export function createAgencyMatcher(
  dir: AgencyDirectory | undefined,
  options: MatcherOptions = {},
): AgencyMatcher {
  const expansions = new Map<string, string>(Object.entries(STANDARD_EXPANSIONS));
  for (const a of dir?.locality.abbreviations ?? []) expansions.set(toneKey(a.short), a.long);
  for (const a of options.abbreviations ?? []) expansions.set(toneKey(a.short), a.long);
  const unitNames = dir
    ? [...dir.units.values()].map((u) => tokenize(u.name, expansions).map((t) => t.key))
    : [];

  interface Entry {
    agency: Agency;
    tokens: Token[];
    stripped: Token[];
    qualifier: string[];
  }
  const entries: Entry[] = [];
  const exact = new Map<string, Set<Agency>>();
  const strippedIndex = new Map<string, Set<Agency>>();
  const add = (index: Map<string, Set<Agency>>, key: string, agency: Agency) => {
    if (!key) return;
    const set = index.get(key) ?? new Set<Agency>();
    set.add(agency);
    index.set(key, set);
  };
  for (const agency of dir?.agencies.values() ?? []) {
    for (const name of [
      agency.name,
      ...agency.shortNames,
      ...agency.aliases,
      ...agency.names.map((n) => n.name),
    ]) {
      const tokens = tokenize(name, expansions);
      const { stripped, qualifier } = stripQualifier(tokens, unitNames);
      entries.push({ agency, tokens, stripped, qualifier });
      add(exact, joinKeys(tokens), agency);
      add(strippedIndex, joinKeys(stripped), agency);
    }
  }

  const cache = new Map<string, AgencyMatch>();
  const keys = new Map<string, string>();
  const usable = (agencies: Iterable<Agency>) => {
    const list = [...new Set(agencies)];
    const valid = list.filter((a) => isValidOn(a, options.asOf));
    return valid.length > 0 ? valid : list;
  };

  function match(name: string): AgencyMatch {
    const cached = cache.get(name);
    if (cached) return cached;
    const result = compute(name);
    cache.set(name, result);
    return result;
  }

  function compute(name: string): AgencyMatch {
    const written = cleanLine(name);
    if (isGeneric(written)) return { status: "generic", name: written };
    const tokens = tokenize(written, expansions);
    if (tokens.length === 0 || !dir) return { status: "unmatched", name: written, suggestions: [] };

    const found = exact.get(joinKeys(tokens));
    if (found) return decide(written, usable(found), "exact");

    const { stripped, qualifier } = stripQualifier(tokens, unitNames);
    const byStripped = strippedIndex.get(joinKeys(stripped));
    if (byStripped) {
      const fitting = usable(byStripped).filter((a) => qualifierFits(a, qualifier));
      if (fitting.length > 0) return decide(written, fitting, "qualifier");
    }

    if (tokens.some((t) => t.acronym)) {
      const hits = entries.filter(
        (e) => sequenceMatches(stripped, e.stripped) && qualifierFits(e.agency, qualifier),
      );
      if (hits.length > 0) return decide(written, usable(hits.map((h) => h.agency)), "acronym");
    }

    return { status: "unmatched", name: written, suggestions: suggest(stripped, written) };
  }

  function qualifierFits(agency: Agency, qualifier: string[]): boolean {
    if (qualifier.length === 0 || !dir) return true;
    const unit = agency.unitId ? dir.units.get(agency.unitId) : undefined;
    if (!unit) return true;
    const unitTokens = [
      ...tokenize(UNIT_WORDS[unit.type], expansions),
      ...tokenize(unit.name, expansions),
    ].map((t) => t.key);
    // "thành phố" fits a unit of type thành phố; "thị xã Phước Long" must name the unit.
    return qualifier.every((q) => unitTokens.includes(q));
  }

  function decide(name: string, agencies: Agency[], method: MatchMethod): AgencyMatch {
    const unique = [...new Set(agencies)];
    if (unique.length === 1) return { status: "matched", name, agency: unique[0] as Agency, method };
    return { status: "ambiguous", name, candidates: unique };
  }

  function suggest(tokens: Token[], written: string): Agency[] {
    const keys = new Set(tokens.map((t) => t.key));
    const scored = new Map<Agency, number>();
    for (const entry of entries) {
      const other = new Set(entry.stripped.map((t) => t.key));
      const common = [...keys].filter((k) => other.has(k)).length;
      const score = common / Math.max(keys.size, other.size, 1);
      if (score >= 0.6 && score > (scored.get(entry.agency) ?? 0)) scored.set(entry.agency, score);
    }
    const byWords = [...scored.entries()].sort((a, b) => b[1] - a[1]).map(([agency]) => agency);
    // Then the names that hold it typed with fewer accents ("Hội nong dan"), or a slip away.
    const typed = holding(written);
    const near = typed.length > 0 ? typed : nearest(written, 3).map((hit) => hit.agency);
    return [...new Set([...byWords, ...near])].slice(0, 3);
  }

  const agencies = [...(dir?.agencies.values() ?? [])];
  const namesOf = (agency: Agency) => [
    agency.name,
    ...agency.shortNames,
    ...agency.aliases,
    ...agency.names.map((n) => n.name),
  ];
  /** Agencies one of whose names holds the typed words, in directory order. */
  const holding = (typed: string) =>
    agencies.filter((agency) => namesOf(agency).some((name) => matchesTyped(typed, name)));
  /** Agencies a slip away from what was typed, nearest first. */
  function nearest(typed: string, count: number): AgencySearchHit[] {
    const limit = nearLimit(typed);
    if (limit === 0) return [];
    return agencies
      .map((agency) => ({
        agency,
        kind: "near" as const,
        distance: Math.min(...namesOf(agency).map((name) => typedDistance(typed, name))),
      }))
      .filter((hit) => hit.distance <= limit)
      .sort((a, b) => a.distance - b.distance)
      .slice(0, count);
  }

  function search(query: string, options: { near?: number } = {}): AgencySearchHit[] {
    const typed = cleanLine(query);
    if (typed === "") return agencies.map((agency) => ({ agency, kind: "match", distance: 0 }));
    const resolved = match(typed);
    const first = resolved.status === "matched" ? resolved.agency : undefined;
    const found = [...(first ? [first] : []), ...holding(typed).filter((a) => a !== first)];
    if (found.length > 0) return found.map((agency) => ({ agency, kind: "match", distance: 0 }));
    return nearest(typed, options.near ?? 3);
  }

  return {
    match,
    search,
    resolve(ref) {
      if (ref.id && dir) {
        const agency = agencyOn(dir, ref.id, options.asOf);
        if (agency) return { status: "matched", name: ref.name, agency, method: "id" };
      }
      return match(ref.name);
    },
    key(name) {
      let key = keys.get(name);
      if (key === undefined) {
        key = joinKeys(stripQualifier(tokenize(name, expansions), unitNames).stripped);
        keys.set(name, key);
      }
      return key;
    },
    equivalent(a, b) {
      const ta = stripQualifier(tokenize(a, expansions), unitNames).stripped;
      const tb = stripQualifier(tokenize(b, expansions), unitNames).stripped;
      if (ta.length === 0 || tb.length === 0) return false;
      return joinKeys(ta) === joinKeys(tb) || sequenceMatches(ta, tb) || sequenceMatches(tb, ta);
    },
  };
}

function tokenize(name: string, expansions: ReadonlyMap<string, string>, depth = 0): Token[] {
  const out: Token[] = [];
  for (const word of cleanLine(name).split(/[\s&,;.:()/\\\-–—‐‑"“”'‘’*]+/u)) {
    if (!word) continue;
    const key = toneKey(word);
    const expansion = expansions.get(key);
    if (expansion !== undefined && depth < 2) {
      out.push(...tokenize(expansion, expansions, depth + 1));
      continue;
    }
    if (NOISE.has(key)) continue;
    out.push({ key, acronym: /^[A-ZĐ]{2,}$/u.test(word) });
  }
  return out;
}

function joinKeys(tokens: Token[]): string {
  return tokens.map((t) => t.key).join(" ");
}

/** Drops a trailing "thành phố", "thị xã Phước Long", "TP": where the agency is, not who it is. */
function stripQualifier(tokens: Token[], unitNames: string[][]): { stripped: Token[]; qualifier: string[] } {
  const keys = tokens.map((t) => t.key);
  for (const word of QUALIFIER_WORDS) {
    for (let at = keys.length - word.length; at >= 1; at--) {
      if (!word.every((w, i) => keys[at + i] === w)) continue;
      const rest = keys.slice(at + word.length);
      if (
        rest.length > 0 &&
        !unitNames.some((u) => u.length === rest.length && u.every((x, i) => x === rest[i]))
      ) {
        continue;
      }
      return { stripped: tokens.slice(0, at), qualifier: keys.slice(at) };
    }
  }
  return { stripped: tokens, qualifier: [] };
}

/** Token by token, where an acronym of the query may stand for several words of the name. */
function sequenceMatches(query: Token[], name: Token[]): boolean {
  const go = (q: number, n: number): boolean => {
    if (q === query.length) return n === name.length;
    if (n >= name.length) return false;
    const token = query[q] as Token;
    if (token.key === (name[n] as Token).key && go(q + 1, n + 1)) return true;
    if (!token.acronym) return false;
    let initials = "";
    for (let k = n; k < name.length && initials.length < token.key.length; k++) {
      initials += [...(name[k] as Token).key][0] ?? "";
      if (initials === token.key && go(q + 1, k + 1)) return true;
    }
    return false;
  };
  return go(0, 0);
}

const GENERIC =
  /^(cac\s+)?((co quan|don vi|phong|ban|nganh|dia phuong|to chuc|ca nhan|doan the)[\s,]+)+((co\s+)?lien quan|duoc giao( nhiem vu| chu tri)?)$/;

/** "các cơ quan, đơn vị liên quan", "các phòng, ban, đơn vị có liên quan", "… được giao nhiệm vụ". */
export function isGeneric(name: string): boolean {
  return GENERIC.test(foldKey(name).replace(/[.;\s]+$/, ""));
}
