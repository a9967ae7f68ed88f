// Speed of the plan model on a generated 1,000-task plan and on 10,000 time expressions, each
// against a baseline measured in the same run: JSON.parse plus the plain schema parse for the
// plan, and cleaning the same strings to one line for the time parser. Prints medians and ratios.
// Needs the build: `pnpm --filter @kehoach/plan-model build` (the root `pnpm bench` builds first).
import { asciiKey, cleanLine } from "@kehoach/text-vi";
import {
  createAgencyMatcher,
  createDirectory,
  PlanV2Schema,
  parseLocalityJson,
  parsePlanJson,
  parseTime,
  responsibilityMatrix,
  serializePlan,
  validatePlan,
} from "../dist/index.js";
import { samplePlan } from "../dist/sample/index.js";

const quick = process.argv.includes("--quick");
const RUNS = quick ? 5 : 15;
const WARMUP = quick ? 1 : 3;

// A deterministic generator, so every run measures the same plan.
let seed = 20260120;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const AGENCIES = [
  "Phòng Văn hóa - Xã hội",
  "Phòng Văn hoá – Xã hội",
  "Văn phòng HĐND và UBND xã",
  "Văn phòng HĐND&UBND xã",
  "Trung tâm Phục vụ hành chính công xã",
  "Phòng Kinh tế",
  "Phòng Kinh tế, Hạ tầng và Đô thị",
  "Công an xã",
  "Ban Chỉ huy Quân sự xã",
  "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
  "Hội Liên hiệp Phụ nữ xã",
  "Hội Nông dân xã",
  "Hội Cựu chiến binh xã",
  "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
  "Trưởng các thôn",
  "Trạm Y tế xã",
  "Trường Trung học cơ sở",
  "Trường Tiểu học",
  "Trường Mầm non",
  "Các cơ quan, đơn vị thuộc UBND xã",
  "các cơ quan, đơn vị liên quan",
  "Tổ công nghệ số cộng đồng",
  "Bưu điện văn hóa xã",
  "Quỹ tín dụng nhân dân",
];
const TIMES = [
  "Thường xuyên",
  "Thường xuyên trong năm",
  "Quý I/2026",
  "Quý II/2026",
  "Quý III/2026",
  "Quý IV/2026",
  "Hằng tháng",
  "Hàng tuần",
  "Hằng quý",
  "Tháng 01/2026",
  "Tháng 6/2026",
  "Tháng 11/2026",
  "6 tháng đầu năm 2026",
  "Trong năm 2026",
  "Trước ngày 15/02/2026",
  "Từ tháng 3 đến tháng 6/2026",
  "Một tuần một lần, thời lượng phát sóng mỗi lần từ 10 đến 15 phút",
  "Trong năm 2026 (khi có Kế hoạch của tỉnh)",
  "Theo thời hạn tại Kế hoạch của UBND tỉnh",
  "Khi có yêu cầu",
  "Định kỳ hằng quý, 6 tháng và năm",
  "",
];
const WORDS = (
  "tuyên truyền phổ biến cải cách hành chính thủ tục dịch vụ công trực tuyến chuyển đổi số hội nghị tập huấn " +
  "niêm yết công khai tờ gấp pa nô băng rôn truyền thanh cơ sở trang thông tin điện tử đối thoại doanh nghiệp " +
  "người dân thôn xóm hội thi khảo sát sự hài lòng cán bộ công chức kỷ luật kỷ cương chính quyền hai cấp"
).split(" ");

function generatedPlan(tasks) {
  const plan = structuredClone(samplePlan);
  plan.id = "bench-1000";
  plan.tasks = [];
  const groups = 50;
  for (let g = 0; g < groups; g++) {
    const children = [];
    for (let i = 0; i < tasks / groups; i++) {
      const title = Array.from({ length: 12 + Math.floor(random() * 20) }, () => pick(WORDS)).join(" ");
      const roles = [{ role: "lead", agency: { name: pick(AGENCIES) } }];
      if (random() < 0.2) roles.push({ role: "lead", agency: { name: pick(AGENCIES) } });
      for (let s = 0; s < 1 + Math.floor(random() * 4); s++)
        roles.push({ role: "support", agency: { name: pick(AGENCIES) } });
      children.push({
        id: `t${g}-${i}`,
        title: `${title[0].toUpperCase()}${title.slice(1)}`,
        product: "Tin, bài, ảnh",
        roles,
        time: parseTime(pick(TIMES), { planYear: 2026 }),
      });
    }
    plan.tasks.push({
      id: `g${g}`,
      kind: "group",
      ref: String(g + 1),
      title: `Nhóm nhiệm vụ ${g + 1}`,
      roles: [],
      time: { raw: "", kind: "unspecified" },
      children,
    });
  }
  return plan;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs the measured function and its baseline alternately, so machine load falls on both alike. */
function compare(ours, baseline) {
  const a = [];
  const b = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    let t = performance.now();
    ours();
    const ta = performance.now() - t;
    t = performance.now();
    baseline();
    const tb = performance.now() - t;
    if (i >= WARMUP) {
      a.push(ta);
      b.push(tb);
    }
  }
  return { ours: median(a), baseline: median(b) };
}

const ms = (v) => `${v >= 100 ? v.toFixed(0) : v.toFixed(2)} ms`;
function report(name, baselineName, r) {
  console.log(
    `${name.padEnd(40)} ${ms(r.ours).padStart(10)}   ${baselineName.padEnd(36)} ${ms(r.baseline).padStart(10)}   ratio ${(r.ours / r.baseline).toFixed(2)}x`,
  );
}

const plan = generatedPlan(1000);
const text = serializePlan(plan);
const loaded = parsePlanJson(text);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
const baselineParse = () => PlanV2Schema.parse(JSON.parse(text));
const result = validatePlan(loaded.plan);
const matrix = responsibilityMatrix(loaded.plan);
console.log(
  `plan-model bench (${RUNS} runs, median): 1,000 tasks in 50 groups, ${(text.length / 1024).toFixed(0)} KB of JSON; ` +
    `${result.findings.length} findings, matrix ${matrix.rows.length} agencies × ${matrix.tasks.length} tasks`,
);
report(
  "load (parsePlanJson: clean + schema)",
  "baseline JSON.parse + schema",
  compare(() => parsePlanJson(text), baselineParse),
);
report(
  "validate (all rules, draft mode)",
  "baseline JSON.parse + schema",
  compare(() => validatePlan(loaded.plan), baselineParse),
);
report(
  "responsibility matrix",
  "baseline JSON.parse + schema",
  compare(() => responsibilityMatrix(loaded.plan), baselineParse),
);
report(
  "validate + matrix",
  "baseline JSON.parse + schema",
  compare(() => {
    validatePlan(loaded.plan);
    responsibilityMatrix(loaded.plan);
  }, baselineParse),
);

// 10,000 expressions: the variety of real plans with other years and months, typed with and
// without accents, and some text that is not a time at all.
const expressions = [];
for (let i = 0; i < 10_000; i++) {
  const base = pick(TIMES).replace(/2026/g, String(2020 + Math.floor(random() * 10)));
  const variant = random() < 0.2 ? base.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : base;
  expressions.push(random() < 0.05 ? `${variant} ${pick(WORDS)} ${pick(WORDS)}` : variant);
}
report(
  "time parser, 10,000 expressions",
  "baseline cleanLine of the same",
  compare(
    () => {
      for (const e of expressions) parseTime(e, { planYear: 2026 });
    },
    () => {
      for (const e of expressions) cleanLine(e);
    },
  ),
);

// Agency search as a picker runs it on every keystroke (matcher.search: the typed words read with
// their accents, and the nearest names by edit distance when nothing holds them), over a directory
// the size of a province's (600 agencies, 3 names each), for every prefix of three queries: one
// that matches with accents half typed, one slip that only the nearest names answer, one that
// nothing answers. Baseline: the earlier picker filter, every name's accent-free key searched for
// the accent-free query (asciiKey … includes), on the same keystrokes.
const KINDS = ["Phòng", "Hội", "Trung tâm", "Ban", "Trường", "Trạm", "Đội", "Văn phòng"];
const FIELDS = [
  "Văn hóa - Xã hội",
  "Kinh tế",
  "Nông dân",
  "Liên hiệp Phụ nữ",
  "Cựu chiến binh",
  "Y tế",
  "Giáo dục và Đào tạo",
  "Tư pháp",
  "Nội vụ",
  "Tài chính - Kế hoạch",
  "Phục vụ hành chính công",
  "Chỉ huy quân sự",
];
const PLACES = Array.from({ length: 40 }, (_, i) => `xã ${pick(WORDS)} ${i + 1}`);
const agencies = [];
for (let i = 0; agencies.length < 600; i++) {
  const name = `${KINDS[i % KINDS.length]} ${FIELDS[Math.floor(i / KINDS.length) % FIELDS.length]} ${PLACES[Math.floor(i / (KINDS.length * FIELDS.length)) % PLACES.length]}`;
  if (agencies.some((a) => a.name === name)) continue;
  agencies.push({
    id: `a${agencies.length}`,
    name,
    kind: "to_chuc_khac",
    shortNames: [name.replace(/ xã .*$/u, "")],
    aliases: [name.normalize("NFD").replace(/[\u0300-\u036f]/g, "")],
  });
}
const province = parseLocalityJson(
  JSON.stringify({
    schemaVersion: 1,
    slug: "bench",
    name: "Tỉnh thử",
    unitId: "t",
    units: [{ id: "t", name: "Thử", type: "tinh", level: "province" }],
    agencies,
  }),
);
if (!province.ok) throw new Error(JSON.stringify(province.problems.slice(0, 3)));
const matcher = createAgencyMatcher(createDirectory(province.locality));
const names = province.locality.agencies.map((a) => [a.name, ...a.shortNames, ...a.aliases]);
const keystrokes = ["Hội nong dan xã", "Phong Van hao Xa hoi", "Báo Nghệ An điện tử"].flatMap((q) =>
  [...q].map((_, i) => q.slice(0, i + 1)),
);
const searched = compare(
  () => {
    for (const typed of keystrokes) matcher.search(typed, { near: 5 });
  },
  () => {
    for (const typed of keystrokes) {
      const key = asciiKey(typed);
      names.filter((list) => list.some((n) => asciiKey(n).includes(key)));
    }
  },
);
report(`agency search, per keystroke (${keystrokes.length})`, "baseline accent-free includes", {
  ours: searched.ours / keystrokes.length,
  baseline: searched.baseline / keystrokes.length,
});
