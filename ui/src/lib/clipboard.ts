// Copying a secret (the recovery code): it goes on the clipboard when the person clicks Copy,
// and a minute later Trellis empties the clipboard again if it still holds that secret.
//
// The shell copies (`copy_secret`: the webview cannot mark a copy as private, to be left out of
// clipboard history) and clears (`clear_clipboard_if`: WebKitGTK refuses to touch the clipboard
// from a timer). The shell also takes the code back on lock, quick hide and quit.
import { clearIfStillHolds, copyPrivately } from "./services/clipboard";

/** How long a copied secret stays on the clipboard. */
export const CLEAR_AFTER_MS = 60_000;

let pending: ReturnType<typeof setTimeout> | null = null;
/** What Trellis last put on the clipboard and has not taken off again: quick hide empties
 * the clipboard only if it still holds this (anything the person copied since is theirs). */
let copied: string | null = null;

/** Returns what Trellis last copied and has not cleared yet, if anything. */
export function copiedByTrellis(): string | null {
  return copied;
}

/** Forgets what Trellis copied, once it is off the clipboard (or something else replaced it). */
export function forgetCopied(): void {
  copied = null;
  if (pending) clearTimeout(pending);
  pending = null;
}

/** Records how the last clearing went, for the end-to-end test (never the secret itself). */
function note(outcome: string): void {
  document.documentElement.dataset.clipboardCleared = outcome;
}

/** Copies `secret` and schedules it to be cleared. Throws if it could not be copied. */
export async function copySecret(secret: string, clearAfterMs = CLEAR_AFTER_MS): Promise<void> {
  await copyPrivately(secret);
  copied = secret;
  if (pending) clearTimeout(pending);
  delete document.documentElement.dataset.clipboardCleared;
  pending = setTimeout(() => void clearIfStill(secret), clearAfterMs);
}

/** Empties the clipboard if it still holds `secret`; anything copied since is left alone. */
export async function clearIfStill(secret: string): Promise<void> {
  pending = null;
  try {
    const cleared = await clearIfStillHolds(secret);
    if (copied === secret) copied = null;
    note(cleared ? "cleared" : "kept: the clipboard holds something else now");
  } catch (e) {
    note(`failed: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
}
