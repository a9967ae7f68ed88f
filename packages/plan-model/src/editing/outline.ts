import type { Section } from "../schema/plan-v2.js";

// The outline officials write every year for an administrative-reform communication plan
// (purposes and requirements; contents, forms and audiences; the task table; budget;
// organisation), shared by the builder's template and the sample plan so the two cannot drift.
// What changes from one plan to another is the wording under "Nội dung tuyên truyền".

export interface CommunicationOutlineOptions {
  /** The paragraphs under "Nội dung tuyên truyền", each starting "- ". */
  contents: readonly string[];
  /** The reporting rule under its own heading in "Tổ chức thực hiện" (the template's layout). */
  reportingUnderOrganisation?: boolean;
}

export function communicationOutline(options: CommunicationOutlineOptions): Section[] {
  return [
    {
      id: "muc-dich-yeu-cau",
      heading: "Mục đích, yêu cầu",
      content: [
        { kind: "heading", text: "Mục đích" },
        { kind: "slot", slot: "purposes" },
        { kind: "heading", text: "Yêu cầu" },
        { kind: "slot", slot: "requirements" },
      ],
    },
    {
      id: "noi-dung-hinh-thuc",
      heading: "Nội dung, hình thức và đối tượng tuyên truyền",
      content: [
        { kind: "heading", text: "Nội dung tuyên truyền" },
        ...options.contents.map((text) => ({ kind: "paragraph" as const, text })),
        { kind: "heading", text: "Hình thức tuyên truyền" },
        { kind: "slot", slot: "forms" },
        { kind: "heading", text: "Đối tượng tuyên truyền" },
        { kind: "slot", slot: "audiences" },
      ],
    },
    {
      id: "nhiem-vu",
      heading: "Nhiệm vụ cụ thể",
      content: [
        {
          kind: "paragraph",
          text: "Các nhiệm vụ, sản phẩm, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện như sau:",
        },
        { kind: "slot", slot: "tasks" },
      ],
    },
    { id: "kinh-phi", heading: "Kinh phí thực hiện", content: [{ kind: "slot", slot: "budget" }] },
    {
      id: "to-chuc-thuc-hien",
      heading: "Tổ chức thực hiện",
      content: [
        { kind: "slot", slot: "implementation" },
        ...(options.reportingUnderOrganisation
          ? [
              { kind: "heading" as const, text: "Chế độ báo cáo" },
              { kind: "slot" as const, slot: "reporting" as const },
            ]
          : []),
      ],
    },
  ];
}
