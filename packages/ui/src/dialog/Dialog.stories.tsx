import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, screen, waitFor, within } from "storybook/test";
import { Button } from "../button/index.js";
import { ConfirmDialog, Dialog, DialogClose } from "./index.js";

const meta = {
  title: "Components/Dialog",
  component: Dialog,
  args: {
    title: "Thêm cơ quan phối hợp",
    description: "Chọn cơ quan cùng thực hiện nhiệm vụ với cơ quan chủ trì.",
    onOpenChange: fn(),
  },
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = (
  <label style={{ display: "grid", gap: "var(--kh-space-2)" }}>
    Tên cơ quan
    <input style={{ font: "inherit", padding: "var(--kh-space-2)" }} />
  </label>
);

/** Opened by its trigger; Escape closes it and focus goes back to the trigger. */
export const Default: Story = {
  args: {
    trigger: <Button>Thêm cơ quan</Button>,
    children: body,
    footer: (
      <>
        <DialogClose asChild>
          <Button variant="secondary">Hủy</Button>
        </DialogClose>
        <Button>Thêm</Button>
      </>
    ),
  },
  play: async ({ canvas, userEvent }) => {
    const trigger = canvas.getByRole("button", { name: "Thêm cơ quan" });
    await userEvent.click(trigger);
    const dialog = await screen.findByRole("dialog", { name: "Thêm cơ quan phối hợp" });
    await expect(dialog).toHaveAccessibleDescription(
      "Chọn cơ quan cùng thực hiện nhiệm vụ với cơ quan chủ trì.",
    );
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};

export const OpenWithLongContent: Story = {
  args: {
    defaultOpen: true,
    size: "lg",
    children: (
      <ol>
        {Array.from({ length: 12 }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            Nhiệm vụ {n}: tổ chức triển khai, kiểm tra, đôn đốc việc thực hiện kế hoạch tại các thôn, xóm.
          </li>
        ))}
      </ol>
    ),
    footer: <Button>Đã hiểu</Button>,
  },
};

function MenuThenConfirm() {
  const [menuOpen, setMenuOpen] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [deleted, setDeleted] = useState(false);
  return (
    <div style={{ display: "grid", gap: "var(--kh-space-3)", justifyItems: "start" }}>
      <Button variant="secondary" aria-expanded={menuOpen} onClick={() => setMenuOpen((o) => !o)}>
        Thao tác
      </Button>
      {menuOpen && (
        <ul aria-label="Thao tác" style={{ margin: 0, paddingInlineStart: 0, listStyle: "none" }}>
          <li>
            <Button
              variant="ghost"
              onClick={() => {
                setMenuOpen(false);
                setConfirmOpen(true);
              }}
            >
              Xóa nhiệm vụ
            </Button>
          </li>
        </ul>
      )}
      <ConfirmDialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        title="Xóa nhiệm vụ này?"
        description="Nhiệm vụ và tiến độ đã nhập sẽ bị xóa khỏi kế hoạch."
        tone="danger"
        confirmLabel="Xóa"
        onConfirm={() => setDeleted(true)}
      />
      <p role="status">{deleted ? "Đã xóa nhiệm vụ." : ""}</p>
    </div>
  );
}

/** The Radix failure mode: a dialog opened from a menu must leave the page clickable after it closes. */
export const OpenedFromAMenu: Story = {
  render: () => <MenuThenConfirm />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Thao tác" }));
    await userEvent.click(canvas.getByRole("button", { name: "Xóa nhiệm vụ" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Xóa nhiệm vụ này?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Xóa" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    await waitFor(() => expect(document.body.style.pointerEvents).toBe(""));
    await expect(canvas.getByRole("status")).toHaveTextContent("Đã xóa nhiệm vụ.");
    await userEvent.click(canvas.getByRole("button", { name: "Thao tác" }));
    await expect(canvas.getByRole("list", { name: "Thao tác" })).toBeVisible();
  },
};

export const Confirm: Story = {
  render: () => {
    const [open, setOpen] = useState(true);
    return (
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Ban hành kế hoạch?"
        description="Sau khi ban hành, số và ngày của văn bản không đổi được nữa."
        confirmLabel="Ban hành"
        onConfirm={() => new Promise((resolve) => setTimeout(resolve, 400))}
      />
    );
  },
};

export const ConfirmFailure: Story = {
  render: () => (
    <ConfirmDialog
      open
      onOpenChange={() => {}}
      title="Xóa kế hoạch?"
      tone="danger"
      onConfirm={() => Promise.reject(new Error("Không ghi được vào bộ nhớ của trình duyệt."))}
    />
  ),
  play: async ({ userEvent }) => {
    await userEvent.click(await screen.findByRole("button", { name: "Đồng ý" }));
    await expect(await screen.findByRole("alert")).toHaveTextContent(
      "Không ghi được vào bộ nhớ của trình duyệt.",
    );
  },
};
