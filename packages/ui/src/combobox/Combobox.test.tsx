import { useState } from "react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { Combobox, type ComboboxOption, matchesQuery } from "./index.js";

const agencies: ComboboxOption[] = [
  { value: "vhxh", label: "Phòng Văn hóa - Xã hội", keywords: ["Phòng VH-XH"] },
  { value: "ktht", label: "Phòng Kinh tế, Hạ tầng và Đô thị" },
  { value: "vp", label: "Văn phòng HĐND và UBND xã", keywords: ["Văn phòng"] },
  { value: "ca", label: "Công an xã" },
  { value: "qs", label: "Ban Chỉ huy Quân sự xã" },
  { value: "yte", label: "Trạm Y tế xã", description: "Đơn vị sự nghiệp" },
];

describe("matchesQuery", () => {
  const vhxh = agencies[0]!;
  it("matches without diacritics, and by keyword", () => {
    expect(matchesQuery(vhxh, "van hoa")).toBe(true);
    expect(matchesQuery(vhxh, "vh-xh")).toBe(true);
  });
  it("ignores where the tone mark sits (hoá = hóa)", () => {
    expect(matchesQuery(vhxh, "Văn hoá")).toBe(true);
  });
  it("keeps vowel quality once the user types it (vân ≠ văn)", () => {
    expect(matchesQuery(vhxh, "vân")).toBe(false);
  });
  it("reads each word with the accents it was typed with (some marked, some not)", () => {
    expect(matchesQuery(vhxh, "Phòng van hoa")).toBe(true);
    expect(matchesQuery(vhxh, "xã hoi")).toBe(true);
    expect(matchesQuery({ value: "nd", label: "Hội Nông dân xã" }, "Hội nong dan")).toBe(true);
  });
});

function Single() {
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <Combobox label="Cơ quan chủ trì" options={agencies} value={value} onValueChange={setValue} />
      <output>{value ?? "—"}</output>
    </>
  );
}

function Multi() {
  const [value, setValue] = useState<string[]>(["ca"]);
  return (
    <>
      <Combobox multiple label="Cơ quan phối hợp" options={agencies} value={value} onValueChange={setValue} />
      <output>{value.join(",")}</output>
    </>
  );
}

describe("Combobox", () => {
  it("filters as one types without accents and picks with the keyboard", async () => {
    const screen = await render(<Single />);
    const input = screen.getByRole("combobox", { name: "Cơ quan chủ trì" });
    await input.click();
    await userEvent.keyboard("tram y");
    await expect.element(screen.getByRole("option")).toHaveTextContent("Trạm Y tế xã");
    await expect.element(input).toHaveAttribute("aria-activedescendant");
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText("yte")).toBeInTheDocument();
    await expect.element(input).toHaveValue("Trạm Y tế xã");
    await expect.element(input).toHaveAttribute("aria-expanded", "false");
  });

  it("says so when nothing matches", async () => {
    const screen = await render(<Single />);
    await screen.getByRole("combobox").click();
    await userEvent.keyboard("bệnh viện");
    await expect
      .element(screen.getByText("Không tìm thấy kết quả phù hợp", { exact: true }).first())
      .toBeVisible();
  });

  it("adds and removes several choices; each chip's remove button names its agency", async () => {
    const screen = await render(<Multi />);
    await screen.getByRole("combobox").click();
    await userEvent.keyboard("quan su{Enter}");
    await expect.element(screen.getByText("ca,qs")).toBeInTheDocument();
    await expect.element(screen.getByRole("listbox")).toHaveAttribute("aria-multiselectable", "true");
    await screen.getByRole("button", { name: "Bỏ chọn Công an xã" }).click();
    await expect.element(screen.getByText(/^qs$/)).toBeInTheDocument();
  });

  it("has no axe violations open", async () => {
    const screen = await render(<Multi />);
    await screen.getByRole("combobox").click();
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});

describe("Combobox (single) clearing", () => {
  it("clears the choice when its text is emptied and the field left", async () => {
    const screen = await render(<Single />);
    const input = screen.getByRole("combobox");
    await input.click();
    await userEvent.keyboard("cong an{Enter}");
    await expect.element(screen.getByText("ca", { exact: true })).toBeInTheDocument();
    await input.clear();
    await userEvent.tab();
    await expect.element(screen.getByText("—", { exact: true })).toBeInTheDocument();
    await input.click();
    await expect.element(screen.getByRole("listbox")).toHaveAccessibleName("Cơ quan chủ trì");
  });
});

/** The entry mode: distinct agencies, one typed as written when the directory has no such name. */
function Entry({ max, search }: { max?: number; search?: (query: string) => string[] }) {
  const [value, setValue] = useState<string[]>([]);
  return (
    <>
      <Combobox
        multiple
        hideSelected
        maxSelected={max}
        label="Cơ quan chủ trì"
        options={agencies}
        value={value}
        onValueChange={setValue}
        chipsLabel={(n) => `Cơ quan chủ trì: đã chọn ${n}`}
        createOption={{
          label: (text) => `Thêm “${text}” (ghi đúng như đã gõ)`,
          onCreate: (text) => setValue((v) => [...v, `typed:${text}`]),
        }}
        renderChip={(v) => (
          <span>{v.startsWith("typed:") ? v.slice(6) : agencies.find((a) => a.value === v)?.label}</span>
        )}
        chipAttributes={(_v, i) => ({ "data-path": `leads[${i}]` })}
        inputAttributes={{ "data-path": "leads" }}
        leaveAltKeys
        {...(search ? { search } : {})}
      />
      <output>{value.join("|")}</output>
    </>
  );
}

describe("Combobox, entry mode", () => {
  it("lists only what is not chosen yet and closes after each choice", async () => {
    const screen = await render(<Entry />);
    const input = screen.getByRole("combobox", { name: "Cơ quan chủ trì" });
    await input.click();
    await userEvent.keyboard("VH-XH{Enter}");
    await expect.element(screen.getByText("vhxh")).toBeInTheDocument();
    await expect.element(input).toHaveAttribute("aria-expanded", "false");
    await userEvent.keyboard("Phòng Văn hóa - Xã hội");
    // Already chosen: not offered again, and its name is not offered as typed text either.
    expect(screen.container.querySelectorAll('[role="option"]:not([data-create])').length).toBe(0);
    expect(screen.container.querySelector("[data-create]")).toBeNull();
    await expect
      .element(screen.getByRole("list", { name: "Cơ quan chủ trì: đã chọn 1" }))
      .toHaveTextContent("Phòng Văn hóa - Xã hội");
    expect(screen.container.querySelector('li[data-path="leads[0]"]')).not.toBeNull();
    expect(input.element().getAttribute("data-path")).toBe("leads");
  });

  it("adds a body the list does not know, as typed, from the last option", async () => {
    const screen = await render(<Entry />);
    const input = screen.getByRole("combobox", { name: "Cơ quan chủ trì" });
    await input.click();
    await userEvent.keyboard("Hội Nông dân xã");
    await expect
      .element(screen.getByRole("option", { name: "Thêm “Hội Nông dân xã” (ghi đúng như đã gõ)" }))
      .toBeVisible();
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText("typed:Hội Nông dân xã")).toBeInTheDocument();
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it("lists what the app's search finds, in its order, before adding as typed", async () => {
    // The app's own search (the plan builder's: a slip of the keyboard still finds the agency).
    const search = (query: string) => (query.toLowerCase().includes("cogn") ? ["ca", "qs"] : []);
    const screen = await render(<Entry search={search} />);
    const input = screen.getByRole("combobox", { name: "Cơ quan chủ trì" });
    await input.click();
    await userEvent.keyboard("Cogn an");
    const options = screen.container.querySelectorAll('[role="option"]');
    expect([...options].map((o) => o.textContent)).toEqual([
      "Công an xã",
      "Ban Chỉ huy Quân sự xã",
      "Thêm “Cogn an” (ghi đúng như đã gõ)",
    ]);
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText("ca", { exact: true })).toBeInTheDocument();
  });

  it("takes no more than its maximum, and leaves Alt+arrows to the widget around it", async () => {
    const screen = await render(<Entry max={1} />);
    const input = screen.getByRole("combobox", { name: "Cơ quan chủ trì" });
    await input.click();
    const first = input.element().getAttribute("aria-activedescendant");
    await userEvent.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(input.element().getAttribute("aria-activedescendant")).toBe(first);
    await userEvent.keyboard("{ArrowDown}");
    expect(input.element().getAttribute("aria-activedescendant")).not.toBe(first);
    await userEvent.keyboard("cong an{Enter}");
    await expect.element(screen.getByText("ca", { exact: true })).toBeInTheDocument();
    expect(screen.container.querySelector('[role="combobox"]')).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Bỏ chọn Công an xã" }));
    await expect.element(screen.getByRole("combobox", { name: "Cơ quan chủ trì" })).toBeInTheDocument();
  });
});
