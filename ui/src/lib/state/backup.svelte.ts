// Settings → Backup & export: the snapshot settings and list, and one task at a time
// (a snapshot, a check, a restore, a backup file, an export, an import) with what it did,
// in words. The component makes one of these while it is on screen, so nothing of it
// outlives a lock.
import type {
  BackupStatus,
  ExportFormat,
  ExportReport,
  Holds,
  ImportReport,
  Progress,
  SnapshotInfo,
  SnapshotsRekeyed,
  Source,
  Verified,
} from "../bindings";
import * as api from "../services/backup";
import { AppFailure, messageOf } from "../services/result";
import { sentence } from "../sentence";
import { shortDateTime, type Zone } from "../dates";

export type Area = "snapshots" | "backup" | "export" | "import";
export type Task = "folder" | "choose_backup" | "choose_import" | "keep" | "snapshot" | "check" | "restore" | "backup" | "markdown" | "json" | "import";

/** What a task did, in words; `ok` false when it did not work. */
export interface Outcome {
  text: string;
  ok: boolean;
}

export const MIN_KEEP = 1;
export const MAX_KEEP = 365;

/** Returns `n thing` or `n things`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** Returns a size people read: "512 bytes", "48 KB", "3.2 MB". */
export function formatBytes(n: number): string {
  if (n < 1000) return count(n, "byte");
  const units = ["KB", "MB", "GB", "TB"];
  let v = n / 1000;
  let u = 0;
  while (v >= 999.5 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v < 10 ? v.toFixed(1).replace(/\.0$/, "") : Math.round(v)} ${units[u]}`;
}

/** Returns a snapshot's time as every list shows a moment (dates.ts), in the person's own
 *  time zone; `zone` is for tests. */
export function formatWhen(iso: string, zone: Zone = {}): string {
  return shortDateTime(iso, zone);
}

/** Tells whether a file to import is an encrypted backup, which opens with its passphrase. */
export function needsPassphrase(path: string): boolean {
  return /\.age$/i.test(path.trim());
}

/** The last part of a path, for naming a file in a sentence. */
export function fileName(path: string): string {
  return path.replace(/[/\\]+$/, "").split(/[/\\]/).pop() || path;
}

/** Returns "3 entries, 1 boundary, 2 agreements and 1 reminder": entries always, the other kinds
 *  when there are any. */
export function countsText(r: ExportReport): string {
  const parts = [count(r.entries, "entry", "entries")];
  if (r.boundaries) parts.push(count(r.boundaries, "boundary", "boundaries"));
  if (r.worksheets) parts.push(count(r.worksheets, "worksheet"));
  if (r.agreements) parts.push(count(r.agreements, "agreement"));
  if (r.reminders) parts.push(count(r.reminders, "reminder"));
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** Names the records that could not be read and were left out, if any. */
export function leftOutText(r: ExportReport): string {
  if (!r.left_out.length) return "";
  const they = r.left_out.length === 1 ? "It is" : "They are";
  return ` ${count(r.left_out.length, "record")} could not be read and ${r.left_out.length === 1 ? "was" : "were"} left out: ${r.left_out.join(", ")}. ${they} damaged in your journal too; everything else is in the file.`;
}

/** Returns "12 entries, 3 boundaries and 1 reminder": the kinds a snapshot holds (counts only),
 *  "no records yet" when it holds none, or "cannot be read" without counts. */
export function holdsText(h: Holds | null): string {
  if (!h) return "cannot be read";
  const parts: string[] = [];
  if (h.entries) parts.push(count(h.entries, "entry", "entries"));
  if (h.boundaries) parts.push(count(h.boundaries, "boundary", "boundaries"));
  if (h.worksheets) parts.push(count(h.worksheets, "worksheet"));
  if (h.agreements) parts.push(count(h.agreements, "agreement"));
  if (h.reminders) parts.push(count(h.reminders, "reminder"));
  if (h.drafts) parts.push(count(h.drafts, "unsaved check-in"));
  if (!parts.length) return "no records yet";
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** What re-keying did with the snapshots made under the old key, in words ("" if there were none). */
export function rekeyedSnapshotsText(s: SnapshotsRekeyed): string {
  const out: string[] = [];
  if (s.removed) {
    const old = `${count(s.removed, "snapshot")} made with the old key ${s.removed === 1 ? "was" : "were"} deleted`;
    out.push(s.fresh ? `${old}, and a new one took ${s.removed === 1 ? "its" : "their"} place.` : `${old}. Take a new one in Backup & export below.`);
  }
  for (const folder of s.not_changed) {
    out.push(`Snapshots in ${folder} were not changed: that folder could not be reached. Delete them, or they still open with the old passphrase and recovery code (the next snapshot taken there replaces them).`);
  }
  return out.join(" ");
}

/** What a snapshot's check found. */
export function checkText(v: Verified): Outcome {
  if (!v.damaged.length) {
    const what = v.holds ? ` It holds ${holdsText(v.holds)}.` : "";
    return { ok: true, text: `All ${count(v.checked, "record")} read. This snapshot is whole.${what}` };
  }
  const names = v.damaged.map((d) => `${d.kind} ${d.id}`).join(", ");
  return {
    ok: false,
    text: `${count(v.checked, "record")} checked. ${count(v.damaged.length, "record")} could not be read: ${names}. The rest of this snapshot is fine.`,
  };
}

/** What an import did, in the words the screen uses. */
export function importText(r: ImportReport, source: Source): string {
  const kind = source === "trellis" ? ["record", "records"] : ["entry", "entries"];
  const out: string[] = [];
  if (r.added) out.push(`Imported ${count(r.added, kind[0], kind[1])}.`);
  else out.push(r.already_there ? "Nothing new to import." : `There was nothing to import in this file.`);
  if (r.already_there) {
    const were = r.already_there === 1 ? "was" : "were";
    out.push(
      r.added
        ? `${r.already_there.toLocaleString()} ${were} already here and ${were} left as ${r.already_there === 1 ? "it is" : "they are"}.`
        : `${r.already_there === 1 ? "The one" : `All ${r.already_there.toLocaleString()}`} ${r.already_there === 1 ? kind[0] : kind[1]} ${were} already here and ${were} left as ${r.already_there === 1 ? "it is" : "they are"}.`,
    );
  }
  if (r.photos_skipped) {
    out.push(`${count(r.photos_skipped, "photo")} ${r.photos_skipped === 1 ? "was" : "were"} skipped: your journal keeps text only.`);
  }
  return out.join(" ");
}

/** Says what went wrong in plain words; `nothing` ends it ("Nothing was imported.") when the
 *  failure left everything as it was. */
export function failureText(e: unknown, nothing = ""): string {
  // Core messages sometimes say it already ("…; nothing was imported").
  const said = messageOf(e).toLowerCase().includes(nothing.replace(/\.$/, "").toLowerCase());
  const tail = nothing && !said ? ` ${nothing}` : "";
  if (e instanceof AppFailure) {
    switch (e.code) {
      case "file_exists":
        return `Something is already there, and this app never writes over files. Choose a new name, or a new, empty folder.${tail}`;
      case "disk_full":
        return `The disk is full. Make some room, then try again.${tail}`;
      case "locked":
        return `Your journal is locked. Unlock it, then try again.${tail}`;
    }
  }
  return `${sentence(messageOf(e))}${tail}`;
}

/** Why a number of snapshots to keep cannot be used, or null when it can. */
export function keepProblem(n: number): string | null {
  return Number.isInteger(n) && n >= MIN_KEEP && n <= MAX_KEEP ? null : `Choose a whole number from ${MIN_KEEP} to ${MAX_KEEP}.`;
}

const BUSY: Record<Task, string> = {
  folder: "Choosing a folder…",
  choose_backup: "Choosing where to save…",
  choose_import: "Choosing a file…",
  keep: "Saving…",
  snapshot: "Taking a snapshot…",
  check: "Checking the snapshot…",
  restore: "Restoring…",
  backup: "Making the backup file…",
  markdown: "Exporting…",
  json: "Exporting…",
  import: "Importing…",
};

const AREA: Record<Task, Area> = {
  folder: "snapshots",
  choose_backup: "backup",
  choose_import: "import",
  keep: "snapshots",
  snapshot: "snapshots",
  check: "snapshots",
  restore: "snapshots",
  backup: "backup",
  markdown: "export",
  json: "export",
  import: "import",
};

/** A check or a restore under way or done, for one snapshot in the list. */
export interface RowAction {
  path: string;
  action: "check" | "restore";
  outcome: Outcome | null;
}

export class BackupState {
  status = $state<BackupStatus | null>(null);
  loadError = $state<string | null>(null);
  /** The task running; every other action waits for it. */
  busy = $state<Task | null>(null);
  progress = $state<Progress | null>(null);
  outcome = $state<Record<Area, Outcome | null>>({ snapshots: null, backup: null, export: null, import: null });
  row = $state<RowAction | null>(null);
  /** Where the backup file goes, once chosen: the form then asks for its passphrase. */
  backupPath = $state<string | null>(null);
  importSource = $state<Source>("jrnl");
  importPath = $state<string | null>(null);

  /** `onImported` reloads what the journal shows after an import added something. */
  constructor(private readonly onImported: () => Promise<void> = async () => {}) {}

  /** What the running task is doing, shown in `area` only (empty elsewhere). */
  busyText(area: Area): string {
    return this.busy && AREA[this.busy] === area ? BUSY[this.busy] : "";
  }

  get last(): SnapshotInfo | null {
    return this.status?.snapshots[0] ?? null;
  }

  async load(): Promise<void> {
    try {
      this.status = await api.status();
      this.loadError = null;
    } catch (e) {
      this.loadError = failureText(e);
    }
  }

  /** Runs one task: nothing else starts meanwhile, and what it did (or why it did not work)
   *  goes to `area`. `work` returns null when the person cancelled a dialog. */
  private async run<T>(
    area: Area,
    task: Task,
    work: () => Promise<T | null>,
    done: (v: T) => string,
    failed: (e: unknown) => string = (e) => failureText(e),
  ): Promise<boolean> {
    if (this.busy) return false;
    this.busy = task;
    this.outcome[area] = null;
    try {
      const v = await work();
      if (v === null) return false;
      this.outcome[area] = { ok: true, text: done(v) };
      return true;
    } catch (e) {
      this.outcome[area] = { ok: false, text: failed(e) };
      return false;
    } finally {
      this.busy = null;
      this.progress = null;
    }
  }

  /** The folder argument that keeps the folder as it is (null keeps the default). */
  private get folderAsIs(): string | null {
    return !this.status || this.status.default_folder ? null : this.status.folder;
  }

  changeFolder(): Promise<boolean> {
    return this.run(
      "snapshots",
      "folder",
      async () => {
        const folder = await api.choosePath("snapshot_folder");
        if (folder === null) return null;
        return (this.status = await api.setSnapshots(folder, this.status?.keep ?? 10));
      },
      (s) => `From now on, snapshots go to ${s.folder}.`,
    );
  }

  useDefaultFolder(): Promise<boolean> {
    return this.run(
      "snapshots",
      "folder",
      async () => (this.status = await api.setSnapshots(null, this.status?.keep ?? 10)),
      (s) => `Snapshots go to the usual folder again: ${s.folder}.`,
    );
  }

  setKeep(keep: number): Promise<boolean> {
    const problem = keepProblem(keep);
    if (problem) {
      this.outcome.snapshots = { ok: false, text: problem };
      return Promise.resolve(false);
    }
    return this.run(
      "snapshots",
      "keep",
      async () => (this.status = await api.setSnapshots(this.folderAsIs, keep)),
      (s) => `The newest ${count(s.keep, "snapshot")} ${s.keep === 1 ? "is" : "are"} kept.`,
    );
  }

  takeSnapshot(): Promise<boolean> {
    return this.run(
      "snapshots",
      "snapshot",
      async () => (this.status = await api.snapshotNow()),
      (s) => {
        const last = s.snapshots[0];
        return last ? `Snapshot taken: ${formatWhen(last.made_at)}, ${formatBytes(last.bytes)}, with ${holdsText(last.holds)}.` : "Snapshot taken.";
      },
    );
  }

  /** Opens the check or restore panel under one snapshot (or closes it if it is open). */
  openRow(path: string, action: RowAction["action"]): void {
    if (this.busy) return;
    this.row = this.row?.path === path && this.row.action === action ? null : { path, action, outcome: null };
  }

  async check(path: string, passphrase: string): Promise<boolean> {
    if (this.busy || !passphrase) return false;
    this.busy = "check";
    this.row = { path, action: "check", outcome: null };
    try {
      const outcome = checkText(await api.checkSnapshot(path, passphrase));
      this.row = { path, action: "check", outcome };
      return outcome.ok;
    } catch (e) {
      const text = e instanceof AppFailure && e.code === "wrong_passphrase"
        ? "That passphrase does not open this snapshot. A snapshot opens with the passphrase you had on the day it was made."
        : failureText(e);
      this.row = { path, action: "check", outcome: { ok: false, text } };
      return false;
    } finally {
      this.busy = null;
    }
  }

  async restore(path: string): Promise<boolean> {
    if (this.busy) return false;
    this.busy = "restore";
    this.row = { path, action: "restore", outcome: null };
    try {
      const to = await api.choosePath("new_folder");
      if (to === null) return false;
      await api.restoreSnapshot(path, to);
      const text = `The snapshot is restored into ${to}. Your journal here is just as it was. To open the copy, start the app with --vault "${to}" (or, in a terminal, trellis --vault "${to}").`;
      this.row = { path, action: "restore", outcome: { ok: true, text } };
      return true;
    } catch (e) {
      const text = e instanceof AppFailure && e.code === "file_exists"
        ? "That folder is not empty. Choose a new, empty folder: a restore never writes over anything."
        : failureText(e, "Nothing was changed.");
      this.row = { path, action: "restore", outcome: { ok: false, text } };
      return false;
    } finally {
      this.busy = null;
    }
  }

  async chooseBackupFile(): Promise<void> {
    if (this.busy) return;
    this.busy = "choose_backup";
    this.outcome.backup = null;
    try {
      const path = await api.choosePath("backup_file");
      if (path !== null) this.backupPath = path;
    } catch (e) {
      this.outcome.backup = { ok: false, text: failureText(e) };
    } finally {
      this.busy = null;
    }
  }

  cancelBackup(): void {
    this.backupPath = null;
  }

  async makeBackup(passphrase: string): Promise<boolean> {
    const path = this.backupPath;
    if (!path || !passphrase) return false;
    const ok = await this.run(
      "backup",
      "backup",
      () => api.writeBackup(path, passphrase),
      (r) => `The backup file is saved: ${path}. It holds ${countsText(r)}.${leftOutText(r)} It opens with the passphrase you just chose.`,
    );
    if (ok) this.backupPath = null;
    return ok;
  }

  exportAs(format: ExportFormat): Promise<boolean> {
    return this.run(
      "export",
      format,
      async () => {
        const path = await api.choosePath(format === "json" ? "json_file" : "new_folder");
        if (path === null) return null;
        if (format === "markdown") this.progress = { done: 0, total: 0 };
        const report = await api.exportReadable(format, path, (p) => (this.progress = p));
        return { path, report };
      },
      ({ path, report }) =>
        `Exported ${countsText(report)} ${format === "json" ? "as JSON to" : "as Markdown files into"} ${path}.${leftOutText(report)}`,
    );
  }

  async chooseImportFile(): Promise<void> {
    if (this.busy) return;
    this.busy = "choose_import";
    this.outcome.import = null;
    try {
      const path = await api.choosePath("import_file");
      if (path === null) return;
      this.importPath = path;
      // Only a Trellis backup is an age file.
      if (needsPassphrase(path)) this.importSource = "trellis";
    } catch (e) {
      this.outcome.import = { ok: false, text: failureText(e) };
    } finally {
      this.busy = null;
    }
  }

  /** Tells whether the chosen file can be imported with what is typed. */
  canImport(passphrase: string): boolean {
    return !!this.importPath && !this.busy && (!needsPassphrase(this.importPath) || passphrase.length > 0);
  }

  async runImport(passphrase: string): Promise<boolean> {
    const path = this.importPath;
    if (!path || !this.canImport(passphrase)) return false;
    const source = this.importSource;
    let added = 0;
    const ok = await this.run(
      "import",
      "import",
      async () => {
        const r = await api.importFile(source, path, needsPassphrase(path) ? passphrase : null);
        added = r.added;
        return r;
      },
      (r) => importText(r, source),
      (e) => {
        if (e instanceof AppFailure && e.code === "wrong_passphrase") return "That passphrase does not open this backup. Nothing was imported.";
        return failureText(e, "Nothing was imported.");
      },
    );
    if (ok) {
      this.importPath = null;
      if (added) await this.onImported();
    }
    return ok;
  }
}
