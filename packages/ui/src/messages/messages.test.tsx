import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { Alert } from "../alert/index.js";
import { AppShell } from "../app-shell/index.js";
import { Combobox } from "../combobox/index.js";
import { DateField } from "../date-field/index.js";
import { ConfirmDialog } from "../dialog/index.js";
import { FileDrop } from "../file-drop/index.js";
import { ProgressBar, WorkProgress } from "../progress/index.js";
import { STATUS_TONES, StatusPill } from "../status-pill/index.js";
import { Switch } from "../switch/index.js";
import { Table } from "../table/index.js";
import { TextArea } from "../text-area/index.js";
import { TextField } from "../text-field/index.js";
import { en, MessagesProvider } from "./index.js";

// Letters only Vietnamese uses here: if any reaches the page while the English set is in force
// and every prop is English, a component carries a hard-coded Vietnamese string.
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

function visibleAndSpokenText(root: HTMLElement): string {
  const attributes = [...root.querySelectorAll("*")].flatMap((el) =>
    ["aria-label", "title", "alt", "placeholder", "aria-valuetext"].map((a) => el.getAttribute(a) ?? ""),
  );
  return [root.textContent ?? "", ...attributes].join(" ");
}

describe("messages", () => {
  it("leaves no Vietnamese word on screen when the English set is in force", async () => {
    await render(
      <MessagesProvider messages={en}>
        <AppShell
          localityName="Kim Lien"
          officialName="Kim Lien People's Committee"
          apps={[
            { id: "plan-builder", href: "/plan-builder/", label: "Plan builder" },
            { id: "matrix-viewer", href: "/matrix-viewer/", label: "Responsibilities" },
          ]}
          currentApp="matrix-viewer"
        >
          <TextField label="Title" required />
          <TextField label="Phone" markOptional />
          <TextArea label="Content" maxChars={3} defaultValue="Too long" />
          <DateField label="Issue date" allowPartial />
          <Combobox
            label="Lead agency"
            options={[{ value: "a", label: "Office" }]}
            value={null}
            onValueChange={() => {}}
          />
          <Switch label="Autosave" />
          <Alert tone="warning">Check the date.</Alert>
          {STATUS_TONES.map((tone) => (
            <StatusPill key={tone} tone={tone} label={`State ${tone}`} />
          ))}
          <ProgressBar label="Progress" value={3} max={4} />
          <WorkProgress title="Exporting" steps={["Fonts", "Pages"]} currentStep={1} onCancel={() => {}} />
          <Table
            caption="Tasks"
            columns={[{ key: "n", header: "Name", cell: (r: { n: string }) => r.n, sortValue: (r) => r.n }]}
            rows={[{ n: "One" }]}
            rowKey={(r) => r.n}
            onRowActivate={() => {}}
          />
          <Table
            caption="Nothing"
            columns={[{ key: "n", header: "Name", cell: () => "" }]}
            rows={[]}
            rowKey={() => ""}
          />
          <FileDrop label="Plan file" extensions={[".json"]} maxBytes={1024} onFiles={() => {}} />
        </AppShell>
      </MessagesProvider>,
    );
    await userEvent.click(document.querySelector<HTMLElement>('[role="combobox"]')!);
    await userEvent.keyboard("zzz");
    const upload = document.querySelector<HTMLInputElement>("input[type=file]")!;
    await userEvent.upload(upload, [new File(["x"], "picture.png")]);
    const date = document.querySelector<HTMLInputElement>('input[inputmode="numeric"]')!;
    await userEvent.type(date, "31/02/2026");
    await userEvent.tab();
    await expect.poll(() => document.body.textContent).toContain("is not a real date");
    await expect.poll(() => document.body.textContent).toContain("only .json files are accepted");
    const text = visibleAndSpokenText(document.body);
    expect(text.match(new RegExp(VIETNAMESE.source, "gi")) ?? [], text).toEqual([]);
  });

  it("leaves no Vietnamese word in a ConfirmDialog and its failure under the English set", async () => {
    await render(
      <MessagesProvider messages={en}>
        <ConfirmDialog
          open
          onOpenChange={() => {}}
          title="Delete?"
          onConfirm={() => Promise.reject(new Error("Disk full"))}
        />
      </MessagesProvider>,
    );
    await userEvent.click(document.querySelector<HTMLElement>('[role="alertdialog"] button:last-of-type')!);
    await expect.poll(() => document.body.textContent).toContain("Error: Disk full");
    const text = visibleAndSpokenText(document.body);
    expect(text.match(new RegExp(VIETNAMESE.source, "gi")) ?? [], text).toEqual([]);
  });
});
