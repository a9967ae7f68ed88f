import { allSpecimens, type Specimen } from "@kehoach/vanban/specimens";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { EnginePair } from "./EnginePair.tsx";
import { HtmlPreview } from "./HtmlPreview.tsx";
import { PdfPreview } from "./PdfPreview.tsx";
import "./documents.css";

// One story per document type of the NĐ 30 specimens, as HTML (quick, tested) and as the real
// PDF drawn by pdf.js (what is printed; only the plan's PDF runs in the test command, the rest
// are for review, to keep the test run short); and the two PDF engines side by side, the PDF
// renderer on pdfkit and pdfmake from @kehoach/vanban/pdfmake (the công văn tested).

const specimens = new Map(allSpecimens().map((s) => [s.id, s]));
function specimen(id: string): Specimen {
  const found = specimens.get(id);
  if (!found) throw new Error(`@kehoach/vanban/specimens không còn mẫu "${id}".`);
  return found;
}

function Html({ id }: { id: string }) {
  const s = specimen(id);
  return <HtmlPreview doc={s.doc} label={`${s.title}: ${s.description}`} />;
}
function Pdf({ id }: { id: string }) {
  const s = specimen(id);
  return <PdfPreview doc={s.doc} label={s.title} fileName={`${s.id}.pdf`} />;
}

const meta = {
  title: "Documents/Nghị định 30",
  component: Html,
  parameters: { layout: "fullscreen" },
  args: { id: "ke-hoach" },
  argTypes: { id: { control: "select", options: [...specimens.keys()] } },
} satisfies Meta<typeof Html>;

export default meta;
type Story = StoryObj<typeof meta>;

export const KeHoach: Story = { name: "Kế hoạch (KH)", args: { id: "ke-hoach" } };
export const KeHoachDuThao: Story = { name: "Kế hoạch, dự thảo", args: { id: "ke-hoach-du-thao" } };
export const QuyetDinhBanHanhKeHoach: Story = {
  name: "Quyết định ban hành kế hoạch (QĐ)",
  args: { id: "quyet-dinh-ban-hanh-ke-hoach" },
};
export const QuyetDinh: Story = { name: "Quyết định (QĐ)", args: { id: "quyet-dinh" } };
export const BaoCao: Story = { name: "Báo cáo (BC)", args: { id: "bao-cao" } };
export const ToTrinh: Story = { name: "Tờ trình (TTr)", args: { id: "to-trinh" } };
export const CongVan: Story = { name: "Công văn", args: { id: "cong-van" } };

/** The real PDF of the plan, drawn by pdf.js: the tested one. */
export const KeHoachPdf: Story = {
  name: "Kế hoạch (KH), PDF",
  render: (args) => <Pdf id={args.id} />,
  args: { id: "ke-hoach" },
  play: async ({ canvas }) => {
    // The link appears once every page is drawn.
    const link = await canvas.findByRole("link", { name: /Tải tệp PDF/ }, { timeout: 40_000 });
    await expect(link).toHaveAttribute("download", "ke-hoach.pdf");
    const pages = canvas.getAllByRole("img", { name: /^Kế hoạch: trang \d+\/\d+$/ });
    await expect(pages.length).toBeGreaterThan(1);
    await expect(pages[0]?.getAttribute("aria-label")).toBe(`Kế hoạch: trang 1/${pages.length}`);
  },
};
export const QuyetDinhBanHanhPdf: Story = {
  name: "Quyết định ban hành kế hoạch (QĐ), PDF",
  render: (args) => <Pdf id={args.id} />,
  args: { id: "quyet-dinh-ban-hanh-ke-hoach" },
  tags: ["!test"],
};
export const BaoCaoPdf: Story = {
  name: "Báo cáo (BC), PDF",
  render: (args) => <Pdf id={args.id} />,
  args: { id: "bao-cao" },
  tags: ["!test"],
};

function Engines({ id }: { id: string }) {
  return <EnginePair specimen={specimen(id)} />;
}

/** The công văn through both engines; the test waits for both and compares their page counts. */
export const CongVanHaiBoDung: Story = {
  name: "Hai bộ dựng: công văn (pdfkit | pdfmake)",
  render: (args) => <Engines id={args.id} />,
  args: { id: "cong-van" },
  play: async ({ canvas }) => {
    // Each engine shows its download link once every page is drawn.
    await waitFor(() => expect(canvas.getAllByRole("link", { name: /Tải tệp PDF/ })).toHaveLength(2), {
      timeout: 40_000,
    });
    const files = canvas.getAllByRole("link", { name: /Tải tệp PDF/ }).map((l) => l.getAttribute("download"));
    await expect(files.sort()).toEqual(["cong-van-pdfmake.pdf", "cong-van.pdf"]);
    const pdfkit = canvas.getAllByRole("img", { name: /^Công văn \(pdfkit\): trang \d+\/\d+$/ });
    const pdfmake = canvas.getAllByRole("img", { name: /^Công văn \(pdfmake\): trang \d+\/\d+$/ });
    await expect(pdfkit.length).toBeGreaterThan(0);
    await expect(pdfmake.length).toBe(pdfkit.length);
  },
};
export const KeHoachHaiBoDung: Story = {
  name: "Hai bộ dựng: kế hoạch (pdfkit | pdfmake)",
  render: (args) => <Engines id={args.id} />,
  args: { id: "ke-hoach" },
  tags: ["!test"],
};
export const QuyetDinhBanHanhHaiBoDung: Story = {
  name: "Hai bộ dựng: quyết định ban hành kế hoạch (pdfkit | pdfmake)",
  render: (args) => <Engines id={args.id} />,
  args: { id: "quyet-dinh-ban-hanh-ke-hoach" },
  tags: ["!test"],
};
export const BaoCaoHaiBoDung: Story = {
  name: "Hai bộ dựng: báo cáo (pdfkit | pdfmake)",
  render: (args) => <Engines id={args.id} />,
  args: { id: "bao-cao" },
  tags: ["!test"],
};
