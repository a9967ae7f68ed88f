import { samplePlan } from "@kehoach/plan-model/sample";
import { beforeEach, describe, expect, it } from "vitest";
import { clearJournal, readJournal, writeJournal } from "./journal.js";

// localStorage as the browser offers it, for Node.
class MemoryStorage {
  private readonly map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

const edited = { ...samplePlan, title: "Tiêu đề gõ ngay trước khi đóng trang" };

describe("the journal of unsaved typing", () => {
  it("gives back what was typed on top of the stored revision", () => {
    writeJournal(samplePlan.id, 3, edited);
    expect(readJournal(samplePlan.id, 3)?.title).toBe(edited.title);
  });

  it("is still good when the save under way at closing time landed as the next revision", () => {
    writeJournal(samplePlan.id, 3, edited, true);
    expect(readJournal(samplePlan.id, 4)?.title).toBe(edited.title);
  });

  it("is dropped when the store has moved past it (another tab saved later)", () => {
    writeJournal(samplePlan.id, 3, edited);
    expect(readJournal(samplePlan.id, 5)).toBeNull();
    expect(readJournal(samplePlan.id, 3)).toBeNull();
  });

  it("is dropped once cleared, and ignored when it is not a plan", () => {
    writeJournal(samplePlan.id, 1, edited);
    clearJournal(samplePlan.id);
    expect(readJournal(samplePlan.id, 1)).toBeNull();
    localStorage.setItem(`plan-builder:journal:${samplePlan.id}`, "{not json");
    expect(readJournal(samplePlan.id, 1)).toBeNull();
  });
});
