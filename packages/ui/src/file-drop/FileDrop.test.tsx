import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { checkFiles, FileDrop, formatBytes } from "./index.js";

const file = (name: string, bytes: number) => new File([new Uint8Array(bytes)], name);

describe("checkFiles", () => {
  const limits = { extensions: [".json", ".docx"], maxBytes: 1024, maxFiles: 2 };
  it("accepts by extension (any case) and size, and names what it refuses", () => {
    const result = checkFiles([file("KeHoach.JSON", 10), file("anh.png", 10), file("lon.docx", 4096)], {
      ...limits,
      maxFiles: 3,
    });
    expect(result.accepted.map((f) => f.name)).toEqual(["KeHoach.JSON"]);
    expect(result.refused).toEqual([
      { kind: "wrong-type", name: "anh.png" },
      { kind: "too-large", name: "lon.docx", size: 4096 },
    ]);
  });
  it("refuses the whole drop when it carries too many files", () => {
    expect(checkFiles([file("a.json", 1), file("b.json", 1), file("c.json", 1)], limits)).toEqual({
      accepted: [],
      refused: [{ kind: "too-many", count: 3 }],
    });
  });
  it("writes sizes the Vietnamese way", () => {
    expect(formatBytes(2.5 * 1024 * 1024, "vi-VN")).toBe("2,5 MB");
    expect(formatBytes(500, "vi-VN")).toBe("500 B");
  });
});

describe("FileDrop", () => {
  it("has a real button to pick a file, states its limits, and refuses clearly in Vietnamese", async () => {
    const onFiles = vi.fn();
    const screen = await render(
      <FileDrop
        label="Tệp kế hoạch"
        extensions={[".json", ".docx"]}
        maxBytes={5 * 1024 * 1024}
        onFiles={onFiles}
      />,
    );
    const choose = screen.getByRole("button", { name: "chọn tệp từ máy" });
    await expect
      .element(choose)
      .toHaveAccessibleDescription("Tệp kế hoạch Chấp nhận: .json, .docx. Dung lượng tối đa 5 MB.");
    const input = screen.container.querySelector("input[type=file]") as HTMLInputElement;
    await userEvent.upload(input, [file("bao-cao.pdf", 100)]);
    await expect
      .element(screen.getByRole("alert"))
      .toHaveTextContent("Không nhận tệp “bao-cao.pdf”: chỉ nhận tệp .json, .docx.");
    expect(onFiles).not.toHaveBeenCalled();
    await userEvent.upload(input, [file("ke-hoach.json", 100)]);
    await expect.element(screen.getByRole("status")).toHaveTextContent("Đã nhận: “ke-hoach.json”.");
    expect(onFiles).toHaveBeenCalledOnce();
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
