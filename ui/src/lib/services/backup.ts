// Snapshots, the portable backup, the readable export and import. Thin wrappers over the
// bindings; every file is written by Rust after the system's file dialog.
import { Channel } from "@tauri-apps/api/core";
import {
  commands,
  type BackupStatus,
  type Choose,
  type ExportFormat,
  type ExportReport,
  type ImportReport,
  type Progress,
  type Source,
  type Verified,
} from "../bindings";
import { unwrap } from "./result";

export async function status(): Promise<BackupStatus> {
  return unwrap(await commands.backupStatus());
}

/** Sets the snapshot folder (null: the default one) and how many snapshots to keep. */
export async function setSnapshots(folder: string | null, keep: number): Promise<BackupStatus> {
  return unwrap(await commands.setSnapshots(folder, keep));
}

export async function snapshotNow(): Promise<BackupStatus> {
  return unwrap(await commands.snapshotNow());
}

export async function checkSnapshot(path: string, passphrase: string): Promise<Verified> {
  return unwrap(await commands.checkSnapshot(path, passphrase));
}

/** Restores a snapshot into `to`, a new or empty folder; returns the restored database's path. */
export async function restoreSnapshot(path: string, to: string): Promise<string> {
  return unwrap(await commands.restoreSnapshot(path, to));
}

export async function writeBackup(path: string, passphrase: string): Promise<ExportReport> {
  return unwrap(await commands.writeBackup(path, passphrase));
}

export async function exportReadable(
  format: ExportFormat,
  path: string,
  onProgress: (p: Progress) => void,
): Promise<ExportReport> {
  const channel = new Channel<Progress>();
  channel.onmessage = onProgress;
  return unwrap(await commands.exportReadable(format, path, channel));
}

export async function importFile(source: Source, path: string, passphrase: string | null): Promise<ImportReport> {
  return unwrap(await commands.importFile(source, path, passphrase));
}

/** Asks where with the system's file dialog; null when the person cancels. */
export async function choosePath(purpose: Choose): Promise<string | null> {
  return unwrap(await commands.choosePath(purpose));
}
