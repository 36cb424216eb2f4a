// Your computers in step: thin wrappers over the sync commands. Trellis writes only sealed
// files into the shared folder; the folder is chosen in the system's dialog.
import { Channel } from "@tauri-apps/api/core";
import { commands, type SyncReport, type SyncView } from "../bindings";
import { unwrap } from "./result";

export async function status(): Promise<SyncView | null> {
  return unwrap(await commands.syncStatus());
}

/** Asks for the shared folder in the system's dialog; null if cancelled. */
export async function chooseFolder(): Promise<string | null> {
  return unwrap(await commands.choosePath("sync_folder"));
}

export async function start(folder: string, name: string): Promise<SyncView | null> {
  return unwrap(await commands.syncStart(folder, name));
}

/** Asks to join; returns the six words to compare on the other computer. */
export async function join(folder: string, name: string): Promise<string> {
  return unwrap(await commands.syncJoin(folder, name));
}

/** Joins with the recovery code of a computer that synced through the folder (it was lost). */
export async function joinWithRecovery(folder: string, name: string, code: string): Promise<SyncView | null> {
  return unwrap(await commands.syncJoinWithRecovery(folder, name, code));
}

export async function now(onRead: (n: number) => void = () => {}): Promise<SyncReport> {
  const channel = new Channel<number>();
  channel.onmessage = onRead;
  return unwrap(await commands.syncNow(channel));
}

export async function approve(id: string, words: string): Promise<SyncView | null> {
  return unwrap(await commands.syncApprove(id, words));
}

export async function remove(id: string): Promise<SyncView | null> {
  return unwrap(await commands.syncRemove(id));
}

export async function leave(): Promise<void> {
  unwrap(await commands.syncLeave());
}
