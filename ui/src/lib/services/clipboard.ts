// The clipboard, for secrets: the shell empties it, since the webview may not from a timer.
import { commands } from "../bindings";
import { unwrap } from "./result";

/** Puts `text` on the clipboard through the shell, left out of clipboard history. */
export async function copyPrivately(text: string): Promise<void> {
  unwrap(await commands.copySecret(text));
}

/** Empties the clipboard if it still holds `text`; says whether it did. */
export async function clearIfStillHolds(text: string): Promise<boolean> {
  return unwrap(await commands.clearClipboardIf(text));
}
