import {
  agenciesWithRole,
  formatArchive,
  formatTime,
  type ImplementationDuty,
  type Plan,
  type Section,
  type Signer,
  type Slot,
  type Task,
} from "@kehoach/plan-model";
import { toRoman } from "@kehoach/text-vi";
import type { Appendix, Block, SignerBlock, TableBlock, TableRow, VanBan } from "@kehoach/vanban";

// The only place that knows both a plan and a văn bản. A plan's sections become mục I., II., …
// with their khoản 1., 2., …; the task table stands where the plan puts it; the signer's
// authority becomes the TM./KT. lines of Nghị định 30.

export { toRoman };

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
    for (const block of sectionBlocks(section, plan)) {
      if (block.type === "table") tablePlaced = true;
      body.push(block);
    }
  });
  const appendices: Appendix[] = plan.appendices.map((appendix) => {
    const blocks = sectionBlocks(
      { id: appendix.id, heading: appendix.title, content: appendix.content },
      plan,
    );
    const hasTable = blocks.some((b) => b.type === "table");
    if (hasTable) tablePlaced = true;
    return {
      title: appendix.title,
      ...(appendix.backRef?.text ? { reference: appendix.backRef.text } : {}),
      ...(hasTable ? { orientation: "landscape" as const } : {}),
      body: blocks,
    };
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
    ...(appendices.length > 0 ? { appendices } : {}),
    recipients: {
      items: plan.recipients.items.map((item) => item.text),
      archive: formatArchive(plan.recipients.archive),
    },
    metadata: {
      title: `Kế hoạch ${plan.title}`,
      author: plan.issuer.name,
      ...(options.creationDate ? { creationDate: options.creationDate } : {}),
    },
  };
}

function sectionBlocks(section: Section, plan: Plan): Block[] {
  const out: Block[] = [];
  let khoan = 0;
  const heading = (text: string) => {
    khoan++;
    out.push({ type: "heading", level: "khoan", number: String(khoan), text });
  };
  for (const block of section.content) {
    if (block.kind === "heading") heading(block.text);
    else if (block.kind === "paragraph") out.push({ type: "paragraph", content: block.text });
    else if (block.slot === "implementation") {
      // Each agency's duties are a khoản of "Tổ chức thực hiện", titled by the agency.
      for (const duty of plan.implementation) {
        heading(duty.heading ?? dutyHeading(duty));
        for (const item of duty.items) {
          out.push({ type: "paragraph", content: duty.items.length > 1 ? dash(item.text) : item.text });
        }
      }
    } else out.push(...slotBlocks(block.slot, plan));
  }
  return out;
}

/** "Phòng Nội vụ", "Các cơ quan chuyên môn; UBND các xã, phường", "Đề nghị Ủy ban MTTQ …". */
function dutyHeading(duty: ImplementationDuty): string {
  const names = [duty.agency, ...(duty.coAgencies ?? [])].map((a) => a.name).join("; ");
  return duty.requested ? `Đề nghị ${names}` : names;
}

/** A slot of the plan as body text, in the wording the plan keeps for it. */
function slotBlocks(slot: Slot, plan: Plan): Block[] {
  const paragraphs = (texts: string[]): Block[] => texts.map((content) => ({ type: "paragraph", content }));
  switch (slot) {
    case "tasks":
      return plan.tasks.length > 0 ? [taskTable(plan.tasks)] : [];
    case "purposes":
      return paragraphs(plan.purposes);
    case "requirements":
      return paragraphs(plan.requirements);
    case "audiences":
      return paragraphs(listSentence(plan.audiences.map((a) => a.text)));
    case "forms":
      return paragraphs(listSentence(plan.forms.map((f) => f.text)));
    case "themes":
      return [];
    case "targets":
      return paragraphs(plan.targets.map((t) => dash(t.text)));
    case "budget":
      return plan.budget
        ? paragraphs([plan.budget.text ?? `Kinh phí thực hiện từ ${plan.budget.sources.join(", ")}.`])
        : [];
    case "reporting":
      return paragraphs(plan.reporting.flatMap((duty) => (duty.text ? [duty.text] : [])));
    case "implementation":
      return [];
  }
}

/**
 * Short items ("tờ gấp, băng rôn, pa nô") read as one sentence joined by semicolons; items that are
 * sentences of their own stay paragraphs.
 */
function listSentence(items: string[]): string[] {
  if (items.length === 0) return [];
  if (items.some((item) => /[.!?]$/.test(item.trim()))) return items;
  const joined = items.map((item) => item.trim()).join("; ");
  return [`${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`];
}

function dash(text: string): string {
  return /^[-+]\s/.test(text) ? text : `- ${text}`;
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
    rows: taskRows(tasks, ""),
  };
}

// Groups print as a bold row across the table; sub-tasks are numbered under their parent
// ("2.1") unless the plan gives its own numbering.
function taskRows(tasks: Task[], prefix: string): TableRow[] {
  const rows: TableRow[] = [];
  tasks.forEach((task, i) => {
    const number = task.ref?.trim() || `${prefix}${i + 1}`;
    if (task.kind === "group") {
      rows.push({ group: task.title, label: number });
    } else {
      const leads = [
        ...agenciesWithRole(task, "lead").map((a) => a.name),
        ...agenciesWithRole(task, "advisor").map((a) => `${a.name} (tham mưu)`),
      ];
      const supports = [
        ...agenciesWithRole(task, "support").map((a) => a.name),
        ...agenciesWithRole(task, "requested").map((a) => `${a.name} (đề nghị)`),
      ];
      rows.push({
        cells: [
          number,
          task.content ? `${task.title}\n${task.content}` : task.title,
          task.product ?? "",
          leads.join("; "),
          supports.join("; "),
          task.time.raw || formatTime(task.time),
        ],
      });
    }
    if (task.children?.length) rows.push(...taskRows(task.children, `${number}.`));
  });
  return rows;
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
