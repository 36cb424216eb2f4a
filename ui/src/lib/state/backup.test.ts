import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import type { BackupStatus } from "../bindings";
import {
  BackupState,
  checkText,
  countsText,
  holdsText,
  rekeyedSnapshotsText,
  fileName,
  formatBytes,
  formatWhen,
  importText,
  keepProblem,
  needsPassphrase,
} from "./backup.svelte";

const STATUS: BackupStatus = {
  folder: "/home/a/.local/share/trellis/snapshots",
  default_folder: true,
  keep: 10,
  problem: null,
  snapshots: [{ path: "/s/2026-11-23.db", made_at: "2026-11-23T10:00:00Z", bytes: 48_213, holds: null }],
};
const HOLDS = { entries: 12, boundaries: 3, worksheets: 0, agreements: 1, reminders: 0, drafts: 0 };
const NONE = { entries: 0, boundaries: 0, worksheets: 0, agreements: 0, reminders: 0, drafts: 0 };
const REPORT = { entries: 12, boundaries: 1, worksheets: 0, agreements: 2, reminders: 0, left_out: [] };

afterEach(() => clearMocks());

/** Answers commands from `answers` (a function is called with the arguments; an `Error`-like
 *  `{ code, message }` under `fail` is thrown as the command's error) and records each call. */
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

describe("words and numbers", () => {
  it("formats sizes people read", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(48_213)).toBe("48 KB");
    expect(formatBytes(1_500)).toBe("1.5 KB");
    expect(formatBytes(3_200_000)).toBe("3.2 MB");
    expect(formatBytes(999_900)).toBe("1 MB"); // not "1000 KB"
    expect(formatBytes(2_000_000_000)).toBe("2 GB");
  });

  it("formats a time as the lists do, and leaves something unreadable as it is", () => {
    const utc = { locale: "en-GB", timeZone: "UTC" };
    expect(formatWhen("2026-11-23T10:05:00Z", utc)).toBe("23 Nov 2026, 10:05");
    expect(formatWhen("not a date", utc)).toBe("not a date");
  });

  it("asks for a passphrase for .age files only", () => {
    expect(needsPassphrase("/b/trellis-backup.age")).toBe(true);
    expect(needsPassphrase("/b/BACKUP.AGE")).toBe(true);
    expect(needsPassphrase("/b/export.json")).toBe(false);
    expect(needsPassphrase("/b/age")).toBe(false);
    expect(needsPassphrase("/b/dayone.zip")).toBe(false);
  });

  it("names files and counts", () => {
    expect(fileName("/home/a/jrnl.json")).toBe("jrnl.json");
    expect(fileName("C:\\Users\\a\\x.age")).toBe("x.age");
    expect(countsText(REPORT)).toBe("12 entries, 1 boundary and 2 agreements");
    expect(countsText({ ...REPORT, boundaries: 0, agreements: 0 })).toBe("12 entries");
    expect(countsText({ ...REPORT, entries: 1, boundaries: 0, agreements: 0 })).toBe("1 entry");
    expect(countsText({ ...REPORT, reminders: 3 })).toBe("12 entries, 1 boundary, 2 agreements and 3 reminders");
  });

  it("says what an import did", () => {
    expect(importText({ added: 120, already_there: 3, photos_skipped: 14 }, "day_one")).toBe(
      "Imported 120 entries. 3 were already here and were left as they are. 14 photos were skipped: your journal keeps text only.",
    );
    expect(importText({ added: 1, already_there: 0, photos_skipped: 0 }, "jrnl")).toBe("Imported 1 entry.");
    expect(importText({ added: 0, already_there: 4, photos_skipped: 0 }, "jrnl")).toBe(
      "Nothing new to import. All 4 entries were already here and were left as they are.",
    );
    expect(importText({ added: 2, already_there: 1, photos_skipped: 0 }, "trellis")).toBe(
      "Imported 2 records. 1 was already here and was left as it is.",
    );
    expect(importText({ added: 0, already_there: 0, photos_skipped: 0 }, "jrnl")).toBe("There was nothing to import in this file.");
  });

  it("says what a snapshot holds, in counts only", () => {
    expect(holdsText(HOLDS)).toBe("12 entries, 3 boundaries and 1 agreement");
    expect(holdsText({ ...NONE, entries: 1 })).toBe("1 entry");
    expect(holdsText({ ...NONE, reminders: 2, drafts: 1 })).toBe("2 reminders and 1 unsaved check-in");
    expect(holdsText(NONE)).toBe("no records yet");
    expect(holdsText(null)).toBe("cannot be read");
  });

  it("says what re-keying did with the snapshots, naming a folder it could not reach", () => {
    const fresh = { path: "/s/new.snapshot", made_at: "2026-11-24T09:00:00Z", bytes: 1, holds: HOLDS };
    expect(rekeyedSnapshotsText({ removed: 0, fresh: null, not_changed: [] })).toBe("");
    expect(rekeyedSnapshotsText({ removed: 3, fresh, not_changed: [] })).toBe(
      "3 snapshots made with the old key were deleted, and a new one took their place.",
    );
    const away = rekeyedSnapshotsText({ removed: 1, fresh: null, not_changed: ["/media/usb/snapshots"] });
    expect(away).toMatch(/^1 snapshot made with the old key was deleted\. Take a new one/);
    expect(away).toContain("Snapshots in /media/usb/snapshots were not changed");
    expect(away).toContain("they still open with the old passphrase and recovery code");
  });

  it("says what a check found", () => {
    expect(checkText({ checked: 42, damaged: [], holds: HOLDS })).toEqual({
      ok: true,
      text: "All 42 records read. This snapshot is whole. It holds 12 entries, 3 boundaries and 1 agreement.",
    });
    const bad = checkText({ checked: 42, damaged: [{ kind: "entry", id: "0193" }], holds: HOLDS });
    expect(bad.ok).toBe(false);
    expect(bad.text).toBe("42 records checked. 1 record could not be read: entry 0193. The rest of this snapshot is fine.");
  });

  it("keeps from 1 to 365 snapshots", () => {
    expect(keepProblem(1)).toBeNull();
    expect(keepProblem(365)).toBeNull();
    expect(keepProblem(0)).toMatch(/from 1 to 365/);
    expect(keepProblem(366)).toMatch(/from 1 to 365/);
    expect(keepProblem(2.5)).toMatch(/whole number/);
    expect(keepProblem(NaN)).toMatch(/whole number/);
  });
});

describe("snapshots", () => {
  it("takes one with a busy state, then shows it", async () => {
    let answer: (v: BackupStatus) => void = () => undefined;
    ipc({ backup_status: STATUS, snapshot_now: () => new Promise((r) => (answer = r)) });
    const b = new BackupState();
    await b.load();
    expect(b.last?.bytes).toBe(48_213);

    const taking = b.takeSnapshot();
    await Promise.resolve();
    expect(b.busy).toBe("snapshot");
    expect(b.busyText("snapshots")).toBe("Taking a snapshot…");
    expect(b.busyText("import")).toBe("");
    // One task at a time: a second click while busy does nothing.
    expect(await b.takeSnapshot()).toBe(false);

    const newer = { path: "/s/2026-11-24.db", made_at: "2026-11-24T09:00:00Z", bytes: 50_000, holds: { ...NONE, entries: 2 } };
    answer({ ...STATUS, snapshots: [newer, ...STATUS.snapshots] });
    expect(await taking).toBe(true);
    expect(b.busy).toBeNull();
    expect(b.last).toEqual(newer);
    expect(b.outcome.snapshots).toEqual({ ok: true, text: expect.stringMatching(/^Snapshot taken: .*, 50 KB, with 2 entries\.$/) });
  });

  it("keeps the default folder when only the number changes, and refuses a number out of range", async () => {
    const calls = ipc({ backup_status: STATUS, set_snapshots: (a: { keep: number }) => ({ ...STATUS, keep: a.keep }) });
    const b = new BackupState();
    await b.load();
    expect(await b.setKeep(0)).toBe(false);
    expect(b.outcome.snapshots?.ok).toBe(false);
    expect(calls.some((c) => c.cmd === "set_snapshots")).toBe(false);

    expect(await b.setKeep(30)).toBe(true);
    expect(calls.at(-1)).toEqual({ cmd: "set_snapshots", args: { folder: null, keep: 30 } });
    expect(b.outcome.snapshots?.text).toBe("The newest 30 snapshots are kept.");
  });

  it("changes the folder only when one was chosen", async () => {
    let chosen: string | null = null;
    const calls = ipc({ backup_status: STATUS, choose_path: () => chosen, set_snapshots: (a: { folder: string }) => ({ ...STATUS, folder: a.folder, default_folder: false }) });
    const b = new BackupState();
    await b.load();
    expect(await b.changeFolder()).toBe(false);
    expect(calls.some((c) => c.cmd === "set_snapshots")).toBe(false);
    expect(b.outcome.snapshots).toBeNull();

    chosen = "/media/usb/trellis";
    expect(await b.changeFolder()).toBe(true);
    expect(calls.at(-1)).toEqual({ cmd: "set_snapshots", args: { folder: "/media/usb/trellis", keep: 10 } });
    expect(b.status?.default_folder).toBe(false);
  });

  it("checks with the passphrase and says so when it is not the one of that day", async () => {
    ipc({ check_snapshot: { checked: 7, damaged: [] } });
    const b = new BackupState();
    expect(await b.check("/s/1.db", "right words")).toBe(true);
    expect(b.row).toEqual({ path: "/s/1.db", action: "check", outcome: { ok: true, text: "All 7 records read. This snapshot is whole." } });

    ipc({}, { check_snapshot: { code: "wrong_passphrase", message: "wrong passphrase" } });
    expect(await b.check("/s/1.db", "other words")).toBe(false);
    expect(b.row?.outcome?.text).toMatch(/passphrase you had on the day/);
  });

  it("restores into a new folder and says how to open it; a folder in use is refused calmly", async () => {
    const calls = ipc({ choose_path: "/home/a/restored", restore_snapshot: "/home/a/restored/trellis.db" });
    const b = new BackupState();
    expect(await b.restore("/s/1.db")).toBe(true);
    expect(calls.at(-1)).toEqual({ cmd: "restore_snapshot", args: { path: "/s/1.db", to: "/home/a/restored" } });
    expect(b.row?.outcome?.text).toMatch(/just as it was.*--vault "\/home\/a\/restored"/);

    ipc({ choose_path: "/home/a" }, { restore_snapshot: { code: "file_exists", message: "/home/a is not empty" } });
    expect(await b.restore("/s/1.db")).toBe(false);
    expect(b.row?.outcome).toEqual({ ok: false, text: expect.stringMatching(/not empty.*never writes over/) });
  });
});

describe("backup file and export", () => {
  it("asks where first, then writes the file with its own passphrase", async () => {
    const calls = ipc({ choose_path: "/b/trellis-backup.age", write_backup: REPORT });
    const b = new BackupState();
    await b.chooseBackupFile();
    expect(b.backupPath).toBe("/b/trellis-backup.age");
    expect(await b.makeBackup("")).toBe(false);
    expect(await b.makeBackup("new words for the file")).toBe(true);
    expect(calls.at(-1)).toEqual({ cmd: "write_backup", args: { path: "/b/trellis-backup.age", passphrase: "new words for the file" } });
    expect(b.backupPath).toBeNull();
    expect(b.outcome.backup?.text).toMatch(/12 entries, 1 boundary and 2 agreements.*opens with the passphrase you just chose/);
    // How to open it with other tools is in a fold of its own, not in what a save says.
    expect(b.outcome.backup?.text).not.toMatch(/age -d/);
  });

  it("keeps the chosen place when the file is already there", async () => {
    ipc({ choose_path: "/b/x.age" }, { write_backup: { code: "file_exists", message: "/b/x.age exists" } });
    const b = new BackupState();
    await b.chooseBackupFile();
    expect(await b.makeBackup("words")).toBe(false);
    expect(b.backupPath).toBe("/b/x.age");
    expect(b.outcome.backup).toEqual({ ok: false, text: expect.stringMatching(/never writes over files/) });
  });

  it("exports Markdown into the chosen folder and names what was left out", async () => {
    const calls = ipc({ choose_path: "/e/md", export_readable: { ...REPORT, left_out: [{ kind: "entry", id: "0193" }, { kind: "boundary", id: "0194", version: 2 }] } });
    const b = new BackupState();
    expect(await b.exportAs("markdown")).toBe(true);
    expect(calls[0]).toEqual({ cmd: "choose_path", args: { purpose: "new_folder" } });
    expect(calls[1].args).toMatchObject({ format: "markdown", path: "/e/md" });
    expect(b.progress).toBeNull();
    expect(b.outcome.export?.text).toMatch(/^Exported 12 entries.* as Markdown files into \/e\/md\. 2 records could not be read and were left out: entry 0193, an earlier version of boundary 0194\./);
  });

  it("does nothing when the dialog is cancelled", async () => {
    const calls = ipc({ choose_path: null });
    const b = new BackupState();
    expect(await b.exportAs("json")).toBe(false);
    expect(calls.map((c) => c.cmd)).toEqual(["choose_path"]);
    expect(b.outcome.export).toBeNull();
    expect(b.busy).toBeNull();
  });
});

describe("import", () => {
  it("imports a jrnl file without a passphrase and reloads the journal", async () => {
    let reloaded = 0;
    const calls = ipc({ choose_path: "/i/jrnl.json", import_file: { added: 3, already_there: 0, photos_skipped: 0 } });
    const b = new BackupState(async () => void reloaded++);
    await b.chooseImportFile();
    expect(b.canImport("")).toBe(true);
    expect(await b.runImport("typed by mistake")).toBe(true);
    expect(calls.at(-1)).toEqual({ cmd: "import_file", args: { source: "jrnl", path: "/i/jrnl.json", passphrase: null } });
    expect(b.outcome.import?.text).toBe("Imported 3 entries.");
    expect(reloaded).toBe(1);
    expect(b.importPath).toBeNull();
  });

  it("needs the backup's passphrase for a .age file, which is a Trellis backup", async () => {
    const calls = ipc({ choose_path: "/i/backup.age", import_file: { added: 0, already_there: 5, photos_skipped: 0 } });
    let reloaded = 0;
    const b = new BackupState(async () => void reloaded++);
    await b.chooseImportFile();
    expect(b.importSource).toBe("trellis");
    expect(b.canImport("")).toBe(false);
    expect(await b.runImport("")).toBe(false);
    expect(await b.runImport("backup words")).toBe(true);
    expect(calls.at(-1)?.args).toEqual({ source: "trellis", path: "/i/backup.age", passphrase: "backup words" });
    expect(reloaded).toBe(0); // nothing new
  });

  it("shows an invalid file's message as it is, says nothing was imported, and keeps the file chosen", async () => {
    ipc({ choose_path: "/i/bad.json" }, { import_file: { code: "invalid", message: "entry 2: date: not a date: \"yesterday\"" } });
    let reloaded = 0;
    const b = new BackupState(async () => void reloaded++);
    await b.chooseImportFile();
    expect(await b.runImport("")).toBe(false);
    expect(b.outcome.import).toEqual({ ok: false, text: "Entry 2: date: not a date: \"yesterday\". Nothing was imported." });
    expect(b.importPath).toBe("/i/bad.json");
    expect(reloaded).toBe(0);
  });

  it("does not say twice that nothing was imported", async () => {
    ipc({ choose_path: "/i/bad.json" }, { import_file: { code: "invalid", message: "entry 2 (counting from 1): `date` must look like 2024-05-31; nothing was imported" } });
    const b = new BackupState();
    await b.chooseImportFile();
    await b.runImport("");
    expect(b.outcome.import?.text).toBe("Entry 2 (counting from 1): `date` must look like 2024-05-31; nothing was imported.");
  });

  it("says a wrong backup passphrase in plain words", async () => {
    ipc({ choose_path: "/i/b.age" }, { import_file: { code: "wrong_passphrase", message: "wrong passphrase" } });
    const b = new BackupState();
    await b.chooseImportFile();
    expect(await b.runImport("nope")).toBe(false);
    expect(b.outcome.import?.text).toBe("That passphrase does not open this backup. Nothing was imported.");
  });
});
