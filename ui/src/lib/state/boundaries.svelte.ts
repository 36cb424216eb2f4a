// The boundaries screen's state: the filtered list, the boundary open in detail with its
// history and moments, the add/edit form, and undo of a delete (the list's shapes are
// `RecordList`'s).
import type { Boundary, BoundaryDraft, BoundaryFilter, ListedBoundary, MomentKind, Theme, TimelineStep } from "../bindings";
import * as api from "../services/tools";
import { messageOf } from "../services/result";
import { today } from "../tools-words";
import { t } from "../i18n.svelte";
import { RecordList, type RecordAdapter } from "./record-list.svelte";
import { follow } from "./store";
import { onApp } from "./app-events";

/** The form: a new boundary (`id` null) or a change to the version read at `opened`. */
export interface BoundaryForm {
  id: string | null;
  opened: string | null;
  draft: BoundaryDraft;
  /** The note kept with the change ("we talked on Sunday…"). */
  note: string;
}

const TYPE_PAUSE_MS = 150;

export function emptyFilter(): BoundaryFilter {
  return { whose: null, category: null, status: null, text: "" };
}

export function blankDraft(category = ""): BoundaryDraft {
  return { text: "", whose: "mine", category, why: "", if_crossed: "", status: "draft", review_on: null };
}

function draftOf(b: Boundary): BoundaryDraft {
  return { text: b.text, whose: b.whose, category: b.category, why: b.why, if_crossed: b.if_crossed, status: b.status, review_on: b.review_on };
}

const adapter: RecordAdapter<ListedBoundary, Boundary, BoundaryFilter> = {
  kinds: ["boundary"],
  list: api.listBoundaries,
  rowId: (r) => (r.kind === "boundary" ? r.boundary.id : r.id),
  get: api.getBoundary,
  history: api.boundaryHistory,
  remove: api.deleteBoundary,
  undoRemove: api.undoDeleteBoundary,
  // Read when it is said, so it is in the language shown then.
  get changedElsewhere() {
    return t("boundaries-changed-elsewhere");
  },
};

export class BoundariesState extends RecordList<ListedBoundary, Boundary, BoundaryForm, BoundaryFilter> {
  categories = $state<Theme[]>([]);
  filter = $state<BoundaryFilter>(emptyFilter());
  /** A calm word about something that happened (saved elsewhere meanwhile, added to agreements). */
  notice = $state<string | null>(null);
  /** The agreement made from the current boundary, to link to. */
  madeAgreement = $state<string | null>(null);
  /** The moment just removed, while "Undo" can put it back: the boundary and the updated time
   * the removal gave it (no words: the core keeps the earlier version). */
  unlogged = $state<{ id: string; at: string } | null>(null);

  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    super(adapter);
  }

  protected override query(): BoundaryFilter {
    return $state.snapshot(this.filter);
  }

  /** Loads the categories (once) and the list. */
  async load(): Promise<void> {
    try {
      if (!this.categories.length) this.categories = (await api.guides()).categories;
      await this.reload();
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  /** Changes one part of the filter; the words typed in the search box wait for a short pause. */
  setFilter(change: Partial<BoundaryFilter>): void {
    this.filter = { ...this.filter, ...change };
    if (this.timer) clearTimeout(this.timer);
    const typed = "text" in change;
    this.timer = setTimeout(() => void this.reload(), typed ? TYPE_PAUSE_MS : 0);
  }

  clearFilter(): void {
    this.setFilter(emptyFilter());
  }

  get filtering(): boolean {
    const f = this.filter;
    return f.whose !== null || f.category !== null || f.status !== null || f.text.trim() !== "";
  }

  categoryTitle(id: string): string {
    return this.categories.find((c) => c.id === id)?.title ?? id;
  }

  protected override show(b: Boundary, history: TimelineStep[]): void {
    super.show(b, history);
    this.notice = null;
    this.madeAgreement = null;
  }

  /** Back to the list. */
  close(): void {
    this.current = null;
    this.form = null;
    this.notice = null;
    this.madeAgreement = null;
    void this.reload();
  }

  startNew(): void {
    this.current = null;
    this.notice = null;
    this.formError = null;
    this.form = { id: null, opened: null, draft: blankDraft(this.categories[0]?.id ?? ""), note: "" };
  }

  startEdit(b: Boundary): void {
    this.formError = null;
    this.notice = null;
    this.form = { id: b.id, opened: b.updated_at, draft: draftOf(b), note: "" };
  }

  cancelForm(): void {
    this.form = null;
    this.formError = null;
  }

  /** Saves the form. A boundary changed elsewhere meanwhile is reloaded and the form keeps
   *  what was typed, so a second Save puts it over the newer version on purpose. */
  async save(): Promise<boolean> {
    const id = this.form?.id ?? null;
    return await this.saveForm(id, (f) => {
      const draft = $state.snapshot(f.draft);
      return f.id === null ? api.addBoundary(draft, f.note) : api.editBoundary(f.id, draft, f.note, f.opened);
    });
  }

  async retire(note: string): Promise<void> {
    const b = this.current;
    if (!b) return;
    await this.apply(async () => {
      this.current = await api.retireBoundary(b.id, note);
      this.history = await api.boundaryHistory(b.id);
      this.notice = t("boundaries-retired-notice");
    });
  }

  /** Logs a moment the current boundary was honoured or crossed. */
  async log(kind: MomentKind, on: string = today(), note = ""): Promise<void> {
    const b = this.current;
    if (!b) return;
    await this.apply(async () => {
      this.current = await api.logMoment(b.id, { kind, on, note });
    });
  }

  /** Removes a moment logged by mistake (`index`: oldest first, as the boundary holds them).
   * The history shows the removal, and "Undo" can put it back (the core keeps it, not this). */
  async unlog(index: number): Promise<void> {
    const b = this.current;
    if (!b) return;
    await this.apply(async () => {
      const after = await api.unlogMoment(b.id, index);
      this.current = after;
      this.unlogged = { id: after.id, at: after.updated_at };
      this.history = await api.boundaryHistory(b.id);
    });
  }

  /** Puts back the moment just removed. */
  async undoUnlog(): Promise<void> {
    const u = this.unlogged;
    if (!u) return;
    this.unlogged = null;
    await this.apply(async () => {
      const back = await api.undoUnlogMoment(u.id, u.at);
      if (this.current?.id === back.id) {
        this.current = back;
        this.history = await api.boundaryHistory(back.id);
      }
    });
  }

  /** Adds the current boundary to the agreements ledger. */
  async toAgreement(): Promise<void> {
    const b = this.current;
    if (!b) return;
    await this.apply(async () => {
      const a = await api.agreementFromBoundary(b.id);
      this.madeAgreement = a.id;
      this.notice = t("boundaries-added-to-agreements");
    });
  }

  private async apply(f: () => Promise<void>): Promise<void> {
    try {
      await f();
      this.error = null;
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  protected override beforeReset(): void {
    super.beforeReset();
    if (this.timer) clearTimeout(this.timer);
  }
}

export const boundaries = follow(new BoundariesState(), adapter.kinds);
// The categories' titles and explanations are in the language shown: read them again when it changes.
onApp("language", () => {
  if (boundaries.categories.length) void api.guides().then((g) => (boundaries.categories = g.categories));
});
