import { render, screen, cleanup } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { session } from "../state/session.svelte";
import SettingsView from "./SettingsView.svelte";
import RecoveryCode from "./RecoveryCode.svelte";
import Recover from "./Recover.svelte";
import Unlock from "./Unlock.svelte";
import CreateVault from "./CreateVault.svelte";

afterEach(() => {
  cleanup();
  clearMocks();
  session.name = "Trellis";
});

function backend() {
  mockIPC((cmd) => {
    if (cmd === "settings") {
      return { auto_lock_minutes: 5, journal_history: false, snapshot_folder: null, snapshot_keep: 10, snapshot_problem: null, name_as_notes: true };
    }
    if (cmd === "backup_status") return { folder: "/home/a/.local/share/notes/snapshots", default_folder: true, keep: 10, problem: "the disk is full", snapshots: [] };
    if (cmd === "sync_status") throw { code: "internal", message: "not now" };
  });
}

/** Every word on the page, visible or kept for a screen reader. */
function words(): string {
  return document.body.textContent ?? "";
}

describe("with the name “Notes” on", () => {
  it("no screen says Trellis or vault", async () => {
    backend();
    session.name = "Notes";
    render(SettingsView);
    await screen.findByTestId("snapshot-problem");
    render(RecoveryCode, { code: "QPZRY9 X8GF2T VDW0S3", onDone: () => {} });
    render(Recover);
    render(Unlock);
    const text = words();
    // The text really is there (the screens rendered), and names the app as the person chose.
    expect(text).toMatch(/Notes will try again later/);
    expect(text).toMatch(/Notes does not keep it/);
    expect(text).not.toMatch(/trellis/i);
    // `--vault` is the command line's own option, named in a code span, never as a word.
    expect(text.replace(/--vault/g, "")).not.toMatch(/\bvault/i);
  });

  it("the first-run screen, before any name is chosen, talks of a journal, not a vault", async () => {
    render(CreateVault);
    expect(words()).not.toMatch(/\bvault/i);
    expect(screen.getByRole("button", { name: "Create my journal" })).toBeTruthy();
  });
});
