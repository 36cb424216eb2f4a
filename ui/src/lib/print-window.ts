// Printing what the window shows (one entry, the recovery code, a document's pages) through the
// system's print dialog. The print stylesheet (app.css) shows only what a class on <body>
// names; the class stays on until the dialog is closed and the printer has the pages, then it
// goes, whatever happened, so the app never stays stuck in print mode.
import type { Paper, PrintOutcome } from "./bindings";
import * as api from "./services/print";
import { t } from "./i18n.svelte";

/** What the print stylesheet shows: one entry, or a document's pages (all of the app's page
 *  otherwise, less what is marked `no-print`). */
export type PrintMode = "printing-entry" | "printing-pages" | null;

/** Waits until every image in `images` can be drawn, so none prints blank. */
async function decoded(images: Iterable<HTMLImageElement>): Promise<void> {
  // A picture that cannot be decoded prints as its empty room; the others still print.
  await Promise.all([...images].map((img) => (typeof img.decode === "function" ? img.decode().catch(() => undefined) : undefined)));
}

/** Prints the window's page in `mode` and says how it ended. Where the webview prints by
 *  itself (macOS, Windows), its own `window.print()` is used and the end is its `afterprint`. */
export async function printShown(mode: PrintMode, paper: Paper | null = null): Promise<PrintOutcome> {
  if (mode) document.body.classList.add(mode);
  try {
    if (mode === "printing-pages") await decoded(document.querySelectorAll<HTMLImageElement>(".print-pages img"));
    const outcome = await api.printWindow(paper);
    if (outcome === "by_the_webview") {
      await new Promise<void>((done) => {
        window.addEventListener("afterprint", () => done(), { once: true });
        window.print();
      });
    }
    return outcome;
  } finally {
    if (mode) document.body.classList.remove(mode);
  }
}

/** What was printed, for the words said afterwards. */
export type Printed = "pages" | "code" | "entry";

/** What to say after a print, or null when nothing needs saying (the dialog was cancelled, or
 *  the webview's own dialog said it all). `what` names what was printed: "pages" (a
 *  document's), "code" (the recovery code) or "entry" (a journal entry). */
export function afterPrint(outcome: PrintOutcome, what: Printed = "pages"): string | null {
  switch (outcome) {
    case "sent":
      return t("print-after-sent", { what });
    case "failed":
      return t("print-after-failed", { what });
    default:
      return null;
  }
}
