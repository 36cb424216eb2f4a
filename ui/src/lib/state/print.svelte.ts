// The print screen's state: which document, on which paper, its preview, and saving it.
// Saving asks where with the system's dialog (`choosePath(request)`) and Rust writes it.
import { tick } from "svelte";
import type { Paper, Preview, Request } from "../bindings";
import * as api from "../services/print";
import { messageOf } from "../services/result";
import { afterPrint, printShown } from "../print-window";
import { follow, Store } from "./store";
import { t } from "../i18n.svelte";

export type DocKind = "worksheet_blank" | "worksheet" | "boundaries" | "agreements" | "packet";

/** The documents to choose from, in the order offered. */
export const DOCUMENTS: DocKind[] = ["worksheet_blank", "worksheet", "boundaries", "agreements", "packet"];

/** A document's name on the print screen, in the language shown. */
export function documentName(kind: DocKind): string {
  switch (kind) {
    case "worksheet_blank":
      return t("print-document-worksheet-blank");
    case "worksheet":
      return t("print-document-worksheet");
    case "boundaries":
      return t("print-document-boundaries");
    case "agreements":
      return t("print-document-agreements");
    case "packet":
      return t("print-document-packet");
  }
}

/** What the person chose for a session packet. */
export interface PacketForm {
  from: string;
  to: string;
  tags: string[];
  boundaries: string[];
  agreements: string[];
}

/** Returns the request for the chosen document, or null while a choice is missing. */
export function requestFor(kind: DocKind, worksheet: string | null, allBoundaries: boolean, packet: PacketForm): Request | null {
  switch (kind) {
    case "worksheet_blank":
      return { kind: "worksheet_blank" };
    case "worksheet":
      return worksheet ? { kind: "worksheet", id: worksheet } : null;
    case "boundaries":
      return { kind: "boundaries", all: allBoundaries };
    case "agreements":
      return { kind: "agreements" };
    case "packet":
      return {
        kind: "packet",
        from: packet.from || null,
        to: packet.to || null,
        tags: packet.tags,
        entries: [],
        boundaries: packet.boundaries,
        agreements: packet.agreements,
      };
  }
}

export class PrintState extends Store {
  kind = $state<DocKind>("worksheet_blank");
  paper = $state<Paper>("a4");
  worksheet = $state<string | null>(null);
  allBoundaries = $state(false);
  packet = $state<PacketForm>({ from: "", to: "", tags: [], boundaries: [], agreements: [] });
  preview = $state<Preview | null>(null);
  /** True while a save is writing the PDF. */
  busy = $state(false);
  /** True while the pages to show are being made. */
  making = $state(false);
  error = $state<string | null>(null);
  /** Said after a save or a print: where the file or the pages went. */
  saved = $state<string | null>(null);
  /** Every page of the chosen document, as vector images, while it is being printed. */
  paperPages = $state<string[] | null>(null);
  /** True from "Print…" until the print dialog is closed and the printer has the pages. */
  printing = $state(false);
  /** Printing is not possible here: said once, with "Save as PDF…" offered instead. */
  cannotPrint = $state<string | null>(null);

  request(): Request | null {
    return requestFor(this.kind, this.worksheet, this.allBoundaries, this.packet);
  }

  /** Forgets the preview when the choice changes, so what is shown is always what is chosen
   *  (a preview still being made for the old choice is dropped when it comes). */
  changed(): void {
    this.preview = null;
    this.saved = null;
    this.error = null;
    this.cannotPrint = null;
    if (this.making) this.stop();
  }

  /** Makes the pages of the chosen document to show. Laying out a long document takes a
   *  while: `making` says so until the pages come, and `stop` stops waiting for them. */
  async show(): Promise<void> {
    const request = this.request();
    if (!request) return;
    this.making = true;
    this.error = null;
    this.cannotPrint = null;
    const asked = ++this.asked;
    const epoch = this.epoch;
    try {
      const preview = await api.preview(request, this.paper);
      if (epoch === this.epoch && asked === this.asked) this.preview = preview;
    } catch (e) {
      if (epoch === this.epoch && asked === this.asked) this.error = messageOf(e);
    } finally {
      if (asked === this.asked) this.making = false;
    }
  }

  /** Stops waiting for the pages being made: the screen is free again at once, and the pages,
   *  when they come, are dropped. */
  stop(): void {
    this.asked++;
    this.making = false;
  }

  /** Prints every page of the chosen document through the system's print dialog. The pages
   *  are laid out in the window as vector images (from memory; no file is written), printed,
   *  then let go. When printing is not possible, `cannotPrint` says so. */
  async printPages(): Promise<void> {
    const request = this.request();
    if (!request || this.printing) return;
    this.printing = true;
    this.error = null;
    this.saved = null;
    this.cannotPrint = null;
    const epoch = this.epoch;
    try {
      const pages = await api.pages(request, this.paper);
      if (epoch !== this.epoch) return;
      this.paperPages = pages;
      await tick();
      const outcome = await printShown("printing-pages", this.paper);
      if (epoch !== this.epoch) return;
      if (outcome === "failed") this.cannotPrint = afterPrint(outcome);
      else this.saved = afterPrint(outcome);
    } catch (e) {
      if (epoch === this.epoch) this.error = messageOf(e);
    } finally {
      this.paperPages = null;
      this.printing = false;
    }
  }

  /** Asks where, then writes the PDF there. Nothing happens if the person cancels. */
  async save(): Promise<void> {
    const request = this.request();
    if (!request) return;
    this.error = null;
    this.saved = null;
    try {
      const path = await api.choosePath(request);
      if (!path) return;
      this.busy = true;
      const pages = await api.save(request, this.paper, path);
      this.saved = t("print-saved", { count: pages, path });
    } catch (e) {
      this.error = messageOf(e);
    } finally {
      this.busy = false;
    }
  }

  /** Goes up at each "Show the pages" and each stop: only the latest request's pages show. */
  private asked = 0;

  /** Goes up at each lock: a preview asked for before it is dropped (its pages are pictures
   * of private text). */
  private epoch = 0;

  /** A lock keeps the paper chosen (a preference, nothing private). */
  protected override keeps(): string[] {
    return [...super.keeps(), "paper", "epoch", "asked"];
  }

  protected override beforeReset(): void {
    this.epoch++;
  }
}

export const print = follow(new PrintState());

/** Saves the recovery kit for the code on screen (it is never stored to print later). */
export async function saveRecoveryKit(code: string, paper: Paper): Promise<string | null> {
  const request: Request = { kind: "recovery_kit", code };
  const path = await api.choosePath(request);
  if (!path) return null;
  await api.save(request, paper, path);
  return path;
}
