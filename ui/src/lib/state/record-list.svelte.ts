// A list of records of one kind, written once for boundaries, agreements and worksheets: the
// list (an older answer never replaces a newer one), the record open in detail with its
// history, saving a form over the version it started from (and what happens when another front
// end saved meanwhile), delete with undo, reloading after a change made elsewhere, and
// forgetting it all on lock. Each kind gives a small adapter: how to list, read, delete and
// put back its records.
import type { RecordKind, TimelineStep } from "../bindings";
import { AppFailure, messageOf } from "../services/result";
import { Store } from "./store";

/** What a record needs for the list to handle it. */
export interface Versioned {
  id: string;
  /** When this version was saved: a save started from it fails with `changed` once a newer
   * one exists. */
  updated_at: string;
}

/** What a form needs: the version it started from (null for a new record). */
export interface FormBase {
  opened: string | null;
}

/** How one kind of record is listed, read, deleted and put back. */
export interface RecordAdapter<Row, Rec extends Versioned, Query> {
  /** The kinds whose change elsewhere means this list reloads. */
  kinds: readonly RecordKind[];
  list(query: Query): Promise<Row[]>;
  /** The id of the record a row stands for (a damaged row has one too). */
  rowId(row: Row): string;
  get(id: string): Promise<Rec>;
  /** Its versions with their notes, for kinds that show one. */
  history?(id: string): Promise<TimelineStep[]>;
  remove(id: string): Promise<void>;
  undoRemove(id: string): Promise<unknown>;
  /** Said under the form when the record was saved elsewhere while it was being edited: a
   * function (`() => t("…")`) so it is in the language shown when it is said. */
  changedElsewhere: string | (() => string);
}

export abstract class RecordList<Row, Rec extends Versioned, Form extends FormBase = FormBase, Query = void> extends Store {
  rows = $state<Row[]>([]);
  /** Whether the list has been read since the unlock (until then it shows nothing, not an
   * empty list that fills a moment later). */
  loaded = $state(false);
  error = $state<string | null>(null);
  /** The record open in detail, and its history. */
  current = $state<Rec | null>(null);
  history = $state<TimelineStep[]>([]);
  /** The form for a new record or a change to `current`. */
  form = $state<Form | null>(null);
  formError = $state<string | null>(null);
  /** The record just deleted, while "Undo" can put it back. */
  deleted = $state<string | null>(null);

  /** Counts list requests, so an older answer never replaces a newer one. */
  private ticket = 0;
  /** Goes up at each lock: an answer asked for before it is dropped, not shown after it. */
  protected epoch = 0;
  protected override keeps(): string[] {
    return [...super.keeps(), "ticket", "epoch"];
  }

  protected constructor(protected readonly adapter: RecordAdapter<Row, Rec, Query>) {
    super();
  }

  /** What the list is asked with (a filter, for kinds that have one). */
  protected query(): Query {
    return undefined as Query;
  }

  /** Runs after each list read that was kept (agreements read where they came from). */
  protected async listed(): Promise<void> {}

  /** Reads the list; an older answer never replaces a newer one. */
  async reload(): Promise<void> {
    const ticket = ++this.ticket;
    try {
      const rows = await this.adapter.list(this.query());
      if (ticket !== this.ticket) return;
      this.rows = rows;
      this.loaded = true;
      this.error = null;
      await this.listed();
    } catch (e) {
      if (ticket === this.ticket) this.error = messageOf(e);
    }
  }

  /** Opens a record in detail, with its history. */
  async open(id: string): Promise<void> {
    const epoch = this.epoch;
    try {
      const [rec, history] = await Promise.all([this.adapter.get(id), this.adapter.history?.(id) ?? []]);
      if (epoch !== this.epoch) return;
      this.show(rec, history);
      this.error = null;
    } catch (e) {
      if (epoch === this.epoch) this.error = messageOf(e);
    }
  }

  /** Shows a record just read in detail, closing any form. */
  protected show(rec: Rec, history: TimelineStep[]): void {
    this.current = rec;
    this.history = history;
    this.form = null;
  }

  /** Reads the current record's history again (after a change to it). */
  protected async reread(id: string): Promise<void> {
    if (this.adapter.history) this.history = await this.adapter.history(id);
  }

  /** Saves the form with `write` (an add when `id` is null, else a change to the version the
   * form was opened at). The saved record shows and the form closes. When the record was
   * saved elsewhere meanwhile, its newer version is read and shown, and the form keeps what
   * was typed and now starts from the newer version: a second Save puts it over on purpose. */
  protected async saveForm(id: string | null, write: (form: Form) => Promise<Rec>): Promise<boolean> {
    const f = this.form;
    if (!f) return false;
    const epoch = this.epoch;
    try {
      const saved = await write(f);
      if (epoch !== this.epoch) return false;
      this.form = null;
      this.formError = null;
      this.current = saved;
      await this.reread(saved.id);
      void this.reload();
      return true;
    } catch (e) {
      if (epoch !== this.epoch) return false;
      if (e instanceof AppFailure && e.code === "changed" && id !== null) {
        try {
          const fresh = await this.adapter.get(id);
          if (epoch !== this.epoch) return false;
          f.opened = fresh.updated_at;
          this.current = fresh;
          await this.reread(id);
        } catch {
          // The reload failing leaves the form as it is; the message below still holds.
        }
        const said = this.adapter.changedElsewhere;
        this.formError = typeof said === "function" ? said() : said;
      } else {
        this.formError = messageOf(e);
      }
      return false;
    }
  }

  /** Runs before a delete (worksheets save what is being typed first). */
  protected async beforeRemove(): Promise<void> {}

  /** The record open in detail is gone (deleted here or elsewhere). */
  protected dropCurrent(): void {
    this.current = null;
    this.form = null;
  }

  /** Deletes a record (or a damaged row); a readable one can be put back with `undoDelete`. */
  async remove(id: string, damaged = false): Promise<void> {
    await this.beforeRemove();
    try {
      await this.adapter.remove(id);
      this.rows = this.rows.filter((r) => this.adapter.rowId(r) !== id);
      if (this.current?.id === id) this.dropCurrent();
      this.deleted = damaged ? null : id;
      this.error = null;
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  /** Puts back the record just deleted. */
  async undoDelete(): Promise<void> {
    const id = this.deleted;
    if (!id) return;
    this.deleted = null;
    try {
      await this.adapter.undoRemove(id);
      await this.reload();
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  /** Reloads after another front end changed the vault; an open form keeps what was typed. */
  async refresh(): Promise<void> {
    await this.reload();
    await this.refreshCurrent();
  }

  /** Reads the record open in detail again, unless a form is open over it; one deleted
   * elsewhere closes. */
  protected async refreshCurrent(): Promise<void> {
    const rec = this.current;
    if (!rec || this.form) return;
    const epoch = this.epoch;
    try {
      const [fresh, history] = await Promise.all([this.adapter.get(rec.id), this.adapter.history?.(rec.id) ?? this.history]);
      if (epoch !== this.epoch) return;
      this.current = fresh;
      this.history = history;
    } catch {
      if (epoch === this.epoch) this.current = null;
    }
  }

  protected override beforeReset(): void {
    this.ticket++;
    this.epoch++;
  }
}
