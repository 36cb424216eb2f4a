// Copying a secret (the recovery code): it goes on the clipboard, and a minute later Trellis
// tries to empty the clipboard again if it still holds that secret.
//
// In WebKitGTK (the Linux webview) this attempt fails: navigator.clipboard.readText and
// writeText are refused with NotAllowedError outside a user gesture, so from a timer the code
// stays on the clipboard (tests/e2e/journal.test.mjs records this). The screen therefore does
// not promise the clearing. A clipboard command on the Rust side would be needed to keep it.

/** How long a copied secret stays on the clipboard. */
export const CLEAR_AFTER_MS = 60_000;

let pending: ReturnType<typeof setTimeout> | null = null;

/** Records how the last clearing went, for the end-to-end test (never the secret itself). */
function note(outcome: string): void {
  document.documentElement.dataset.clipboardCleared = outcome;
}

/** Copies `secret` and schedules it to be cleared. Throws if the webview refuses to copy. */
export async function copySecret(secret: string, clearAfterMs = CLEAR_AFTER_MS): Promise<void> {
  await navigator.clipboard.writeText(secret);
  if (pending) clearTimeout(pending);
  delete document.documentElement.dataset.clipboardCleared;
  pending = setTimeout(() => void clearIfStill(secret), clearAfterMs);
}

/** Empties the clipboard if it still holds `secret`. If the clipboard cannot be read, it is
 *  emptied anyway: a lingering recovery code is worse than a lost copy of something else. */
export async function clearIfStill(secret: string): Promise<void> {
  pending = null;
  let current: string | null = null;
  try {
    current = await navigator.clipboard.readText();
  } catch {
    current = null;
  }
  if (current !== null && current !== secret) {
    note("kept: the clipboard holds something else now");
    return;
  }
  try {
    await navigator.clipboard.writeText("");
    note(current === null ? "cleared without reading" : "cleared");
  } catch (e) {
    note(`failed: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
}
