// The vault: create, unlock, recover, lock, settings. Thin wrappers over the bindings.
import { Channel } from "@tauri-apps/api/core";
import { commands, type LoadProgress, type Settings, type UnlockSummary, type VaultStatus } from "../bindings";
import { unwrap } from "./result";

export async function status(): Promise<VaultStatus> {
  return unwrap(await commands.vaultStatus());
}

export async function create(passphrase: string): Promise<string> {
  return unwrap(await commands.createVault(passphrase));
}

export async function unlock(passphrase: string, onProgress: (p: LoadProgress) => void): Promise<UnlockSummary> {
  const channel = new Channel<LoadProgress>();
  channel.onmessage = onProgress;
  return unwrap(await commands.unlock(passphrase, channel));
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

export async function newRecoveryCode(): Promise<string> {
  return unwrap(await commands.newRecoveryCode());
}

export async function closeNow(): Promise<void> {
  await commands.closeNow();
}
