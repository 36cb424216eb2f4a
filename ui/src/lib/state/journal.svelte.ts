// The journal screen's state: the list, the entry being edited with autosave, search, tag
// filter, on this day, and undo of a delete.
import type { About, Entry, EntryDraft, Found, Listed, SearchHit, TagCount } from "../bindings";
import * as api from "../services/journal";
import { searchEverything } from "../services/tools";
import { messageOf } from "../services/result";
import { t } from "../i18n.svelte";
import { SearchAsYouType } from "./search-as-you-type";
import { follow, Store } from "./store";

export type SaveState = "saved" | "unsaved" | "saving" | "error";

export interface Draft extends EntryDraft {
  id: string | null;
  /** When the version this draft started from was last saved (null for a new entry): a save
   * over a version changed elsewhere since is kept as a new entry instead. */
  opened: string | null;
  /** The date the entry is about, when the person set one (writing about yesterday). */
  written: string | null;
  /** The boundaries and agreements the entry is about. */
  about: About[];
}

const AUTOSAVE_MS = 600;
/** Longest time text stays unsaved while someone keeps typing. */
const AUTOSAVE_MAX_MS = 2000;

function emptyDraft(): Draft {
  return { id: null, opened: null, written: null, title: "", body: "", mood: null, tags: [], prompt_id: null, about: [] };
}

function isBlank(d: Draft): boolean {
  return !d.title.trim() && !d.body.trim() && d.mood === null && d.tags.length === 0;
}

export class JournalState extends Store {
  entries = $state<Listed[]>([]);
  hasMore = $state(false);
  loading = $state(false);
  /** Whether the list has been read since the unlock: until then the list shows nothing,
   * not an empty "All entries" that fills a moment later. */
  listed = $state(false);
  error = $state<string | null>(null);

  draft = $state<Draft | null>(null);
  saveState = $state<SaveState>("saved");
  saveError = $state<string | null>(null);
  lastSaved = $state<Date | null>(null);

  query = $state("");
  hits = $state<SearchHit[] | null>(null);
  /** What the same search finds in boundaries, worksheets and agreements. */
  others = $state<Found[] | null>(null);
  tagFilter = $state<string | null>(null);
  tags = $state<TagCount[]>([]);
  onThisDay = $state<Entry[]>([]);
  /** The id of the entry just deleted, while undo can put it back. */
  deleted = $state<string | null>(null);
  /** A calm word about something the person should know (a save kept apart). */
  notice = $state<string | null>(null);

  /** Text typed but not yet saved when the vault locked: kept in memory only, and saved
   * right after the next unlock. */
  private pending = $state<Draft | null>(null);
  /** The draft `pending` was copied from, so a save that lands after the lock updates it. */
  private pendingSource: Draft | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private search = new SearchAsYouType(
    api.search,
    (hits) => (this.hits = hits),
    (e) => (this.error = messageOf(e)),
  );
  private searchOthers = new SearchAsYouType(
    searchEverything,
    (hits) => (this.others = hits ? hits.filter((h) => h.kind !== "entry") : null),
    // Entries are still found when the other kinds cannot be searched; nothing to say.
    () => (this.others = null),
  );
  private saving: Promise<void> = Promise.resolve();
  private generation = 0;
  private unsavedSince = 0;

  /** Loads the first page, then tags and on this day; then saves text kept from before a
   * lock. The list goes first: right after an unlock the tags and "on this day" wait for the
   * search index, which is still being built, and the list would wait behind them. */
  async load(): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      await this.reloadList();
    } catch (e) {
      this.error = messageOf(e);
    } finally {
      this.loading = false;
    }
    try {
      await Promise.all([this.refreshTags(), this.refreshOnThisDay()]);
    } catch (e) {
      this.error = messageOf(e);
    }
    await this.resumePending();
  }

  /** Reloads what the screen shows after another front end changed the vault; what is being
   * written stays as it is. */
  override async refresh(): Promise<void> {
    try {
      await Promise.all([this.reloadList(), this.refreshTags(), this.refreshOnThisDay()]);
      if (this.query.trim()) {
        this.search.set(this.query);
        this.searchOthers.set(this.query);
      }
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  private async resumePending(): Promise<void> {
    const kept = this.pending;
    if (!kept) return;
    this.pending = this.pendingSource = null;
    this.draft = kept;
    this.saveState = "unsaved";
    await this.save();
  }

  private async reloadList(): Promise<void> {
    const page = await this.fetchPage(0);
    this.entries = page;
    this.hasMore = page.length === api.PAGE;
    this.listed = true;
  }

  private async fetchPage(offset: number): Promise<Listed[]> {
    if (this.tagFilter) {
      const tagged = await api.listTagged(this.tagFilter, offset);
      return tagged.map((e): Listed => ({ kind: "entry", ...e }));
    }
    return api.list(offset);
  }

  async loadMore(): Promise<void> {
    if (this.loading || !this.hasMore) return;
    this.loading = true;
    try {
      const page = await this.fetchPage(this.entries.length);
      this.entries = [...this.entries, ...page];
      this.hasMore = page.length === api.PAGE;
    } catch (e) {
      this.error = messageOf(e);
    } finally {
      this.loading = false;
    }
  }

  async refreshTags(): Promise<void> {
    this.tags = await api.tags();
  }

  async refreshOnThisDay(): Promise<void> {
    this.onThisDay = await api.onThisDay();
  }

  async filterByTag(tag: string | null): Promise<void> {
    this.tagFilter = tag;
    this.setQuery("");
    await this.reloadList().catch((e) => (this.error = messageOf(e)));
  }

  setQuery(q: string): void {
    this.query = q;
    this.search.set(q);
    this.searchOthers.set(q);
  }

  /** Starts a new entry, optionally from a prompt. */
  async newEntry(promptId: string | null = null): Promise<void> {
    await this.flush();
    this.draft = { ...emptyDraft(), prompt_id: promptId };
    this.notice = null;
    this.saveState = "saved";
  }

  async open(id: string): Promise<void> {
    await this.flush();
    try {
      const e = await api.get(id);
      this.draft = {
        id: e.id,
        opened: e.updated_at,
        written: e.created_at,
        title: e.title,
        body: e.body,
        mood: e.mood,
        tags: [...e.tags],
        prompt_id: e.prompt_id,
        about: [...e.about],
      };
      this.notice = null;
      this.saveState = "saved";
      this.saveError = null;
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  /** Notes an edit; saves after a short pause, and at least every two seconds of typing. */
  changed(): void {
    const now = Date.now();
    if (this.saveState !== "unsaved") this.unsavedSince = now;
    this.saveState = "unsaved";
    if (this.saveTimer) clearTimeout(this.saveTimer);
    const wait = Math.max(0, Math.min(AUTOSAVE_MS, this.unsavedSince + AUTOSAVE_MAX_MS - now));
    this.saveTimer = setTimeout(() => void this.save(), wait);
  }

  /** Saves now if anything is unsaved, and waits for every save under way. */
  async flush(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    if (this.saveState === "unsaved" || this.saveState === "error") await this.save();
    await this.saving;
  }

  private save(): Promise<void> {
    // Saves run one after another, so a new entry is created once and then edited.
    this.saving = this.saving.then(() => this.saveOnce());
    return this.saving;
  }

  private async saveOnce(): Promise<void> {
    const d = this.draft;
    if (!d || (d.id === null && isBlank(d))) {
      this.saveState = "saved";
      return;
    }
    const generation = this.generation;
    const snapshot: EntryDraft = { title: d.title, body: d.body, mood: d.mood, tags: [...d.tags], prompt_id: d.prompt_id, about: [...d.about] };
    this.saveState = "saving";
    try {
      const written = d.written;
      const { entry: saved, kept_apart } = await api.save(d.id, d.opened, snapshot, written);
      if (generation !== this.generation) {
        this.landedAfterLock(d, snapshot, saved);
        return;
      }
      const isNew = d.id === null || kept_apart;
      d.id = saved.id;
      d.opened = saved.updated_at;
      this.upsertInList(saved, isNew);
      if (kept_apart) {
        this.notice = t("journal-kept-apart");
      }
      this.lastSaved = new Date();
      this.saveError = null;
      // Edits made while saving stay "unsaved" and are saved by their own timer.
      const same = d.title === snapshot.title && d.body === snapshot.body && d.mood === snapshot.mood &&
        d.tags.join("\u0000") === snapshot.tags.join("\u0000") && d.written === written &&
        JSON.stringify(d.about) === JSON.stringify(snapshot.about);
      if (d.written === written) d.written = saved.created_at;
      this.saveState = same ? "saved" : "unsaved";
      if (snapshot.tags.length) void this.refreshTags();
    } catch (e) {
      if (generation !== this.generation) return;
      this.saveState = "error";
      this.saveError = messageOf(e);
    }
  }

  /** A save that was under way when the vault locked did land: the text kept for after the
   * unlock now continues that entry (or is dropped if nothing changed since). */
  private landedAfterLock(source: Draft, snapshot: EntryDraft, saved: Entry): void {
    const p = this.pending;
    if (!p || this.pendingSource !== source) return;
    p.id = saved.id;
    p.opened = saved.updated_at;
    const same = p.title === snapshot.title && p.body === snapshot.body && p.mood === snapshot.mood &&
      p.tags.join("\u0000") === snapshot.tags.join("\u0000");
    if (same) this.pending = this.pendingSource = null;
  }

  private upsertInList(entry: Entry, isNew: boolean): void {
    const row: Listed = { kind: "entry", ...entry };
    const rest = isNew ? this.entries : this.entries.filter((r) => r.id !== entry.id);
    if (isNew && this.tagFilter) return;
    // Newest first by the entry's date, which the person may have set.
    const at = rest.findIndex((r) => r.created_at < entry.created_at);
    this.entries = at < 0 ? [...rest, row] : [...rest.slice(0, at), row, ...rest.slice(at)];
  }

  /** Sets the date an entry is about (a local date and time from the editor). */
  setWritten(local: string): void {
    const d = this.draft;
    const when = new Date(local);
    if (!d || Number.isNaN(when.getTime())) return;
    d.written = when.toISOString();
    this.changed();
  }

  async remove(id: string): Promise<void> {
    await this.flush();
    try {
      const undoable = await api.remove(id);
      this.entries = this.entries.filter((r) => r.id !== id);
      if (this.draft?.id === id) this.pending = null;
      if (this.hits) this.hits = this.hits.filter((h) => h.id !== id);
      if (this.draft?.id === id) this.draft = null;
      this.deleted = undoable ? id : null;
      void this.refreshTags();
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  async undoDelete(): Promise<void> {
    const id = this.deleted;
    if (!id) return;
    this.deleted = null;
    try {
      await api.undoDelete(id);
      await Promise.all([this.reloadList(), this.refreshTags()]);
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  /** A lock keeps the text typed but not saved yet (`pending`, and the draft it was copied
   * from, so a save that lands after the lock updates it), the count that drops answers asked
   * for before the lock, the chain of saves under way and the searches (made once, they
   * answer to this state). */
  protected override keeps(): string[] {
    return [...super.keeps(), "pending", "pendingSource", "generation", "saving", "search", "searchOthers"];
  }

  /** Before a lock (`clear()` then resets every other field): text typed but not saved yet is
   * kept, in memory only, to be saved right after the next unlock; nothing waits to run. */
  protected override beforeReset(): void {
    const d = this.draft;
    if (d && this.saveState !== "saved" && !(d.id === null && isBlank(d))) {
      this.pending = { ...d, tags: [...d.tags] };
      this.pendingSource = d;
    }
    this.generation++;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.search.cancel();
    this.searchOthers.cancel();
  }

  /** Tells whether text from before a lock is waiting to be saved (for tests and the UI). */
  get hasPending(): boolean {
    return this.pending !== null;
  }
}

export const journal = follow(new JournalState(), ["entry"]);
