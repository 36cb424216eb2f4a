// The boundaries screen's state: the filtered list, the boundary open in detail with its
// history and moments, the add/edit form, and undo of a delete.
import type { Boundary, BoundaryDraft, BoundaryFilter, ListedBoundary, MomentKind, Theme, TimelineStep } from "../bindings";
import * as api from "../services/tools";
import { AppFailure, messageOf } from "../services/result";
import { today } from "../tools-words";

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

class BoundariesState {
  categories = $state<Theme[]>([]);
  filter = $state<BoundaryFilter>(emptyFilter());
  rows = $state<ListedBoundary[]>([]);
  loaded = $state(false);
  error = $state<string | null>(null);

  /** The boundary shown in detail. */
  current = $state<Boundary | null>(null);
  history = $state<TimelineStep[]>([]);
  form = $state<BoundaryForm | null>(null);
  formError = $state<string | null>(null);
  /** A calm word about something that happened (saved elsewhere meanwhile, added to agreements). */
  notice = $state<string | null>(null);
  /** The agreement made from the current boundary, to link to. */
  madeAgreement = $state<string | null>(null);
  /** The boundary just deleted, for "Undo". */
  deleted = $state<string | null>(null);

  private ticket = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Loads the categories (once) and the list. */
  async load(): Promise<void> {
    try {
      if (!this.categories.length) this.categories = (await api.guides()).categories;
      await this.reload();
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  /** Reloads the list with the filter as it is now; an older answer never replaces a newer one. */
  async reload(): Promise<void> {
    const ticket = ++this.ticket;
    try {
      const rows = await api.listBoundaries($state.snapshot(this.filter));
      if (ticket !== this.ticket) return;
      this.rows = rows;
      this.loaded = true;
      this.error = null;
    } catch (e) {
      if (ticket === this.ticket) this.error = messageOf(e);
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

  /** Opens a boundary in detail, with its history. */
  async open(id: string): Promise<void> {
    try {
      const [b, history] = await Promise.all([api.getBoundary(id), api.boundaryHistory(id)]);
      this.current = b;
      this.history = history;
      this.form = null;
      this.notice = null;
      this.madeAgreement = null;
      this.error = null;
    } catch (e) {
      this.error = messageOf(e);
    }
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
    const f = this.form;
    if (!f) return false;
    const draft = $state.snapshot(f.draft);
    try {
      const saved = f.id === null
        ? await api.addBoundary(draft, f.note)
        : await api.editBoundary(f.id, draft, f.note, f.opened);
      this.form = null;
      this.formError = null;
      this.current = saved;
      this.history = await api.boundaryHistory(saved.id);
      void this.reload();
      return true;
    } catch (e) {
      if (e instanceof AppFailure && e.code === "changed" && f.id) {
        try {
          const fresh = await api.getBoundary(f.id);
          f.opened = fresh.updated_at;
          this.current = fresh;
          this.history = await api.boundaryHistory(f.id);
        } catch {
          // The reload failing leaves the form as it is; the message below still holds.
        }
        this.formError = "This boundary was changed somewhere else while you were editing. Your text is still here. " +
          "Look it over, then save again to keep your version.";
      } else {
        this.formError = messageOf(e);
      }
      return false;
    }
  }

  async retire(note: string): Promise<void> {
    const b = this.current;
    if (!b) return;
    await this.apply(async () => {
      this.current = await api.retireBoundary(b.id, note);
      this.history = await api.boundaryHistory(b.id);
      this.notice = "Retired. It stays here with its history.";
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

  /** Removes a moment logged by mistake (`index`: oldest first, as the boundary holds them). */
  async unlog(index: number): Promise<void> {
    const b = this.current;
    if (!b) return;
    await this.apply(async () => {
      this.current = await api.unlogMoment(b.id, index);
    });
  }

  /** Adds the current boundary to the agreements ledger. */
  async toAgreement(): Promise<void> {
    const b = this.current;
    if (!b) return;
    await this.apply(async () => {
      const a = await api.agreementFromBoundary(b.id);
      this.madeAgreement = a.id;
      this.notice = "Added to your agreements.";
    });
  }

  /** Deletes a boundary (or a damaged row); a readable one can be put back with `undoDelete`. */
  async remove(id: string, damaged = false): Promise<void> {
    await this.apply(async () => {
      await api.deleteBoundary(id);
      this.rows = this.rows.filter((r) => (r.kind === "boundary" ? r.boundary.id : r.id) !== id);
      if (this.current?.id === id) {
        this.current = null;
        this.form = null;
      }
      this.deleted = damaged ? null : id;
    });
  }

  async undoDelete(): Promise<void> {
    const id = this.deleted;
    if (!id) return;
    this.deleted = null;
    await this.apply(async () => {
      await api.undoDeleteBoundary(id);
      await this.reload();
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

  /** Reloads after another front end changed the vault; an open form keeps what was typed. */
  async refresh(): Promise<void> {
    await this.reload();
    const b = this.current;
    if (b && !this.form) {
      try {
        this.current = await api.getBoundary(b.id);
        this.history = await api.boundaryHistory(b.id);
      } catch {
        this.current = null;
      }
    }
  }

  /** Forgets everything decrypted (on lock). */
  clear(): void {
    this.ticket++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.filter = emptyFilter();
    this.rows = [];
    this.loaded = false;
    this.error = null;
    this.current = null;
    this.history = [];
    this.form = null;
    this.formError = null;
    this.notice = null;
    this.madeAgreement = null;
    this.deleted = null;
  }
}

export const boundaries = new BoundariesState();
