import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { journal } from "./journal.svelte";

afterEach(() => {
  clearMocks();
  journal.clear();
});

function entry(id: string, title: string, body: string) {
  return { id, created_at: "2026-11-22T10:00:00Z", updated_at: "2026-11-22T10:00:00Z", title, body, mood: null, tags: [], prompt_id: null };
}

describe("journal autosave", () => {
  it("creates a new entry once, then edits it, and flush waits for the last save", async () => {
    const saves: { id: string | null; title: string }[] = [];
    mockIPC((cmd, args) => {
      const a = args as { id: string | null; draft: { title: string; body: string } };
      if (cmd === "save_entry") {
        saves.push({ id: a.id, title: a.draft.title });
        return entry("e1", a.draft.title, a.draft.body);
      }
      if (cmd === "tags") return [];
    });
    await journal.newEntry();
    journal.draft!.title = "First";
    journal.changed();
    await journal.flush();
    journal.draft!.title = "First, edited";
    journal.changed();
    await journal.flush();
    expect(saves).toEqual([
      { id: null, title: "First" },
      { id: "e1", title: "First, edited" },
    ]);
    expect(journal.saveState).toBe("saved");
    expect(journal.entries.map((e) => e.id)).toEqual(["e1"]);
  });

  it("keeps the text and says so when a save fails", async () => {
    mockIPC((cmd) => {
      if (cmd === "save_entry") throw { code: "disk_full", message: "the disk is full; free some space and try again (nothing was lost)" };
    });
    await journal.newEntry();
    journal.draft!.body = "words that must not be lost";
    journal.changed();
    await journal.flush();
    expect(journal.saveState).toBe("error");
    expect(journal.saveError).toContain("disk is full");
    expect(journal.draft!.body).toBe("words that must not be lost");
  });

  it("saves at least every two seconds while someone keeps typing", async () => {
    vi.useFakeTimers();
    const saves: number[] = [];
    mockIPC((cmd, args) => {
      const a = args as { id: string | null; draft: { title: string; body: string } };
      if (cmd === "save_entry") {
        saves.push(Date.now());
        return entry("e1", a.draft.title, a.draft.body);
      }
      if (cmd === "tags") return [];
    });
    await journal.newEntry();
    const start = Date.now();
    for (let i = 0; i < 30; i++) {
      journal.draft!.body += "x";
      journal.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    vi.useRealTimers();
    expect(saves.length).toBeGreaterThanOrEqual(1);
    expect(saves[0] - start).toBeLessThanOrEqual(2100);
  });

  it("does not save a blank new entry", async () => {
    let saved = false;
    mockIPC((cmd) => {
      if (cmd === "save_entry") saved = true;
    });
    await journal.newEntry();
    journal.changed();
    await journal.flush();
    expect(saved).toBe(false);
  });

  it("clear forgets everything decrypted", async () => {
    mockIPC(() => undefined);
    journal.entries = [{ kind: "entry", ...entry("e1", "secret", "secret") }];
    journal.query = "secret";
    await journal.newEntry();
    journal.clear();
    expect(journal.entries).toEqual([]);
    expect(journal.draft).toBeNull();
    expect(journal.query).toBe("");
  });
});
