import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { journal } from "./journal.svelte";
import { unwrap, whenLockedFound } from "../services/result";

afterEach(() => {
  clearMocks();
  journal.clear();
});

function entry(id: string, title: string, body: string) {
  return { id, created_at: "2026-11-22T10:00:00Z", updated_at: "2026-11-22T10:00:00Z", title, body, mood: null, tags: [], prompt_id: null, about: [] };
}

describe("journal autosave", () => {
  it("creates a new entry once, then edits it, and flush waits for the last save", async () => {
    const saves: { id: string | null; title: string }[] = [];
    mockIPC((cmd, args) => {
      const a = args as { id: string | null; draft: { title: string; body: string } };
      if (cmd === "save_entry") {
        saves.push({ id: a.id, title: a.draft.title });
        return { entry: entry("e1", a.draft.title, a.draft.body), kept_apart: false };
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
        return { entry: entry("e1", a.draft.title, a.draft.body), kept_apart: false };
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

  it("clear forgets everything decrypted, the undo buffer too", async () => {
    mockIPC(() => undefined);
    const secret = entry("e1", "secret", "secret");
    journal.entries = [{ kind: "entry", ...secret }];
    journal.query = "secret";
    journal.hits = [{ id: "e1", created_at: secret.created_at, title: "secret", snippet: [{ text: "secret", hit: true }] }];
    journal.tags = [{ tag: "secret", count: 1 }];
    journal.tagFilter = "secret";
    journal.onThisDay = [secret];
    journal.deleted = "e1";
    journal.error = "secret";
    journal.saveError = "secret";
    journal.notice = "secret";
    await journal.newEntry();
    journal.clear();
    const held = JSON.stringify({
      entries: journal.entries, draft: journal.draft, query: journal.query, hits: journal.hits, tags: journal.tags,
      tagFilter: journal.tagFilter, onThisDay: journal.onThisDay, deleted: journal.deleted, error: journal.error,
      saveError: journal.saveError, notice: journal.notice,
    });
    expect(held).not.toContain("secret");
  });
});

describe("delete and undo", () => {
  it("undoes a delete by id: no entry travels back to be written", async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    const secret = entry("e1", "secret title", "secret body");
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === "delete_entry") return true;
      if (cmd === "undo_delete_entry") return secret;
      if (cmd === "list_entries") return [{ kind: "entry", ...secret }];
      if (cmd === "tags" || cmd === "on_this_day") return [];
    });
    journal.entries = [{ kind: "entry", ...secret }];
    await journal.remove("e1");
    expect(journal.entries).toEqual([]);
    expect(journal.deleted).toBe("e1");
    await journal.undoDelete();
    const undo = calls.find((c) => c.cmd === "undo_delete_entry");
    expect(undo?.args).toEqual({ id: "e1" });
    // Nothing the window sends holds what was written.
    expect(JSON.stringify(calls.map((c) => c.args))).not.toContain("secret");
    expect(journal.deleted).toBeNull();
    expect(journal.entries.map((e) => e.id)).toEqual(["e1"]);
  });

  it("offers no undo for a damaged entry", async () => {
    mockIPC((cmd) => {
      if (cmd === "delete_entry") return false;
      if (cmd === "tags") return [];
    });
    await journal.remove("e9");
    expect(journal.deleted).toBeNull();
  });
});

describe("locking never loses writing", () => {
  it("keeps unsaved text through a lock, in memory only, and saves it after the next unlock", async () => {
    const saves: string[] = [];
    mockIPC((cmd, args) => {
      const a = args as { id: string | null; draft: { title: string; body: string } };
      if (cmd === "save_entry") {
        saves.push(a.draft.body);
        return { entry: entry("e9", a.draft.title, a.draft.body), kept_apart: false };
      }
      if (cmd === "list_entries" || cmd === "tags" || cmd === "on_this_day") return [];
    });
    await journal.newEntry();
    journal.draft!.body = "typed just before the lock";
    journal.changed();
    journal.clear(); // the vault locked before the autosave ran
    expect(journal.draft).toBeNull();
    expect(journal.hasPending).toBe(true);
    expect(saves).toEqual([]);
    await journal.load(); // after the next unlock
    expect(saves).toEqual(["typed just before the lock"]);
    expect(journal.draft!.body).toBe("typed just before the lock");
    expect(journal.saveState).toBe("saved");
    expect(journal.hasPending).toBe(false);
  });

  it("a command that finds the vault locked tells the session", () => {
    let told = 0;
    whenLockedFound(() => told++);
    expect(() => unwrap({ status: "error", error: { code: "locked", message: "the vault is locked; unlock it first" } })).toThrow();
    expect(() => unwrap({ status: "error", error: { code: "disk_full", message: "full" } })).toThrow();
    expect(told).toBe(1);
  });

  it("a save over a version changed elsewhere keeps both and says so", async () => {
    mockIPC((cmd, args) => {
      const a = args as { id: string | null; opened: string | null; draft: { title: string; body: string } };
      if (cmd === "get_entry") return entry("e1", "old", "old");
      if (cmd === "save_entry") {
        expect(a.id).toBe("e1");
        expect(a.opened).toBe("2026-11-22T10:00:00Z");
        return { entry: entry("e2", a.draft.title, a.draft.body), kept_apart: true };
      }
      if (cmd === "tags") return [];
    });
    await journal.open("e1");
    journal.draft!.body = "mine";
    journal.changed();
    await journal.flush();
    expect(journal.draft!.id).toBe("e2");
    expect(journal.notice).toContain("saved as a new entry");
  });
});

describe("an entry's date", () => {
  it("can be set to another day, and the save carries it", async () => {
    const sent: (string | null)[] = [];
    mockIPC((cmd, args) => {
      const a = args as { written: string | null; draft: { title: string; body: string } };
      if (cmd === "get_entry") return entry("e1", "t", "b");
      if (cmd === "save_entry") {
        sent.push(a.written);
        return { entry: { ...entry("e1", a.draft.title, a.draft.body), created_at: a.written }, kept_apart: false };
      }
      if (cmd === "tags") return [];
    });
    await journal.open("e1");
    journal.setWritten("2026-01-02T10:30");
    await journal.flush();
    expect(sent).toEqual([new Date("2026-01-02T10:30").toISOString()]);
    expect(journal.saveState).toBe("saved");
    journal.setWritten("not a date");
    expect(journal.saveState).toBe("saved");
  });
});

describe("journal load", () => {
  it("asks for the list alone first, and shows it before tags and on this day answer", async () => {
    const asked: string[] = [];
    let answerList: (v: unknown) => void = () => {};
    let answerTags: (v: unknown) => void = () => {};
    mockIPC((cmd) => {
      asked.push(cmd);
      if (cmd === "list_entries") return new Promise((resolve) => (answerList = resolve));
      // Right after an unlock these wait for the search index.
      if (cmd === "tags") return new Promise((resolve) => (answerTags = resolve));
      if (cmd === "on_this_day") return [];
    });
    const loaded = journal.load();
    await vi.waitFor(() => expect(asked).toEqual(["list_entries"]));
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toEqual(["list_entries"]);
    answerList([{ kind: "entry", ...entry("e1", "Listed first", "") }]);
    await vi.waitFor(() => expect(journal.entries.map((e) => e.id)).toEqual(["e1"]));
    expect(journal.loading).toBe(false);
    await vi.waitFor(() => expect(asked).toContain("tags"));
    answerTags([{ tag: "calm", count: 1 }]);
    await loaded;
    expect(journal.tags).toEqual([{ tag: "calm", count: 1 }]);
  });
});
