import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import type { Computer, SyncView } from "../bindings";
import { SyncState, computerText, nameProblem, reportText } from "./sync.svelte";

afterEach(() => clearMocks());

const LAPTOP: Computer = { id: "0a1b2c3d", name: "Laptop", state: "this_one", last_change: null, words: null };
const DESK: Computer = { id: "9f8e7d6c", name: "Desk", state: "asks_to_join", last_change: null, words: "acorn maple river otter quilt harbor" };

function view(computers: Computer[], words: string | null = null): SyncView {
  return {
    status: {
      folder: "/home/a/Sync/journal",
      name: "Laptop",
      device: "0a1b2c3d",
      joined: words === null,
      words,
      waiting_to_send: 0,
      computers,
      two_computers: [],
      recovery_ready: words === null,
      vault_in_synced_folder: null,
    },
    last: null,
    problem: null,
  };
}

function ipc(answers: Record<string, unknown>, fail: Record<string, { code: string; message: string }> = {}) {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd in fail) throw fail[cmd];
    const a = answers[cmd];
    return typeof a === "function" ? a(args) : a;
  });
  return calls;
}

describe("words", () => {
  it("says where each computer stands", () => {
    expect(computerText(LAPTOP)).toBe("This computer");
    expect(computerText(DESK)).toBe("Asks to join");
    expect(computerText({ ...DESK, state: "removed" })).toMatch(/^Removed/);
    const inStep = computerText({ ...DESK, state: "in_step", last_change: "2026-12-05T09:00:00Z" }, { locale: "en-GB", timeZone: "UTC" });
    expect(inStep).toMatch(/^In step · last change .*5 Dec 2026/);
  });

  it("says what a pass did, and that both versions are kept", () => {
    const none = { sent: 0, received: 0, two_computers: 0, joined_now: false, waiting: [], more: false };
    expect(reportText(none)).toBe("Nothing new on either side.");
    expect(reportText({ ...none, sent: 1, received: 1200 })).toBe("Done: sent 1 change, brought in 1,200 changes.");
    expect(reportText({ ...none, received: 2, two_computers: 1 })).toMatch(/One was changed on two computers at once; both versions are kept/);
    expect(reportText({ ...none, joined_now: true })).toMatch(/let in/);
  });

  it("asks for a name first", () => {
    expect(nameProblem("  ")).toMatch(/name/);
    expect(nameProblem("Desk")).toBeNull();
  });
});

describe("SyncState", () => {
  it("starts in a folder chosen in the dialog, with the name trimmed", async () => {
    const calls = ipc({ choose_path: "/home/a/Sync/journal", sync_start: view([LAPTOP]) });
    const s = new SyncState();
    expect(await s.start("  Laptop ")).toBe(true);
    const start = calls.find((c) => c.cmd === "sync_start")!;
    expect(start.args).toEqual({ folder: "/home/a/Sync/journal", name: "Laptop" });
    expect(calls.find((c) => c.cmd === "choose_path")!.args).toEqual({ purpose: "sync_folder" });
    expect(s.view?.status.folder).toBe("/home/a/Sync/journal");
    expect(s.said?.ok).toBe(true);
  });

  it("does nothing when the dialog is cancelled", async () => {
    const calls = ipc({ choose_path: null });
    const s = new SyncState();
    await s.join("Desk");
    expect(calls.map((c) => c.cmd)).toEqual(["choose_path"]);
    expect(s.said).toBeNull();
  });

  it("joins and shows the six words to compare", async () => {
    ipc({ choose_path: "/f", sync_join: "acorn maple river otter quilt harbor", sync_status: view([DESK], "acorn maple river otter quilt harbor") });
    const s = new SyncState();
    await s.join("Desk");
    expect(s.words).toBe("acorn maple river otter quilt harbor");
  });

  it("lets a computer in with the words both screens show", async () => {
    const calls = ipc({ sync_approve: view([LAPTOP, { ...DESK, state: "in_step", words: null }]) });
    const s = new SyncState();
    await s.approve(DESK);
    expect(calls[0].args).toEqual({ id: DESK.id, words: DESK.words });
    expect(s.said?.text).toMatch(/Desk can join now/);
  });

  it("joins with a lost computer's recovery code, and says plainly when the code opens nothing", async () => {
    const wrong = { code: "wrong_recovery_code", message: "that recovery code opens none of the computers' keys in this folder" };
    let calls = ipc({ choose_path: "/f" }, { sync_join_with_recovery: wrong });
    const s = new SyncState();
    expect(await s.joinWithRecovery("Spare", "ABCDE FGHJK")).toBe(false);
    expect(calls[1]).toEqual({ cmd: "sync_join_with_recovery", args: { folder: "/f", name: "Spare", recoveryCode: "ABCDE FGHJK" } });
    expect(s.said).toEqual({ text: wrong.message, ok: false });
    expect(s.view).toBeNull();

    calls = ipc({ choose_path: null });
    expect(await s.joinWithRecovery("Spare", "ABCDE FGHJK")).toBe(false);
    expect(calls.map((c) => c.cmd)).toEqual(["choose_path"]);

    ipc({ choose_path: "/f", sync_join_with_recovery: view([LAPTOP]) });
    expect(await s.joinWithRecovery(" Spare ", "ABCDE FGHJK")).toBe(true);
    expect(s.view?.status.joined).toBe(true);
    expect(s.said?.text).toMatch(/in step now/);
  });

  it("says why a task did not work, and is ready for the next", async () => {
    ipc({}, { sync_leave: { code: "internal", message: "could not write the folder" } });
    const s = new SyncState();
    expect(await s.leave()).toBe(false);
    expect(s.said).toEqual({ text: "could not write the folder", ok: false });
    expect(s.busy).toBeNull();
  });
});
