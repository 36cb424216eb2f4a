// Printable PDFs: a preview of a document's pages, and saving it where the person chose with
// the system's file dialog. Rust lays the document out and writes the file; the webview never
// holds the PDF.
import { commands, type Paper, type Preview, type PrintOutcome, type Request } from "../bindings";
import { unwrap } from "./result";

export async function preview(request: Request, paper: Paper): Promise<Preview> {
  return unwrap(await commands.printPreview(request, paper));
}

/** Asks where to save `request`, with the system's dialog: it opens where the last PDF went,
 *  with a free name that says what the document is. Null if the person cancels. */
export async function choosePath(request: Request): Promise<string | null> {
  return unwrap(await commands.choosePdfPath(request));
}

/** Writes the PDF at `path` (never over a file); returns how many pages it has. */
export async function save(request: Request, paper: Paper, path: string): Promise<number> {
  return unwrap(await commands.printSave(request, paper, path));
}

/** Returns every page of the document as a vector image, to lay out in the window for printing. */
export async function pages(request: Request, paper: Paper): Promise<string[]> {
  return unwrap(await commands.printPages(request, paper));
}

/** Opens the system's print dialog for what the window shows; resolves when the pages are
 *  printed or the dialog is closed. `paper` when the window shows whole typeset pages. */
export async function printWindow(paper: Paper | null): Promise<PrintOutcome> {
  return unwrap(await commands.printWindow(paper));
}
