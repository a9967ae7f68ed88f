import type { Plan, Section, Signer, Task } from "@kehoach/plan-model";
import type { Block, SignerBlock, TableBlock, VanBan } from "@kehoach/vanban";

// The only place that knows both a plan and a văn bản. A plan's sections become mục I., II., …
// with their khoản 1., 2., …; the task table stands where the plan puts it; the signer's
// authority becomes the TM./KT. lines of Nghị định 30.

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

export function toRoman(n: number): string {
  if (n <= ROMAN.length) return ROMAN[n - 1] as string;
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

export interface PlanToVanBanOptions {
  /** ISO timestamp stored as the PDF creation date; defaults to the issue date so output is reproducible. */
  creationDate?: string;
}

export function planToVanBan(plan: Plan, options: PlanToVanBanOptions = {}): VanBan {
  const body: Block[] = [
    ...plan.bases.map((basis): Block => ({ type: "paragraph", content: basis.text })),
    ...(plan.intro ? [{ type: "paragraph", content: plan.intro } satisfies Block] : []),
  ];
  let tablePlaced = false;
  plan.sections.forEach((section, index) => {
    body.push({ type: "heading", level: "muc", number: toRoman(index + 1), text: section.heading });
    for (const block of sectionBlocks(section, plan.tasks)) {
      if (block.type === "table") tablePlaced = true;
      body.push(block);
    }
  });
  // A plan whose sections do not say where the tasks go still prints them, after the text.
  if (!tablePlaced && plan.tasks.length > 0) body.push(taskTable(plan.tasks));
  if (plan.closing) body.push({ type: "paragraph", content: plan.closing });

  return {
    kind: "KH",
    parentBody: plan.issuer.parentBody,
    issuingBody: plan.issuer.headerLines ?? [plan.issuer.name],
    number: plan.number,
    symbol: plan.symbol,
    place: plan.place,
    date: plan.issuedOn,
    subject: plan.title,
    body,
    signer: plan.signer ? signerBlock(plan.signer) : undefined,
    recipients: plan.recipients,
    metadata: {
      title: `Kế hoạch ${plan.title}`,
      author: plan.issuer.name,
      ...(options.creationDate ? { creationDate: options.creationDate } : {}),
    },
  };
}

function sectionBlocks(section: Section, tasks: Task[]): Block[] {
  const out: Block[] = [];
  let khoan = 0;
  for (const block of section.content) {
    if (block.kind === "heading") {
      khoan++;
      out.push({ type: "heading", level: "khoan", number: String(khoan), text: block.text });
    } else if (block.kind === "paragraph") {
      out.push({ type: "paragraph", content: block.text });
    } else if (tasks.length > 0) {
      out.push(taskTable(tasks));
    }
  }
  return out;
}

export function taskTable(tasks: Task[]): TableBlock {
  return {
    type: "table",
    columns: [
      { header: "STT", weight: 3, align: "center" },
      { header: "Nội dung nhiệm vụ", weight: 17 },
      { header: "Sản phẩm", weight: 8 },
      { header: "Cơ quan chủ trì", weight: 8 },
      { header: "Cơ quan phối hợp", weight: 9 },
      { header: "Thời gian thực hiện", weight: 7, align: "center" },
    ],
    rows: tasks.map((task, i) => ({
      cells: [
        String(i + 1),
        task.content,
        task.product ?? "",
        task.leads.join("; "),
        task.supports.join("; "),
        task.time,
      ],
    })),
  };
}

export function signerBlock(signer: Signer): SignerBlock {
  const lines: string[] = [];
  if (signer.collective) lines.push(`TM. ${signer.collective}`);
  if (signer.delegation === "Q") {
    lines.push(`Q. ${signer.title}`);
  } else {
    if (signer.delegation && signer.headTitle) lines.push(`${signer.delegation}. ${signer.headTitle}`);
    lines.push(signer.title);
  }
  return { lines, name: signer.name };
}
