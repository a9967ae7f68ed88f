import { describe, expect, it } from "vitest";
import { sampleVanBan } from "../fixtures/sample-van-ban.js";
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
