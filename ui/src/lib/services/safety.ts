// Quick hide, the name the app shows outside the unlocked window, and the private
// "Is this safe?" self-check.
import { commands, type Hidden, type SafetyCheck, type Settings, type Sign } from "../bindings";
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

/** The "Is this safe?" self-check as last saved, if there is one. */
export async function safetyCheck(): Promise<SafetyCheck | null> {
  return unwrap(await commands.safetyCheck());
}

/** Saves the signs ticked, in place of the check before; returns it with its next steps. */
export async function saveSafetyCheck(ticked: Sign[]): Promise<SafetyCheck> {
  return unwrap(await commands.saveSafetyCheck(ticked));
}

/** Clears the self-check. */
export async function clearSafetyCheck(): Promise<void> {
  unwrap(await commands.clearSafetyCheck());
}
