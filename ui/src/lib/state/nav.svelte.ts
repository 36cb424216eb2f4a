// Which screen of the unlocked app is showing, and following links into the app's tools.
import { tick } from "svelte";
import type { TrellisLink } from "../bindings";
import { journal } from "./journal.svelte";
import { library } from "./library.svelte";

export type View = "journal" | "mood" | "library" | "settings";

/** Tools that articles link to but this version of Trellis does not have yet. */
const NOT_YET: Record<string, string> = {
  boundaries: "The boundaries list is",
  expectations: "The expectations worksheet is",
  worksheets: "Printable worksheets are",
  new_reminder: "Reminders are",
};

/** Tells whether this version of Trellis can open what the link points at. */
export function available(link: TrellisLink): boolean {
  return !(link.kind in NOT_YET);
}

class Nav {
  view = $state<View>("journal");
  /** Said when a link leads to a tool this version does not have. */
  notice = $state<string | null>(null);

  go(view: View): void {
    this.view = view;
    this.notice = null;
  }

  /** Opens what a `trellis:` link points at. */
  async follow(link: TrellisLink): Promise<void> {
    this.notice = null;
    switch (link.kind) {
      case "prompt":
      case "journal_new": {
        this.view = "journal";
        await journal.newEntry(link.kind === "prompt" ? link.target : null);
        await tick();
        document.getElementById(link.kind === "prompt" ? "entry-body" : "entry-title")?.focus();
        return;
      }
      case "mood":
        this.view = "mood";
        return;
      case "article":
        this.view = "library";
        await library.open(link.target);
        return;
      default:
        this.notice = `${NOT_YET[link.kind]} not in this version of Trellis yet. Until then, your journal is a good place for it.`;
    }
  }
}

export const nav = new Nav();
