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
import { t } from "../i18n.svelte";

export type Area = "snapshots" | "backup" | "export" | "import";
export type Task = "folder" | "choose_backup" | "choose_import" | "keep" | "snapshot" | "check" | "restore" | "backup" | "markdown" | "json" | "import";

/** What a task did, in words; `ok` false when it did not work. */
export interface Outcome {
  text: string;
  ok: boolean;
}

export const MIN_KEEP = 1;
export const MAX_KEEP = 365;

/** Joins counts as a sentence lists them: "12 entries, 3 boundaries and 1 agreement". */
function listText(parts: string[]): string {
  return parts.length === 1 ? parts[0] : t("backup-list", { rest: parts.slice(0, -1).join(", "), last: parts.at(-1)! });
}

/** Returns a size people read: "512 bytes", "48 KB", "3.2 MB". */
export function formatBytes(n: number): string {
  if (n < 1000) return t("backup-size-bytes", { count: n });
  const units = ["KB", "MB", "GB", "TB"];
  let v = n / 1000;
  let u = 0;
  while (v >= 999.5 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  // One decimal under 10 ("3.2 MB"), none above; Fluent writes the number in the language shown.
  return t("backup-size", { size: v < 10 ? Math.round(v * 10) / 10 : Math.round(v), unit: units[u] });
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
  const parts = [t("backup-count-entries", { count: r.entries })];
  if (r.boundaries) parts.push(t("backup-count-boundaries", { count: r.boundaries }));
  if (r.worksheets) parts.push(t("backup-count-worksheets", { count: r.worksheets }));
  if (r.agreements) parts.push(t("backup-count-agreements", { count: r.agreements }));
  if (r.reminders) parts.push(t("backup-count-reminders", { count: r.reminders }));
  return listText(parts);
}

/** Names the records that could not be read and were left out, if any ("" if none), with a
 *  space before it, to follow a sentence. */
export function leftOutText(r: ExportReport): string {
  if (!r.left_out.length) return "";
  const names = r.left_out.map((l) =>
    t(l.version == null ? "backup-left-out-record" : "backup-left-out-version", { kind: l.kind, id: l.id }),
  );
  return ` ${t("backup-left-out", { count: r.left_out.length, names: names.join(", ") })}`;
}

/** Returns "12 entries, 3 boundaries and 1 reminder": the kinds a snapshot holds (counts only),
 *  "no records yet" when it holds none, or "cannot be read" without counts. */
export function holdsText(h: Holds | null): string {
  if (!h) return t("backup-holds-unreadable");
  const parts: string[] = [];
  if (h.entries) parts.push(t("backup-count-entries", { count: h.entries }));
  if (h.boundaries) parts.push(t("backup-count-boundaries", { count: h.boundaries }));
  if (h.worksheets) parts.push(t("backup-count-worksheets", { count: h.worksheets }));
  if (h.agreements) parts.push(t("backup-count-agreements", { count: h.agreements }));
  if (h.reminders) parts.push(t("backup-count-reminders", { count: h.reminders }));
  if (h.drafts) parts.push(t("backup-count-drafts", { count: h.drafts }));
  if (!parts.length) return t("backup-holds-nothing");
  return listText(parts);
}

/** What re-keying did with the snapshots made under the old key, in words ("" if there were none). */
export function rekeyedSnapshotsText(s: SnapshotsRekeyed): string {
  const out: string[] = [];
  if (s.removed) {
    out.push(s.fresh ? t("backup-rekeyed-replaced", { count: s.removed }) : t("backup-rekeyed-removed", { count: s.removed }));
  }
  for (const folder of s.not_changed) {
    out.push(t("backup-rekeyed-not-changed", { folder }));
  }
  return out.join(" ");
}

/** What a snapshot's check found. */
export function checkText(v: Verified): Outcome {
  if (!v.damaged.length) {
    const whole = t("backup-check-whole", { count: v.checked });
    return { ok: true, text: v.holds ? `${whole} ${t("backup-check-holds", { holds: holdsText(v.holds) })}` : whole };
  }
  const names = v.damaged.map((d) => t("backup-check-damaged-record", { kind: d.kind, id: d.id })).join(", ");
  return {
    ok: false,
    text: [
      t("backup-check-checked", { count: v.checked }),
      t("backup-check-unreadable", { count: v.damaged.length, names }),
      t("backup-check-rest-fine"),
    ].join(" "),
  };
}

/** What an import did, in the words the screen uses. */
export function importText(r: ImportReport, source: Source): string {
  // A file made here holds every kind of record; the other apps' files hold entries.
  const records = source === "trellis";
  const out: string[] = [];
  if (r.added) out.push(records ? t("backup-imported-records", { count: r.added }) : t("backup-imported-entries", { count: r.added }));
  else out.push(r.already_there ? t("backup-import-nothing-new") : t("backup-import-empty"));
  if (r.already_there) {
    const count = r.already_there;
    out.push(
      r.added
        ? t("backup-import-some-there", { count })
        : records
          ? t("backup-import-all-records-there", { count })
          : t("backup-import-all-entries-there", { count }),
    );
  }
  if (r.photos_skipped) out.push(t("backup-import-photos-skipped", { count: r.photos_skipped }));
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
        return `${t("backup-failed-exists")}${tail}`;
      case "disk_full":
        return `${t("backup-failed-disk-full")}${tail}`;
      case "locked":
        return `${t("backup-failed-locked")}${tail}`;
    }
  }
  return `${sentence(messageOf(e))}${tail}`;
}

/** Why a number of snapshots to keep cannot be used, or null when it can. */
export function keepProblem(n: number): string | null {
  return Number.isInteger(n) && n >= MIN_KEEP && n <= MAX_KEEP ? null : t("backup-keep-problem", { min: MIN_KEEP, max: MAX_KEEP });
}

/** What each task is doing, in the language shown when it is asked. */
const BUSY: Record<Task, () => string> = {
  folder: () => t("backup-busy-folder"),
  choose_backup: () => t("backup-busy-choose-backup"),
  choose_import: () => t("backup-busy-choose-import"),
  keep: () => t("backup-busy-keep"),
  snapshot: () => t("backup-busy-snapshot"),
  check: () => t("backup-busy-check"),
  restore: () => t("backup-busy-restore"),
  backup: () => t("backup-busy-backup"),
  markdown: () => t("backup-busy-export"),
  json: () => t("backup-busy-export"),
  import: () => t("backup-busy-import"),
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
    return this.busy && AREA[this.busy] === area ? BUSY[this.busy]() : "";
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
      (s) => t("backup-folder-changed", { folder: s.folder }),
    );
  }

  useDefaultFolder(): Promise<boolean> {
    return this.run(
      "snapshots",
      "folder",
      async () => (this.status = await api.setSnapshots(null, this.status?.keep ?? 10)),
      (s) => t("backup-folder-default", { folder: s.folder }),
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
      (s) => t("backup-keep-saved", { count: s.keep }),
    );
  }

  takeSnapshot(): Promise<boolean> {
    return this.run(
      "snapshots",
      "snapshot",
      async () => (this.status = await api.snapshotNow()),
      (s) => {
        const last = s.snapshots[0];
        return last
          ? t("backup-snapshot-taken", { when: formatWhen(last.made_at), size: formatBytes(last.bytes), holds: holdsText(last.holds) })
          : t("backup-snapshot-taken-plain");
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
        ? t("backup-check-wrong-passphrase")
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
      // The option and the command are the program's own words, never translated.
      const text = t("backup-restored", { folder: to, option: `--vault "${to}"`, command: `trellis --vault "${to}"` });
      this.row = { path, action: "restore", outcome: { ok: true, text } };
      return true;
    } catch (e) {
      const text = e instanceof AppFailure && e.code === "file_exists"
        ? t("backup-restore-not-empty")
        : failureText(e, t("backup-nothing-changed"));
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
      (r) => `${t("backup-file-saved", { path, holds: countsText(r) })}${leftOutText(r)} ${t("backup-file-saved-opens")}`,
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
        (format === "json"
          ? t("backup-exported-json", { counts: countsText(report), path })
          : t("backup-exported-markdown", { counts: countsText(report), path })) + leftOutText(report),
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
        if (e instanceof AppFailure && e.code === "wrong_passphrase") return t("backup-import-wrong-passphrase");
        return failureText(e, t("backup-nothing-imported"));
      },
    );
    if (ok) {
      this.importPath = null;
      if (added) await this.onImported();
    }
    return ok;
  }
}
