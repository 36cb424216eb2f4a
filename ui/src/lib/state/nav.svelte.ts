// Which screen of the unlocked app is showing, and following links into the app's tools.
import { tick } from "svelte";
import type { OpenScreen, Purpose, RecordKind, TrellisLink } from "../bindings";
import { prompts } from "../services/journal";
import { journal } from "./journal.svelte";
import { library } from "./library.svelte";
import { boundaries } from "./boundaries.svelte";
import { worksheets } from "./worksheets.svelte";
import { agreements } from "./agreements.svelte";
import { reminders } from "./reminders.svelte";
import { print } from "./print.svelte";
import { together } from "./together.svelte";
import { t } from "../i18n.svelte";

/** The screens of the unlocked app. `nav.go("checkin")` alone opens the weekly check-in where
 *  it was left (or on its first step), as a reminder's notification does. "worry" is the
 *  thought record for a worry spike (from the journal and the library); "safety-check" the
 *  private "Is this safe?" check (from Safety & help and the library). */
export type View = "journal" | "mood" | "library" | "together" | "checkin" | "reminders" | "print" | "settings" | "worry" | "safety-check";
/** A screen's name, as the main menu gives it, in the language shown. */
export function viewName(view: View): string {
  switch (view) {
    case "journal":
      return t("shell-view-journal");
    case "mood":
      return t("shell-view-mood");
    case "library":
      return t("shell-view-library");
    case "together":
      return t("shell-view-together");
    case "checkin":
      return t("shell-view-checkin");
    case "reminders":
      return t("shell-view-reminders");
    case "print":
      return t("shell-view-print");
    case "settings":
      return t("shell-view-settings");
    case "worry":
      return t("shell-view-worry");
    case "safety-check":
      return t("shell-view-safety-check");
  }
}

/** The three tabs of the "Together" view. */
export type Tool = "boundaries" | "expectations" | "agreements" | "partner";

/** Tools that articles link to but this version of Trellis does not have yet, each with the
 *  sentence that says so: a function, so it is said in the language shown. */
const NOT_YET: Record<string, () => string> = {
};

/** A journal prompt (content/en/prompts.toml) about the same thing as each tool not built yet,
 *  so "Write in the journal" starts with a question instead of a blank page. */
export const NOT_YET_PROMPT: Record<string, string> = {
};

/** After a link opens a screen, puts the focus on the first of these that is there (the
 *  button that was followed has gone with the screen it was on, and the focus with it). */
async function focusFirst(ids: string[]): Promise<void> {
  await tick();
  for (const id of ids) {
    const el = document.getElementById(id);
    if (el) {
      el.focus();
      return;
    }
  }
}

/** Where the focus goes when a link opens a tool: the field being written in, if a form is
 *  open, else the first thing to do on its list. */
const TOOL_FOCUS: Record<Tool, string[]> = {
  boundaries: ["b-text", "add-boundary"],
  expectations: ["new-title"],
  agreements: ["a-text", "agreements-title"],
  partner: ["their-card", "open-share"],
};

/** Tells whether this version of Trellis can open what the link points at. */
export function available(link: TrellisLink): boolean {
  return !(link.kind in NOT_YET);
}

/** The view each kind of link leads to (for "together at this computer"). */
const LINK_VIEW: Partial<Record<TrellisLink["kind"], View>> = {
  prompt: "journal",
  journal_new: "journal",
  mood: "mood",
  checkin: "checkin",
  thought_record: "worry",
  safety_check: "safety-check",
  boundaries: "together",
  expectations: "together",
  worksheets: "print",
  article: "library",
  new_reminder: "reminders",
};

/** The view each kind of record opens in. */
const RECORD_VIEW: Record<RecordKind, View> = {
  entry: "journal",
  boundary: "together",
  worksheet: "together",
  agreement: "together",
  reminder: "reminders",
  draft: "checkin",
  safety_check: "safety-check",
  share: "together",
};

class Nav {
  view = $state<View>("journal");
  tool = $state<Tool>("boundaries");
  /** Said when a link leads to a tool this version does not have. */
  notice = $state<string | null>(null);
  /** The prompt that "Write in the journal" starts from, next to the notice. */
  noticePrompt = $state<string | null>(null);

  /** The screen shown before this one: where "Back" on the print screen returns. */
  previous = $state<View>("journal");

  /** Says so, and tells the caller to stop, when `view` is out of sight while together. */
  private outOfSight(view: View): boolean {
    if (together.allows(view)) return false;
    this.notice = t("shell-out-of-sight");
    this.noticePrompt = null;
    return true;
  }

  go(view: View): void {
    if (this.outOfSight(view)) return;
    if (view !== this.view) this.previous = this.view;
    this.view = view;
    this.notice = null;
    this.noticePrompt = null;
  }

  /** Returns to the screen shown before this one (the print screen's "Back"). */
  back(): void {
    this.go(this.previous === this.view ? "journal" : this.previous);
  }

  /** Shows a tab of the "Together" view as it was left. */
  showTool(tool: Tool): void {
    this.go("together");
    // The connection with the partner's Trellis is this person's own, as their journal is.
    if (tool === "partner" && together.on) return;
    this.tool = tool;
  }

  /** Opens one of the tools of the "Together" view on its list (from a library link). A form
   *  being filled in stays open, and worksheet answers are saved first: nothing typed is lost. */
  async openTool(tool: Tool): Promise<void> {
    this.showTool(tool);
    if (tool === "boundaries") {
      if (!boundaries.form) boundaries.current = null;
    } else if (tool === "expectations") {
      await worksheets.close();
    } else if (tool === "partner") {
      return;
    } else if (!agreements.form) {
      agreements.current = null;
    }
  }

  /** Opens a record in its own screen (a search hit, where an agreement came from). */
  async openRecord(kind: RecordKind, id: string): Promise<void> {
    if (this.outOfSight(RECORD_VIEW[kind])) return;
    if (together.on && kind === "boundary") {
      // Only shared boundaries show while together; one of them opens from the list.
      this.showTool("boundaries");
      return;
    }
    switch (kind) {
      case "entry":
        this.go("journal");
        await journal.open(id);
        return;
      case "boundary":
        this.go("together");
        this.tool = "boundaries";
        await boundaries.open(id);
        return;
      case "worksheet":
        this.go("together");
        this.tool = "expectations";
        await worksheets.open(id);
        return;
      case "agreement":
        this.go("together");
        this.tool = "agreements";
        await agreements.open(id);
        return;
      case "reminder":
        this.go("reminders");
        return;
      case "draft":
        // A check-in not saved yet: its screen puts the answers back.
        this.go("checkin");
        return;
      case "safety_check":
        this.go("safety-check");
        return;
      case "share":
        // Shares from the partner are shown where they were filled in (the worksheet).
        this.go("together");
        return;
    }
  }

  /** Opens the screen a clicked reminder leads to (after unlock, if it came while locked). */
  async openScreen(o: OpenScreen): Promise<void> {
    const view: View = o.screen === "checkin" ? "checkin" : o.screen === "journal" ? "journal" : o.screen === "boundaries" || o.screen === "agreements" ? "together" : "reminders";
    if (this.outOfSight(view)) return;
    switch (o.screen) {
      case "checkin":
        this.go("checkin");
        return;
      case "journal":
        await this.follow({ kind: "journal_new" });
        return;
      case "boundaries":
      case "agreements":
        if (o.id) await this.openRecord(o.screen === "boundaries" ? "boundary" : "agreement", o.id);
        else {
          await this.openTool(o.screen);
          await focusFirst(TOOL_FOCUS[o.screen]);
        }
        return;
      default:
        this.go("reminders");
    }
  }

  /** Starts a journal entry from the notice's prompt (a blank one if the prompt is gone). */
  async writeFromNotice(): Promise<void> {
    const id = this.noticePrompt;
    const known = id ? await prompts().then((p) => p.prompts.some((x) => x.id === id)).catch(() => false) : false;
    await this.follow(known && id ? { kind: "prompt", target: id } : { kind: "journal_new" });
  }

  /** Opens what a `trellis:` link points at. */
  async follow(link: TrellisLink): Promise<void> {
    this.notice = null;
    this.noticePrompt = null;
    if (this.outOfSight(LINK_VIEW[link.kind] ?? "journal")) return;
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
      case "checkin":
        this.view = "checkin";
        return;
      case "thought_record":
        this.go("worry");
        await focusFirst(["worry-step-title"]);
        return;
      case "safety_check":
        this.go("safety-check");
        await focusFirst(["safety-check-title"]);
        return;
      case "boundaries":
      case "expectations":
        await this.openTool(link.kind);
        await focusFirst(TOOL_FOCUS[link.kind]);
        return;
      case "worksheets":
        // Printable worksheets: the print screen, with the blank worksheet chosen.
        print.kind = "worksheet_blank";
        print.changed();
        this.go("print");
        await focusFirst(["print-preview"]);
        return;
      case "article":
        this.view = "library";
        await library.open(link.target);
        return;
      case "new_reminder": {
        this.view = "reminders";
        await reminders.load();
        const purpose: Purpose = link.target === "journal" || link.target === "boundary-review" ? link.target : "checkin";
        reminders.startNew(purpose);
        await tick();
        document.getElementById("r-every")?.focus();
        return;
      }
      default: {
        // Every kind is handled today; a link a newer article adds lands here.
        const kind = (link as TrellisLink).kind;
        this.notice = NOT_YET[kind]?.() ?? t("shell-not-yet");
        this.noticePrompt = NOT_YET_PROMPT[kind] ?? null;
      }
    }
  }
}

export const nav = new Nav();
