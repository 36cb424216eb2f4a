// The expectations worksheet screen's state: the list of worksheets, the one open with its
// areas saved as the person types (each area on its own, after a short pause or on leaving
// the field), comparing two worksheets, and undo of a delete (the list's shapes are
// `RecordList`'s).
import type { AreaAnswer, Comparison, ListedWorksheet, Theme, TimelineStep, Worksheet } from "../bindings";
import * as api from "../services/tools";
import { AppFailure, messageOf } from "../services/result";
import { RecordList, type RecordAdapter } from "./record-list.svelte";
import { follow } from "./store";
import { onApp } from "./app-events";
import { t } from "../i18n.svelte";

export type AreaSave = "saved" | "unsaved" | "saving" | "error";

/** Pause after the last keystroke before an area is saved. */
export const AREA_PAUSE_MS = 700;

function copy(a: AreaAnswer): AreaAnswer {
  return { ...a, check: { ...a.check } };
}

function same(a: AreaAnswer, b: AreaAnswer): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const adapter: RecordAdapter<ListedWorksheet, Worksheet, void> = {
  kinds: ["worksheet"],
  list: api.listWorksheets,
  rowId: (r) => r.id,
  get: api.getWorksheet,
  remove: api.deleteWorksheet,
  undoRemove: api.undoDeleteWorksheet,
  // Each area saves on its own, as typed: a change made elsewhere is merged (see `saveOnce`).
  changedElsewhere: "",
};

export class WorksheetsState extends RecordList<ListedWorksheet, Worksheet> {
  areaGuides = $state<Theme[]>([]);

  /** The worksheet open, as last saved. */
  get sheet(): Worksheet | null {
    return this.current;
  }

  set sheet(w: Worksheet | null) {
    this.current = w;
  }

  /** Its areas as the person is editing them. */
  answers = $state<AreaAnswer[]>([]);
  /** How far each area's answers are saved, by area id. */
  areaState = $state<Record<string, AreaSave>>({});
  notice = $state<string | null>(null);
  comparison = $state<Comparison | null>(null);
  /** The area the person added last, which opens folded out. */
  added = $state<string | null>(null);

  /** When the version the answers started from was saved: a save over a newer one fails
   *  with `changed` instead of overwriting it. */
  private opened: string | null = null;
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private saving: Promise<void> = Promise.resolve();
  private generation = 0;
  /** Answers typed but not yet saved when the vault locked (the computer slept, the screen
   *  locked, quick hide): kept in memory only, and saved right after the next unlock. */
  private pending: { id: string; answers: AreaAnswer[] } | null = null;

  constructor() {
    super(adapter);
  }

  /** A lock keeps the answers not saved yet (see `pending`), the count of worksheets shown
   *  (a save that lands after the lock is dropped) and the chain of saves under way. */
  protected override keeps(): string[] {
    return [...super.keeps(), "pending", "generation", "saving"];
  }

  async load(): Promise<void> {
    try {
      if (!this.areaGuides.length) this.areaGuides = (await api.guides()).areas;
      await this.reload();
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  /** The explanation from content for an area (none for the person's own). */
  guide(area: string): Theme | undefined {
    return this.areaGuides.find((g) => g.id === area);
  }

  /** The name of an area: its title from content, or the name the person gave it. */
  areaName(a: { area: string; name: string }): string {
    return a.name || this.guide(a.area)?.title || a.area;
  }

  override async open(id: string): Promise<void> {
    await this.flush();
    await super.open(id);
  }

  protected override show(w: Worksheet, history: TimelineStep[] = []): void {
    super.show(w, history);
    this.notice = null;
    this.comparison = null;
    this.showSheet(w);
  }

  private showSheet(w: Worksheet): void {
    this.generation++;
    this.sheet = w;
    this.opened = w.updated_at;
    this.answers = w.areas.map(copy);
    this.areaState = {};
    this.added = null;
  }

  async close(): Promise<void> {
    await this.flush();
    this.generation++;
    this.sheet = null;
    this.answers = [];
    this.comparison = null;
    this.notice = null;
    await this.reload();
  }

  /** Starts a worksheet dated `on`, empty or with the answers of `from` copied forward. */
  async create(title: string, on: string, from: string | null = null): Promise<boolean> {
    await this.flush();
    try {
      this.showSheet(await api.newWorksheet(title, on, from));
      this.comparison = null;
      this.notice = from ? t("worksheets-copied-notice") : null;
      this.error = null;
      void this.reload();
      return true;
    } catch (e) {
      this.error = messageOf(e);
      return false;
    }
  }

  /** Gives the open worksheet a new title or date (its answers are saved first). */
  async retitle(title: string, on: string): Promise<boolean> {
    const sheet = this.sheet;
    if (!sheet) return false;
    await this.flush();
    try {
      this.showSheet(await api.retitleWorksheet(sheet.id, title, on));
      this.error = null;
      void this.reload();
      return true;
    } catch (e) {
      this.error = messageOf(e);
      return false;
    }
  }

  /** Saves the answers kept from before a lock (see `pending`); called right after an unlock.
   *  Each area is saved on its own, over whatever the worksheet holds now. */
  async resumePending(): Promise<void> {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    const left = [...p.answers];
    try {
      while (left.length) {
        await api.fillArea(p.id, left[0], null);
        left.shift();
      }
    } catch (e) {
      if (e instanceof AppFailure && e.code === "locked") {
        this.pending = { id: p.id, answers: left };
        return;
      }
      if (!(e instanceof AppFailure && e.code === "not_found")) this.error = messageOf(e);
    }
  }

  /** Notes a change to an area; it is saved after a short pause. */
  edited(area: string): void {
    this.areaState[area] = "unsaved";
    const old = this.timers.get(area);
    if (old) clearTimeout(old);
    this.timers.set(area, setTimeout(() => void this.saveArea(area), AREA_PAUSE_MS));
  }

  /** Saves an area now if it has unsaved changes (on leaving a field). */
  async flushArea(area: string): Promise<void> {
    const timer = this.timers.get(area);
    if (timer) clearTimeout(timer);
    this.timers.delete(area);
    if (this.areaState[area] === "unsaved" || this.areaState[area] === "error") await this.saveArea(area);
    await this.saving;
  }

  /** Saves every area with unsaved changes and waits for the saves under way. */
  async flush(): Promise<void> {
    for (const area of Object.keys(this.areaState)) await this.flushArea(area);
    await this.saving;
  }

  private saveArea(area: string): Promise<void> {
    // One save at a time, so each starts from the version the one before it left.
    this.saving = this.saving.then(() => this.saveOnce(area));
    return this.saving;
  }

  private async saveOnce(area: string): Promise<void> {
    const sheet = this.sheet;
    const typed = this.answers.find((a) => a.area === area);
    if (!sheet || !typed || this.areaState[area] === "saved") return;
    const generation = this.generation;
    const snapshot = copy($state.snapshot(typed) as AreaAnswer);
    this.areaState[area] = "saving";
    try {
      let saved: Worksheet;
      try {
        saved = await api.fillArea(sheet.id, snapshot, this.opened);
      } catch (e) {
        if (!(e instanceof AppFailure && e.code === "changed")) throw e;
        // Changed elsewhere (the `trellis` command, another window): take the newer version of
        // every other area, keep what was typed here, and save it over the newer version.
        const fresh = await api.getWorksheet(sheet.id);
        if (generation !== this.generation) return;
        this.merge(fresh);
        this.notice = t("worksheets-changed-elsewhere", { area: this.areaName(snapshot) });
        saved = await api.fillArea(sheet.id, snapshot, this.opened);
      }
      if (generation !== this.generation) return;
      this.merge(saved);
      const now = this.answers.find((a) => a.area === area);
      this.areaState[area] = now && !same($state.snapshot(now) as AreaAnswer, snapshot) ? "unsaved" : "saved";
    } catch (e) {
      if (generation !== this.generation) return;
      this.areaState[area] = "error";
      this.error = messageOf(e);
    }
  }

  /** Takes a newer version of the worksheet, keeping the areas with unsaved typing. */
  private merge(w: Worksheet): void {
    this.sheet = w;
    this.opened = w.updated_at;
    const mine = new Map(this.answers.map((a) => [a.area, a]));
    this.answers = w.areas.map((a) => {
      const here = mine.get(a.area);
      const busy = this.areaState[a.area] === "unsaved" || this.areaState[a.area] === "saving" || this.areaState[a.area] === "error";
      // The object being edited stays the same object: its fields keep their text, caret and
      // focus, and nothing folds shut. Only what the save decided (the agreement) is taken.
      if (here && (busy || same($state.snapshot(here) as AreaAnswer, a))) {
        if (here.agreement !== a.agreement) here.agreement = a.agreement;
        return here;
      }
      return copy(a);
    });
  }

  async addArea(name: string): Promise<boolean> {
    const sheet = this.sheet;
    if (!sheet) return false;
    await this.flush();
    try {
      const w = await api.addArea(sheet.id, name);
      this.added = w.areas.at(-1)?.area ?? null;
      this.merge(w);
      return true;
    } catch (e) {
      this.error = messageOf(e);
      return false;
    }
  }

  async removeArea(area: string): Promise<void> {
    const sheet = this.sheet;
    if (!sheet) return;
    await this.flush();
    try {
      this.merge(await api.removeArea(sheet.id, area));
      delete this.areaState[area];
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  /** Marks an area's middle ground agreed; returns the agreement's id. */
  async agree(area: string): Promise<string | null> {
    const sheet = this.sheet;
    if (!sheet) return null;
    await this.flush();
    try {
      const { worksheet, agreement } = await api.agreeArea(sheet.id, area);
      this.merge(worksheet);
      return agreement.id;
    } catch (e) {
      this.error = messageOf(e);
      return null;
    }
  }

  async compare(before: string, after: string): Promise<void> {
    await this.flush();
    try {
      this.comparison = await api.compareWorksheets(before, after);
      this.error = null;
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  protected override async beforeRemove(): Promise<void> {
    await this.flush();
  }

  protected override dropCurrent(): void {
    super.dropCurrent();
    this.generation++;
    this.answers = [];
  }

  /** Reads the open worksheet again after another front end changed it, unless something
   *  typed here is not saved yet (its save merges the newer version). */
  protected override async refreshCurrent(): Promise<void> {
    const w = this.sheet;
    if (!w) return;
    try {
      const fresh = await api.getWorksheet(w.id);
      if (fresh.updated_at !== this.opened && Object.values(this.areaState).every((s) => s === "saved")) this.merge(fresh);
    } catch {
      // Deleted elsewhere: the next save says so.
    }
  }

  /** Before a lock: answers not saved yet are put aside (see `pending`), no save waits. */
  protected override beforeReset(): void {
    super.beforeReset();
    const sheet = this.sheet;
    if (sheet) {
      const unsaved = this.answers.filter((a) => ["unsaved", "saving", "error"].includes(this.areaState[a.area] ?? ""));
      if (unsaved.length) this.pending = { id: sheet.id, answers: unsaved.map((a) => copy($state.snapshot(a) as AreaAnswer)) };
    }
    this.generation++;
    for (const timer of this.timers.values()) clearTimeout(timer);
  }
}

export const worksheets = follow(new WorksheetsState(), adapter.kinds);
// The areas' titles and explanations are in the language shown: read them again when it changes.
onApp("language", () => {
  if (worksheets.areaGuides.length) void api.guides().then((g) => (worksheets.areaGuides = g.areas));
});
