// The vault: create, unlock, recover, lock, settings. Thin wrappers over the bindings.
import { Channel } from "@tauri-apps/api/core";
import { commands, type Progress, type Rekeyed, type Settings, type UnlockSummary, type VaultStatus } from "../bindings";
import { unwrap } from "./result";

export async function status(): Promise<VaultStatus> {
  return unwrap(await commands.vaultStatus());
}

export async function create(passphrase: string): Promise<string> {
  return unwrap(await commands.createVault(passphrase));
}

/** Unlocks; answers once the key is derived (the search index is built behind the list). */
export async function unlock(passphrase: string): Promise<UnlockSummary> {
  return unwrap(await commands.unlock(passphrase));
}

export async function recover(code: string, newPassphrase: string): Promise<UnlockSummary> {
  return unwrap(await commands.recover(code, newPassphrase));
}

export async function lock(): Promise<void> {
  unwrap(await commands.lock());
}

export async function touch(): Promise<void> {
  await commands.touch();
}

export async function settings(): Promise<Settings> {
  return unwrap(await commands.settings());
}

export async function setAutoLockMinutes(minutes: number): Promise<Settings> {
  return unwrap(await commands.setAutoLockMinutes(minutes));
}

export async function changePassphrase(current: string, next: string): Promise<void> {
  unwrap(await commands.changePassphrase(current, next));
}

/** Changes the passphrase and replaces the vault key (every record resealed); returns the
 * new recovery code to show once, and what became of the snapshots made with the old key. */
export async function changePassphraseAndRekey(
  current: string,
  next: string,
  onProgress: (p: Progress) => void,
): Promise<Rekeyed> {
  const channel = new Channel<Progress>();
  channel.onmessage = onProgress;
  return unwrap(await commands.changePassphraseAndRekey(current, next, channel));
}

export async function setJournalHistory(on: boolean): Promise<Settings> {
  return unwrap(await commands.setJournalHistory(on));
}

/** Makes a new recovery code after checking the current passphrase. */
export async function newRecoveryCode(current: string): Promise<string> {
  return unwrap(await commands.newRecoveryCode(current));
}

export async function closeNow(): Promise<void> {
  await commands.closeNow();
}
