// The print screen's state: which document, on which paper, its preview, and saving it.
// Saving asks where with the system's dialog (`choosePath(request)`) and Rust writes it.
import type { Paper, Preview, Request } from "../bindings";
import * as api from "../services/print";
import { messageOf } from "../services/result";
import { follow, Store } from "./store";

export type DocKind = "worksheet_blank" | "worksheet" | "boundaries" | "agreements" | "packet";

export const DOCUMENTS: [DocKind, string][] = [
  ["worksheet_blank", "Expectations worksheet, blank"],
  ["worksheet", "Expectations worksheet, filled in"],
  ["boundaries", "Boundaries"],
  ["agreements", "Agreements"],
  ["packet", "Notes for a counsellor"],
];

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
  busy = $state(false);
  error = $state<string | null>(null);
  /** Said after a save: where the file went. */
  saved = $state<string | null>(null);

  request(): Request | null {
    return requestFor(this.kind, this.worksheet, this.allBoundaries, this.packet);
  }

  /** Forgets the preview when the choice changes, so what is shown is always what is chosen. */
  changed(): void {
    this.preview = null;
    this.saved = null;
    this.error = null;
  }

  async show(): Promise<void> {
    const request = this.request();
    if (!request) return;
    this.busy = true;
    this.error = null;
    const epoch = this.epoch;
    try {
      const preview = await api.preview(request, this.paper);
      if (epoch === this.epoch) this.preview = preview;
    } catch (e) {
      if (epoch === this.epoch) this.error = messageOf(e);
    } finally {
      this.busy = false;
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
      this.saved = `Saved ${pages === 1 ? "1 page" : `${pages} pages`} to ${path}.`;
    } catch (e) {
      this.error = messageOf(e);
    } finally {
      this.busy = false;
    }
  }

  /** Goes up at each lock: a preview asked for before it is dropped (its pages are pictures
   * of private text). */
  private epoch = 0;

  /** A lock keeps the paper chosen (a preference, nothing private). */
  protected override keeps(): string[] {
    return [...super.keeps(), "paper", "epoch"];
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
