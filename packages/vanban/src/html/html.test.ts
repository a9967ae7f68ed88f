import { describe, expect, it } from "vitest";
import { sampleVanBan } from "../fixtures/sample-van-ban.js";
import { nd30Profile } from "../profile.js";
import { congVanSpecimen, quyetDinhBanHanhKeHoachSpecimen, quyetDinhSpecimen } from "../specimens/index.js";
import { renderHtml } from "./index.js";

describe("the HTML preview", () => {
  it("prints the same fixed wording as the PDF", () => {
    const html = renderHtml(sampleVanBan());
    expect(html).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(html).toContain("Số: 05/KH-UBND");
    expect(html).toContain("Kim Liên, ngày 09 tháng 01 năm 2026");
    expect(html).toContain("I. MỤC ĐÍCH, YÊU CẦU");
    expect(html).toContain("TM. ỦY BAN NHÂN DÂN");
  });

  it("escapes hostile text instead of running it", () => {
    const html = renderHtml(
      sampleVanBan({ subject: '<script>alert("x")</script><img src=x onerror=alert(1)>' }),
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("carries no inline style or script, so a strict CSP holds", () => {
    const html = renderHtml(sampleVanBan());
    expect(html).not.toMatch(/style=|<script|on\w+=/);
  });
});

describe("the HTML preview of every kind of document", () => {
  it("shows a QĐ's authority, căn cứ and 'QUYẾT ĐỊNH:', and its attached plan without a number line", () => {
    const html = renderHtml(quyetDinhBanHanhKeHoachSpecimen());
    expect(html).toContain('<p class="vb-authority">CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN</p>');
    expect(html).toContain(
      '<p class="vb-p vb-italic">Theo đề nghị của Trưởng phòng Văn hóa&nbsp;- Xã hội.</p>',
    );
    expect(html).toContain('<p class="vb-decides">QUYẾT ĐỊNH:</p>');
    const pages = html.split('<article class="vb-page');
    expect(pages).toHaveLength(5); // the QĐ, the plan, its two phụ lục
    expect(pages[2]).not.toContain("vb-so");
    expect(pages[2]).toContain("(Kèm theo Quyết định số 25/QĐ-UBND ngày 08 tháng 01 năm 2026");
    expect(pages[3]).toContain('<p class="vb-appendix-label">Phụ lục I</p>');
    expect(pages[3]).toContain("vb-landscape");
  });

  it("shows Kính gửi, the V/v line, the urgency mark and the drafter of a công văn", () => {
    const html = renderHtml(congVanSpecimen(), nd30Profile(13));
    expect(html).toContain('class="vb-page vb-set-13"');
    expect(html).toContain(
      '<div class="vb-vv">V/v Đôn đốc báo cáo kết quả cải cách hành chính quý I năm 2026</div>',
    );
    expect(html).toContain('<div class="vb-stamp">KHẨN</div>');
    expect(html).toContain('<p class="vb-kinh-gui-item">- Trưởng các thôn.</p>');
    expect(html).toContain('<p class="vb-drafter">PL.(25)</p>');
  });

  it("shows the signature and seal images as data: URLs, and nothing that runs", () => {
    const html = renderHtml(quyetDinhBanHanhKeHoachSpecimen());
    expect(html).toMatch(
      /<img class="vb-signature-image" alt="Chữ ký" src="data:image\/png;base64,iVBORw0KGgo/u,
    );
    expect(html).toMatch(/<img class="vb-seal-image" alt="Con dấu" src="data:image\/png;base64,/u);
    expect(html).not.toMatch(/style=|<script/u);
  });
});

describe("where the preview's lines break", () => {
  it("puts a titled khoản on its own bold line and its text in a paragraph after it", () => {
    const html = renderHtml(quyetDinhSpecimen());
    // Before: '<p class="vb-h vb-h-khoan vb-run-in"><strong>2. Báo cáo kết quả</strong> Tổ kiểm tra …'.
    expect(html).toContain(
      '<p class="vb-h vb-h-khoan">2. Báo cáo kết quả</p><p class="vb-p">Tổ kiểm tra báo cáo Chủ tịch',
    );
  });

  it("keeps symbols and ranges whole and the dash of a name off the next line", () => {
    const html = renderHtml(
      sampleVanBan({
        body: [
          {
            type: "paragraph",
            content: "Theo Kế hoạch 214/KH-UBND giai đoạn 2021-2025, tổ chức chính trị - xã hội.",
          },
        ],
      }),
    );
    expect(html).toContain(
      'Theo Kế hoạch <span class="vb-nowrap">214/KH-UBND</span> giai đoạn <span class="vb-nowrap">2021-2025,</span> tổ chức chính trị&nbsp;- xã hội.',
    );
  });
});

describe("electronic signing in the preview", () => {
  it("shows ô 14 at the top of the first page: the number, then the signing time", () => {
    const html = renderHtml({
      ...quyetDinhSpecimen(),
      organisationSignature: { signedAt: "2026-03-05T09:00:00+07:00" },
    });
    expect(html).toContain(
      '<div class="vb-organisation-signature"><div>07/QĐ-UBND</div><div>2026-03-05T09:00:00+07:00</div></div>',
    );
  });
});
