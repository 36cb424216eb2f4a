// Quick hide and the name the app shows outside the unlocked window.
import { commands, type Hidden, type Settings } from "../bindings";
import { unwrap } from "./result";

/** Locks at once, empties the clipboard if it still holds `copied`, and hides the window. */
export async function quickHide(copied: string | null): Promise<Hidden> {
  return unwrap(await commands.quickHide(copied));
}

/** The name to show outside the unlocked window: "Trellis" or "Notes". */
export async function displayName(): Promise<string> {
  return commands.displayName();
}

export async function setNameAsNotes(on: boolean): Promise<Settings> {
  return unwrap(await commands.setNameAsNotes(on));
}

/** The folder the vault is kept in, for Safety & help. */
export async function vaultFolder(): Promise<string> {
  return commands.vaultFolder();
}
