import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { session, SAVE_FIRST_MS } from "./session.svelte";
import { journal } from "./journal.svelte";
import { copiedByTrellis, copySecret, forgetCopied } from "../clipboard";

function entry(id: string, body: string) {
  return { id, created_at: "2026-11-22T10:00:00Z", updated_at: "2026-11-22T10:00:00Z", title: "", body, mood: null, tags: [], prompt_id: null };
}

const HIDDEN = { locked: true, clipboard_cleared: false, window_hidden: true };

beforeEach(() => {
  session.phase = "unlocked";
  session.lockedReason = null;
});

afterEach(() => {
  clearMocks();
  journal.clear();
  forgetCopied();
  vi.useRealTimers();
});

describe("quick hide", () => {
  it("saves the open entry first, then locks and hides, and shows only the unlock screen", async () => {
    const calls: string[] = [];
    mockIPC((cmd, args) => {
      calls.push(cmd);
      if (cmd === "save_entry") return { entry: entry("e1", (args as { draft: { body: string } }).draft.body), kept_apart: false };
      if (cmd === "quick_hide") return HIDDEN;
      if (cmd === "tags") return [];
    });
    await journal.newEntry();
    journal.draft!.body = "typed a moment ago, not saved yet";
    journal.changed();
    const dialog = document.body.appendChild(document.createElement("dialog"));
    dialog.setAttribute("open", "");
    const generation = session.generation;

    const done = await session.hide();

    expect(done).toEqual(HIDDEN);
    // The save reaches the vault before the lock: nothing is left for after the unlock.
    expect(calls.indexOf("save_entry")).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf("save_entry")).toBeLessThan(calls.indexOf("quick_hide"));
    expect(journal.hasPending).toBe(false);
    expect(journal.draft).toBeNull();
    expect(session.phase).toBe("locked");
    expect(session.lockedReason).toBe("hidden");
    expect(session.generation).toBe(generation + 1);
    expect(dialog.hasAttribute("open")).toBe(false);
    dialog.remove();
  });

  it("never waits long for a save: a slow one is kept in memory and the lock goes ahead", async () => {
    vi.useFakeTimers();
    let quickHideAt = -1;
    const start = Date.now();
    let answer: (v: unknown) => void = () => undefined;
    mockIPC((cmd) => {
      if (cmd === "save_entry") return new Promise((resolve) => (answer = resolve)); // answers late
      if (cmd === "quick_hide") {
        quickHideAt = Date.now() - start;
        return HIDDEN;
      }
    });
    await journal.newEntry();
    journal.draft!.body = "the disk is slow today";
    journal.changed();
    const hiding = session.hide();
    await vi.advanceTimersByTimeAsync(SAVE_FIRST_MS + 50);
    await hiding;
    expect(quickHideAt).toBeGreaterThanOrEqual(0);
    expect(quickHideAt).toBeLessThanOrEqual(SAVE_FIRST_MS + 50);
    expect(SAVE_FIRST_MS).toBeLessThan(1000);
    expect(session.phase).toBe("locked");
    expect(journal.hasPending).toBe(true);
    // The late save lands after the lock: the text kept for after the unlock continues it.
    answer({ entry: entry("e1", "the disk is slow today"), kept_apart: false });
    await vi.advanceTimersByTimeAsync(10);
    expect(journal.hasPending).toBe(false);
  });

  it("hands the shell what Trellis copied, and forgets it once cleared", async () => {
    let asked: unknown = undefined;
    const copied: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "copy_secret") {
        copied.push((args as { text: string }).text);
        return null;
      }
      if (cmd === "quick_hide") {
        asked = (args as { copied: string | null }).copied;
        return { ...HIDDEN, clipboard_cleared: true };
      }
    });
    await copySecret("AGE-SECRET-KEY-1EXAMPLE");
    // The shell copies it (marked private), not the webview.
    expect(copied).toEqual(["AGE-SECRET-KEY-1EXAMPLE"]);
    expect(copiedByTrellis()).toBe("AGE-SECRET-KEY-1EXAMPLE");
    await session.hide();
    expect(asked).toBe("AGE-SECRET-KEY-1EXAMPLE");
    expect(copiedByTrellis()).toBeNull();
  });

  it("passes nothing when Trellis copied nothing, and works on the lock screen too", async () => {
    session.phase = "locked";
    let asked: unknown = "unset";
    mockIPC((cmd, args) => {
      if (cmd === "quick_hide") {
        asked = (args as { copied: string | null }).copied;
        return { ...HIDDEN, locked: false };
      }
    });
    await session.hide();
    expect(asked).toBeNull();
    expect(session.phase).toBe("locked");
  });

  it("locks directly if the shell cannot be asked", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "quick_hide") throw { code: "internal", message: "the work stopped unexpectedly" };
    });
    expect(await session.hide()).toBeNull();
    expect(calls).toContain("lock");
    expect(session.phase).toBe("locked");
  });

  it("leaves a just-made vault's recovery code for the unlock screen", async () => {
    session.phase = "create";
    mockIPC((cmd) => {
      if (cmd === "quick_hide") return HIDDEN;
      if (cmd === "vault_status") return { exists: true, unlocked: false };
    });
    await session.hide();
    expect(session.phase).toBe("locked");
  });
});

describe("the name shown outside the unlocked window", () => {
  it("follows the setting", async () => {
    let on = false;
    mockIPC((cmd, args) => {
      if (cmd === "set_name_as_notes") {
        on = (args as { on: boolean }).on;
        return { auto_lock_minutes: 5, journal_history: false, name_as_notes: on };
      }
      if (cmd === "display_name") return on ? "Notes" : "Trellis";
    });
    expect(await session.setNameAsNotes(true)).toBe(true);
    expect(session.name).toBe("Notes");
    expect(await session.setNameAsNotes(false)).toBe(false);
    expect(session.name).toBe("Trellis");
  });
});

describe("the recovery code on the clipboard", () => {
  it("is asked off the clipboard a minute after Copy", async () => {
    vi.useFakeTimers();
    const asked: string[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "copy_secret") return null;
      if (cmd === "clear_clipboard_if") {
        asked.push((args as { text: string }).text);
        return true;
      }
    });
    await copySecret("AGE-SECRET-KEY-1EXAMPLE");
    await vi.advanceTimersByTimeAsync(59_000);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(asked).toEqual(["AGE-SECRET-KEY-1EXAMPLE"]);
    expect(copiedByTrellis()).toBeNull();
  });

  it("is forgotten at a lock, which takes it off in the shell: no timer is left", async () => {
    vi.useFakeTimers();
    const asked: string[] = [];
    mockIPC((cmd) => {
      asked.push(cmd);
      if (cmd === "copy_secret") return null;
    });
    await copySecret("AGE-SECRET-KEY-1EXAMPLE");
    session.onLocked("idle");
    expect(copiedByTrellis()).toBeNull();
    await vi.advanceTimersByTimeAsync(61_000);
    expect(asked).toEqual(["copy_secret"]);
  });
});
